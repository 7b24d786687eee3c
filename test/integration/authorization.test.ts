import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shellPerson, shellPlace } from "../../src/adapters/shell/identity.js";
import { execute } from "../../src/core/commands/execute.js";
import { policyFor } from "../../src/core/commands/policy.js";
import { Registry } from "../../src/core/commands/registry.js";
import type { PolicyKind } from "../../src/core/commands/spec.js";
import { isUserError } from "../../src/core/errors.js";
import type { UnitOfWork } from "../../src/core/ports.js";
import { storeOn } from "../../src/store/store.js";
import { backends, type TestDatabase } from "../support/databases.js";
import { DAY } from "../support/due.js";
import { harness } from "../support/harness.js";

/**
 * The authorization matrix: every command in the registry, run by each kind of person, must get
 * exactly what its declared policy promises — it runs, it becomes a proposal, or it is refused
 * by the policy (never by accident). Each run happens in a transaction that is rolled back, so
 * every cell sees the same world.
 */
const ROLES = {
  /** a member of Green Valley (she opened its poll and its open proposal) */
  member: "alice",
  /** Green Valley's delegate (mandate #1) */
  delegate: "bob",
  /** a member of Bakery, the federation's other circle */
  otherCircle: "erin",
  /** a member of a circle outside the federation */
  outside: "oscar",
  /** nobody's member */
  stranger: "zed",
  /** joined Green Valley a minute ago */
  newcomer: "nina",
} as const;
type Role = keyof typeof ROLES;
const GREEN_VALLEY: readonly Role[] = ["member", "delegate", "newcomer"];
const FEDERATION: readonly Role[] = [...GREEN_VALLEY, "otherCircle"];

interface Ids {
  openProposal: number;
  /** A 20 EUR expense of Green Valley, recorded by its treasurer (alice). */
  expense: number;
  /** Green Valley's accepted offer of 30 EUR to Bakery's rent request. */
  moneyOffer: number;
  poll: number;
  gvRequest: number;
  bakeryRequest: number;
  offer: number;
  accepted: number;
  reflection: number;
  convergence: number;
  /** A convergence Green Valley scheduled, which met on 2026-03-10. */
  metConvergence: number;
  gvCalendar: number;
  story: number;
}

interface Case {
  text: (ids: Ids) => string;
  /** For commands with a policy per scope: what this invocation acts on (default: a circle). */
  scope?: "federation";
  /** Who belongs to the circle it acts on (default: Green Valley's members). */
  circle?: readonly Role[];
  /** The command's purpose is to open a proposal (`propose`): it "runs" by proposing. */
  proposes?: boolean;
  /** For `person-concerned`: who it concerns here. */
  concerned?: readonly Role[];
  /** For `circle-decision`: who may act alone, within what the circle delegated (its treasurer). */
  delegated?: readonly Role[];
}

const GV = 'circle:"Green Valley"';
/** How each command is invoked in the world below. A command missing here fails the test. */
const CASES: Record<string, Case> = {
  "circle create": { text: () => "circle create Newtown" },
  "circle join": { text: () => "circle join Green Valley" },
  "circle invite": { text: () => `circle invite @someone ${GV}` },
  "circle leave": { text: () => "circle leave Green Valley" },
  "circle show": { text: () => "circle show Green Valley" },
  "circle list": { text: () => "circle list" },
  "circle set": { text: () => `circle set ${GV} purpose:"ours now"` },
  "circle remove": { text: () => `circle remove @carol ${GV}` },
  // Green Valley belongs to Jura: its record is open to every member of the federation.
  "circle history": { text: () => 'circle history "Green Valley" kind:mandate', scope: "federation" },
  "circle export": { text: () => 'circle export "Green Valley" table:decisions', scope: "federation" },
  propose: { text: () => `propose we paint the gate green ${GV}`, proposes: true },
  "proposal agree": { text: (i) => `proposal agree ${i.openProposal}` },
  "proposal abstain": { text: (i) => `proposal abstain ${i.openProposal}` },
  "proposal object": { text: (i) => `proposal object ${i.openProposal} not this year` },
  "proposal block": { text: (i) => `proposal block ${i.openProposal} it harms the neighbours` },
  "proposal show": { text: (i) => `proposal show ${i.openProposal}` },
  "proposal list": { text: () => "proposal list Green Valley" },
  "proposal withdraw": { text: (i) => `proposal withdraw ${i.openProposal}`, concerned: ["member"] },
  "federation create": { text: () => "federation create Elsewhere" },
  "federation join": { text: () => "federation join Jura circle:Outside", circle: ["outside"] },
  "federation leave": { text: () => `federation leave Jura ${GV}` },
  "federation show": { text: () => "federation show Jura" },
  "federation list": { text: () => "federation list" },
  "federation set": { text: () => "federation set Jura digest:14" },
  "federation history": { text: () => "federation history Jura person:@bob" },
  "federation export": { text: () => "federation export Jura table:mandates" },
  "federation page": { text: () => "federation page Jura" },
  "mandate grant": { text: () => `mandate grant @carol talk to the press until:30d ${GV}` },
  "mandate list": { text: () => "mandate list federation:Jura" },
  "mandate renew": { text: () => "mandate renew 1 until:60d" },
  "mandate renounce": { text: () => "mandate renounce 1", concerned: ["delegate"] },
  recall: { text: () => "recall @bob" },
  "rotation create": { text: () => `rotation create gardener every:weekly ${GV}` },
  "rotation show": { text: () => `rotation show cook ${GV}` },
  "rotation list": { text: () => "rotation list Green Valley" },
  "rotation swap": { text: () => `rotation swap cook @carol ${GV}` },
  "rotation skip": { text: () => `rotation skip cook ${GV}` },
  "rotation away": { text: () => `rotation away until:1w ${GV}` },
  "rotation confirm": { text: () => `rotation confirm custodian ${GV}`, concerned: ["delegate"] },
  "rotation name": {
    text: () => "rotation name facilitator @frank federation:Jura circle:Bakery",
    circle: ["otherCircle"],
  },
  "rotation edit": {
    text: () => "rotation edit facilitator every:weekly federation:Jura",
    scope: "federation",
  },
  "rotation end": { text: () => `rotation end cook ${GV}` },
  "spokesperson name": { text: () => `spokesperson name press @carol ${GV}` },
  "spokesperson who": { text: () => "spokesperson who press federation:Jura" },
  "poll start": { text: () => `poll start Paint the gate? ${GV}` },
  "poll vote": { text: (i) => `poll vote ${i.poll} yes` },
  "poll unvote": { text: (i) => `poll unvote ${i.poll}` },
  "poll show": { text: (i) => `poll show ${i.poll}` },
  "poll list": { text: () => "poll list Green Valley" },
  "poll close": { text: (i) => `poll close ${i.poll}`, concerned: ["member"] },
  "reflect share": { text: () => `reflect share the fair was rained out learned:"bring tents" ${GV}` },
  "reflect list": { text: () => "reflect list Jura" },
  "reflect show": { text: (i) => `reflect show ${i.reflection}` },
  "reflect advise": { text: (i) => `reflect advise ${i.reflection} ask the parish for its hall` },
  "reflect affirm": { text: (i) => `reflect affirm ${i.reflection}` },
  "reflect resolve": { text: (i) => `reflect resolve ${i.reflection} note:"tents bought"` },
  "aid request": { text: () => `aid request rope amount:10 unit:m ${GV}` },
  "aid offer": { text: (i) => `aid offer ${i.bakeryRequest} two chairs ${GV}` },
  "aid accept": { text: (i) => `aid accept ${i.offer}` },
  "aid fulfilled": { text: (i) => `aid fulfilled ${i.accepted}`, concerned: FEDERATION },
  "aid close": { text: (i) => `aid close ${i.gvRequest}` },
  "aid list": { text: () => "aid list Jura" },
  "aid digest": { text: () => "aid digest Jura" },
  "convergence schedule": { text: () => "convergence schedule Picnic at:2026-05-01T12:00 federation:Jura" },
  "convergence list": { text: () => "convergence list Jura" },
  "convergence show": { text: (i) => `convergence show ${i.convergence}` },
  "convergence rsvp": { text: (i) => `convergence rsvp ${i.convergence} yes` },
  "convergence cancel": { text: (i) => `convergence cancel ${i.convergence}` },
  "convergence ics": { text: () => "convergence ics Jura" },
  "convergence agenda": { text: (i) => `convergence agenda ${i.convergence} who pays for the van?` },
  "convergence minutes": {
    text: (i) => `convergence minutes ${i.metConvergence} We shared the van. decisions:${i.openProposal}`,
  },
  "calendar list": { text: () => "calendar list Jura" },
  "calendar add": { text: () => "calendar add 06-01 Children's day federation:Jura" },
  "calendar remove": { text: (i) => `calendar remove ${i.gvCalendar}` },
  "calendar announce": { text: (i) => `calendar announce ${i.gvCalendar} no` },
  "story add": { text: () => 'story add The flood text:"We carried the seeds." federation:Jura' },
  "story tell": { text: () => "story tell federation:Jura" },
  "story list": { text: () => "story list Jura" },
  "story founding": { text: (i) => `story founding ${i.story} federation:Jura` },
  "me show-name": { text: () => "me show-name yes" },
  "me link": { text: () => "me link" },
  "me unlink": { text: () => "me unlink" },
  "me language": { text: () => "me language en" },
  "aid give": { text: (i) => `aid give ${i.moneyOffer}`, delegated: ["member"] },
  "ledger income": { text: () => `ledger income 5 EUR dues ${GV}`, delegated: ["member"] },
  "ledger expense": { text: () => `ledger expense 5 EUR rope ${GV}`, delegated: ["member"] },
  "ledger show": { text: () => 'ledger show "Green Valley"', scope: "federation" },
  "ledger export": { text: () => 'ledger export "Green Valley"', scope: "federation" },
  "ledger budget": { text: () => `ledger budget 2026 lines:"rope 50" unit:EUR ${GV}` },
  "ledger set": { text: () => `ledger set ${GV} memos:internal` },
  "ledger reverse": { text: (i) => `ledger reverse ${i.expense} entered twice`, delegated: ["member"] },
  "fund create": { text: () => "fund create Legal federation:Jura unit:EUR" },
  "fund pay": { text: () => `fund pay 5 EUR Strike support ${GV}`, delegated: ["member"] },
  "fund draw": { text: () => "fund draw 10 EUR Strike support to:Bakery memo:strike federation:Jura" },
  "fund show": { text: () => "fund show Strike support federation:Jura" },
  "fund list": { text: () => "fund list Jura" },
  "fund levy": { text: () => "fund levy 5% Strike support above:1000 federation:Jura" },
  "credit pay": { text: () => `credit pay 5 Bakery ${GV}`, delegated: ["member"] },
  "credit balance": { text: () => "credit balance Jura" },
  "credit limit": { text: () => "credit limit Jura 200" },
};

type Outcome = "ran" | "proposed" | "refused" | "domain";

/** What the declared policy promises `role` for this command. */
function expected(kind: PolicyKind, role: Role, test: Case): Outcome[] {
  const concerned = test.concerned;
  const inGV = (test.circle ?? GREEN_VALLEY).includes(role);
  const inFederation = FEDERATION.includes(role);
  switch (kind) {
    case "anyone":
      return ["ran", "domain"];
    case "member":
      return inGV ? [test.proposes ? "proposed" : "ran", "domain"] : ["refused"];
    case "federation-member":
      return inFederation ? ["ran", "domain"] : ["refused"];
    case "circle-decision":
      if (inGV && test.delegated?.includes(role)) return ["ran", "domain"];
      return inGV ? ["proposed", "domain"] : ["refused"];
    case "acceptance":
      return inGV ? ["proposed", "domain"] : ["refused"];
    case "federation-decision":
      return inFederation ? ["proposed", "domain"] : ["refused"];
    case "creator-circle":
      return inGV ? ["ran", "domain"] : inFederation ? ["proposed", "domain"] : ["refused"];
    case "person-concerned":
      return (concerned ?? []).includes(role) ? ["ran", "domain"] : ["refused"];
  }
}

describe.each(backends())("the authorization matrix on $name", (backend) => {
  let database: TestDatabase;
  let ids: Ids;
  const registry = new Registry();

  beforeAll(async () => {
    database = await backend.open();
    // alice sets the whole world up, proposals included: more than one person's everyday share.
    const h = harness(database.db, undefined, { limits: { openProposalsPerPerson: 100 } });
    h.clock.current = new Date("2026-03-02T09:00:00Z");
    const num = (text: string, what: string) => Number(text.match(new RegExp(`${what} #(\\d+)`))?.[1]);
    await h.ok("alice", "#jura", "federation create Jura tz:Europe/Paris");
    await h.ok("alice", "#garden", "circle create Green Valley tz:Europe/Paris open:yes");
    for (const p of ["bob", "carol", "dan"]) await h.ok(p, "#garden", "circle join");
    await h.ok("erin", "#bakery", "circle create Bakery open:yes");
    await h.ok("frank", "#bakery", "circle join");
    await h.ok("oscar", "#outside", "circle create Outside open:yes");
    await h.ok("olivia", "#outside", "circle join");
    const decisions = [
      ["alice", "#garden", "federation join Jura", "bob"],
      ["erin", "#bakery", "federation join Jura", "frank"],
      ["alice", "#garden", "mandate grant @bob speak for us until:90d", "bob"],
      // Green Valley keeps books: a treasurer (alice, from the start) who may spend up to 100 alone.
      // Roles set up together open with different members: alice, then bob, then carol.
      ["alice", "#garden", "rotation create treasurer every:monthly", "carol"],
      [
        "alice",
        "#garden",
        'rotation create custodian every:"every 2 weeks" checklist:"keys handed over"',
        "carol",
      ],
      ["alice", "#garden", "rotation create cook every:weekly", "carol"],
      ["alice", "#garden", "spokesperson name press @carol", "carol"],
      ["alice", "#garden", "ledger set threshold:100 unit:EUR", "carol"],
      ["alice", "#garden", "ledger set threshold:100 unit:credits", "carol"],
    ] as const;
    for (const [who, where, text, agree] of decisions) {
      const id = num(await h.ok(who, where, text), "Proposal");
      await h.ok(agree, where, `proposal agree ${id}`);
    }
    await h.advance(2 * DAY);
    const met = num(
      await h.ok(
        "alice",
        "#garden",
        "convergence schedule Winter assembly at:2026-03-10T10:00 federation:Jura",
      ),
      "Convergence",
    );
    // The federation's common fund and mutual credit, answered for Green Valley by its delegate.
    for (const text of ["fund create Strike support federation:Jura unit:EUR", "credit limit Jura 100"]) {
      const id = num(await h.ok("alice", "#garden", text), "Proposal");
      await h.ok("bob", "#garden", `proposal agree ${id}`);
    }
    // The custodian's first handover is pending: bob hands over to a member with no other role
    // (alice keeps the books) and must confirm it.
    await h.advance(14 * DAY);
    await h.ok("alice", "#garden", "rotation create facilitator every:monthly federation:Jura");
    const treasurer = await database.db
      .selectFrom("rotationTerm")
      .innerJoin("rotation", "rotation.id", "rotationTerm.rotationId")
      .select("holder")
      .where("rotation.role", "=", "treasurer")
      .where("announcedAt", "is not", null)
      .executeTakeFirstOrThrow();
    expect(treasurer.holder).toBe("shell:alice");
    await h.ok("alice", "#garden", "ledger income 500 EUR seed money");
    await h.ok("alice", "#garden", "fund pay 50 EUR Strike support");
    const expense = num(await h.ok("alice", "#garden", "ledger expense 20 EUR rope"), "Entry");
    const rent = num(await h.ok("erin", "#bakery", "aid request rent amount:40 unit:EUR"), "Request");
    const moneyOffer = num(
      await h.ok("alice", "#garden", `aid offer ${rent} cash amount:30 unit:EUR`),
      "Offer",
    );
    await h.ok("erin", "#bakery", `aid accept ${moneyOffer}`);
    ids = {
      expense,
      moneyOffer,
      poll: num(await h.ok("alice", "#garden", "poll start Buy a wheelbarrow?"), "Poll"),
      gvRequest: num(await h.ok("alice", "#garden", "aid request tables amount:3"), "Request"),
      bakeryRequest: num(await h.ok("erin", "#bakery", "aid request flour amount:20 unit:kg"), "Request"),
      offer: 0,
      accepted: 0,
      reflection: num(
        await h.ok("alice", "#garden", 'reflect share the stall flooded learned:"tarps"'),
        "Reflection",
      ),
      convergence: num(
        await h.ok(
          "alice",
          "#garden",
          "convergence schedule Spring assembly at:2026-04-18T10:00 federation:Jura",
        ),
        "Convergence",
      ),
      gvCalendar: num(await h.ok("alice", "#garden", "calendar add 07-14 Our day federation:Jura"), "Added"),
      story: num(
        await h.ok("alice", "#garden", 'story add How we began text:"A barn." founding:yes federation:Jura'),
        "Story",
      ),
      openProposal: num(await h.ok("alice", "#garden", "propose we plant an orchard"), "Proposal"),
      metConvergence: met,
    };
    // One offer already accepted (to be marked fulfilled), one waiting to be accepted.
    ids.accepted = num(await h.ok("erin", "#bakery", `aid offer ${ids.gvRequest} four tables`), "Offer");
    await h.ok("alice", "#garden", `aid accept ${ids.accepted}`);
    ids.offer = num(await h.ok("erin", "#bakery", `aid offer ${ids.gvRequest} two benches`), "Offer");
    for (const p of ["alice", "bob"]) await h.ok(p, "#garden", `poll vote ${ids.poll} yes`);
    await h.ok("nina", "#garden", "circle join");
  });
  afterAll(() => database?.close());

  /** Runs one command as `person` and undoes everything it wrote. */
  async function attempt(person: string, text: string): Promise<{ outcome: Outcome; text: string }> {
    let proposed = false;
    const rollback = Symbol("rollback");
    const uow: UnitOfWork = {
      run: async (work) => {
        let result: unknown;
        try {
          await database.db.transaction().execute(async (trx) => {
            const count = async () =>
              Number(
                (
                  await trx
                    .selectFrom("proposal")
                    .select((eb) => eb.fn.countAll<string>().as("n"))
                    .executeTakeFirstOrThrow()
                ).n,
              );
            const before = await count();
            result = await work(storeOn(trx));
            proposed = (await count()) > before;
            throw rollback;
          });
        } catch (error) {
          if (error !== rollback) throw error;
        }
        return result as never;
      },
    };
    try {
      const reply = await execute(
        { registry, uow, clock: { now: () => new Date("2026-03-20T12:00:00Z") } },
        {
          actor: `shell:${person}`,
          place: "shell:#x",
          text,
          resolveMention: shellPerson,
          resolvePlace: shellPlace,
        },
      );
      return { outcome: proposed ? "proposed" : "ran", text: reply.text };
    } catch (error) {
      if (!isUserError(error)) throw new Error(`${person}: ${text}: internal error`, { cause: error });
      return { outcome: error.refusedByPolicy ? "refused" : "domain", text: error.message };
    }
  }

  it("GIVEN every command THEN it declares a policy and this test knows how to run it", () => {
    for (const spec of registry.commands) {
      const key = `${spec.group} ${spec.name}`.trim();
      expect(spec.policy, key).toBeDefined();
      expect(CASES[key], `no authorization case for ${key}`).toBeDefined();
    }
  });

  for (const spec of new Registry().commands) {
    const key = `${spec.group} ${spec.name}`.trim();
    it(`${key}: each person gets what the declared policy promises`, async () => {
      const test = CASES[key];
      if (!test) throw new Error(`no authorization case for ${key}`);
      const text = test.text(ids);
      const results: Record<string, string> = {};
      let succeeded = false;
      for (const [role, person] of Object.entries(ROLES) as [Role, string][]) {
        const { outcome, text: said } = await attempt(person, text);
        const subject = test.scope === "federation" ? { federation: {} as never } : { circle: {} as never };
        const allowed = expected(policyFor(spec, subject), role, test);
        results[role] = `${outcome}: ${said.split("\n")[0]}`;
        expect(allowed, `${role} (${person}) ran “${text}”: ${outcome} — ${said}`).toContain(outcome);
        if (outcome === "ran" || outcome === "proposed") succeeded = true;
      }
      // The case is meaningful: someone allowed actually got it done.
      expect(succeeded, JSON.stringify(results, null, 1)).toBe(true);
    });
  }
});

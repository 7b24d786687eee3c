import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, openDb } from "../../src/store/db.js";
import { type CircleRoom, circleRoom } from "../support/matrix-circle-room.js";
import type { MatrixEvent, MatrixPerson, RoomLog } from "../support/matrix-people.js";
import { synapseUnavailable } from "../support/synapse.js";

const skip = synapseUnavailable();
if (skip) console.warn(`[matrix e2e] ${skip}`);

const body = (e: MatrixEvent) => String(e.content.body ?? "");

/** Waits until `check` holds (the bot works on its own clock), for at most 20 s. */
async function eventually(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
const proposalOf = (e: MatrixEvent) => Number(/Proposal #(\d+)/.exec(body(e))?.[1]);

/**
 * Ledger and mutual-credit commands on a real Synapse, answered as notices with amounts formatted
 * the ICU way for their unit. The bot runs on the real clock: to keep decisions from taking their
 * 48 hours (7 days for the federation's), the test moves their closing (and the first treasurer's
 * handoff) to now in the database, and the bot's own sweep carries them out.
 */
describe.skipIf(skip)("Jura on a real Synapse: the books and mutual credit", () => {
  let o: CircleRoom;
  let db: Db;
  let bakery: { room: string; log: RoomLog };

  const ask = async (p: MatrixPerson, room: { room: string; log: RoomLog }, text: string) =>
    room.log.reply(await p.say(room.room, text), o.botId);
  /**
   * Ends the windows of the open proposals of `level` now (circles' first: a circle's answer to a
   * federation proposal must be decided before the federation's window ends), and waits until the
   * bot's sweep has closed them.
   */
  async function closeProposals(level: "circle" | "federation" = "circle"): Promise<void> {
    const scope = level === "circle" ? sql`circle_id is not null` : sql`federation_id is not null`;
    await sql`update proposal set closes_at = greatest(opens_at + interval '1 millisecond', now()), remind_at = null
      where status = 'open' and ${scope}`.execute(db);
    await eventually(
      `the bot to close the ${level} proposals`,
      async () =>
        (
          await db
            .selectFrom("proposal")
            .select("id")
            .where("status", "=", "open")
            .where(level === "circle" ? "circleId" : "federationId", "is not", null)
            .execute()
        ).length === 0,
    );
  }

  beforeAll(async () => {
    o = await circleRoom(["alice", "bob", "dan"], "Orchard");
    db = openDb(o.world.database.url, 2);
    const [alice, bob, dan] = [o.person(0), o.person(1), o.person(2)];
    await o.ask(alice, `!jura circle invite ${bob.userId}`);
    expect(body(await o.ask(bob, "!jura circle join"))).toContain("Welcome to “Orchard”");
    await o.ask(alice, "!jura federation create Jura tz:UTC");
    for (const text of [
      "!jura federation join Jura",
      "!jura rotation create treasurer every:weekly lead:1h",
      "!jura ledger set threshold:100 unit:EUR",
    ]) {
      const id = proposalOf(await o.ask(alice, text));
      await o.ask(bob, `!jura proposal agree ${id}`);
    }
    // A second circle, Bakery, in a room of its own.
    const room = await dan.createRoom({ name: "Bakery" });
    bakery = { room, log: dan.follow(room) };
    await dan.invite(room, o.botId);
    await dan.invite(room, bob.userId);
    await bob.join(room);
    await bakery.log.until((es) => es.some((e) => e.sender === o.botId && e.type === "m.room.message"), {
      what: "the bot's greeting in Bakery",
    });
    expect(body(await ask(dan, bakery, "!jura circle create Bakery open:yes"))).toContain("is born");
    await ask(bob, bakery, "!jura circle join");
    const join = proposalOf(await ask(dan, bakery, "!jura federation join Jura"));
    await ask(bob, bakery, `!jura proposal agree ${join}`);
    await closeProposals();
    await sql`update rotation set next_handoff_at = now(), next_heads_up_at = null`.execute(db);
    // Term 1 is held from the rotation's creation; the handoff forced above announces term 2.
    await eventually(
      "the first treasurer's handoff",
      async () =>
        (await db.selectFrom("rotationTerm").select("holder").where("announcedAt", "is not", null).execute())
          .length === 2,
    );
  }, 240_000);

  afterAll(async () => {
    await db?.destroy();
    await o?.world.close();
  });

  /** Orchard's treasurer now. */
  async function treasurer(): Promise<MatrixPerson> {
    const term = await db
      .selectFrom("rotationTerm")
      .select("holder")
      .where("announcedAt", "is not", null)
      .orderBy("term", "desc")
      .executeTakeFirstOrThrow();
    const found = o.people.find((p) => term.holder === `matrix:${p.userId}`);
    if (!found) throw new Error(`unexpected treasurer ${term.holder}`);
    return found;
  }

  it("GIVEN the treasurer WHEN they record income and an expense THEN the notices read €1,234.50 and €1,188.70, and a federation member reads the totals", async () => {
    const keeper = await treasurer();
    const income = await o.ask(keeper, "!jura ledger income 1234.5 EUR dues of March");
    expect(income.content.msgtype).toBe("m.notice");
    expect(body(income)).toBe(
      `Entry #1 in the books of “Orchard”: income of €1,234.50 (dues of March), recorded by ${keeper.name}, treasurer of “Orchard”. Cash: €1,234.50.`,
    );
    expect(String(income.content.formatted_body)).toContain("€1,234.50");
    const expense = await o.ask(
      keeper,
      "!jura ledger expense 45,80 eur leaflets receipt:https://example.org/r/1",
    );
    expect(body(expense)).toContain("expense of €45.80 (leaflets)");
    expect(body(expense)).toContain("Cash: €1,188.70.");
    const show = await ask(o.person(2), bakery, "!jura ledger show Orchard");
    expect(body(show)).toContain("EUR: cash €1,188.70 · income €1,234.50 · expenses €45.80");
  });

  it("GIVEN mutual credit the federation opened WHEN Orchard pays Bakery THEN balances sum to zero and a payment past the limit is refused with the numbers", async () => {
    const alice = o.person(0);
    const fed = proposalOf(await o.ask(alice, "!jura credit limit Jura 100"));
    const answer = proposalOf(await o.ask(alice, `!jura proposal agree ${fed}`));
    await o.ask(o.person(1), `!jura proposal agree ${answer}`);
    const keeper = await treasurer();
    const other = o.people.find((p) => p !== keeper && p !== o.person(2)) ?? alice;
    const threshold = proposalOf(await o.ask(keeper, "!jura ledger set threshold:50 unit:credits"));
    await o.ask(other, `!jura proposal agree ${threshold}`);
    await closeProposals("circle"); // Orchard's answer, and its threshold
    await closeProposals("federation");
    const paid = await o.ask(keeper, '!jura credit pay 30 Bakery memo:"bread for the fair"');
    expect(body(paid)).toContain(
      "“Orchard” paid 30.00 credits to “Bakery” in the mutual credit of “Jura” (bread for the fair)",
    );
    await o.ask(keeper, "!jura credit pay 45 Bakery");
    const refused = await o.ask(keeper, "!jura credit pay 40 Bakery");
    expect(body(refused)).toContain(
      "Refused: “Orchard” is at −75.00 credits in mutual credit, with a limit of 100.00 credits below zero. Paying 40.00 credits would take it to −115.00 credits, 15.00 credits past its limit.",
    );
    const balance = body(await ask(o.person(2), bakery, "!jura credit balance Jura"));
    expect(balance).toContain("- “Bakery”: +75.00 credits (limit 100.00 credits)");
    expect(balance).toContain("Sum of all balances: 0.00 credits.");
    // Bakery hears of the payment in its own room.
    await bakery.log.until(
      (es) => es.some((e) => e.sender === o.botId && body(e).includes("paid 30.00 credits to “Bakery”")),
      {
        what: "the payment told in Bakery's room",
      },
    );
  });
});

import { sql } from "kysely";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends, type TestDatabase } from "../support/databases.js";
import { advance, DAY } from "../support/due.js";
import { harness } from "../support/harness.js";

const idOf = (text: string, what: string) => Number(text.match(new RegExp(`${what} #(\\d+)`))?.[1]);

/**
 * The treasury through Jura's front door: a federation of three circles (Green Valley and
 * Bakery keep a rotating treasurer; Mill does not) and a circle outside it.
 */
describe.each(backends())("the treasury on $name", (backend) => {
  let database: TestDatabase;
  let h: ReturnType<typeof harness>;
  const circleId: Record<string, number> = {};

  /** The current holder of a circle's treasurer role, by the shell name. */
  async function treasurerOf(circle: string): Promise<string> {
    const term = await database.db
      .selectFrom("rotationTerm")
      .innerJoin("rotation", "rotation.id", "rotationTerm.rotationId")
      .select("holder")
      .where("rotation.role", "=", "treasurer")
      .where("rotation.circleId", "=", circleId[circle] ?? 0)
      .where("announcedAt", "is not", null)
      .orderBy("term", "desc")
      .executeTakeFirstOrThrow();
    return term.holder.replace("shell:", "");
  }
  const members: Record<string, string[]> = {
    "Green Valley": ["ana", "ben", "cleo"],
    Bakery: ["erin", "frank"],
    Mill: ["gus", "hana"],
  };
  /** A member of the circle who is not its treasurer now. */
  async function notTreasurer(circle: string): Promise<string> {
    const treasurer = await treasurerOf(circle);
    return (members[circle] ?? []).find((p) => p !== treasurer) ?? "";
  }
  /** A federation decision that passes: proposed, its circle answers agree by its own decision, the window ends. */
  async function federationPasses(
    person: string,
    place: string,
    text: string,
    second: string,
  ): Promise<number> {
    const proposal = idOf(await h.ok(person, place, text), "Proposal");
    const answer = idOf(await h.ok(person, place, `proposal agree ${proposal}`), "Proposal");
    await h.ok(second, place, `proposal agree ${answer}`);
    await h.advance(7 * DAY + 60_000);
    const row = await database.db
      .selectFrom("proposal")
      .select("status")
      .where("id", "=", proposal)
      .executeTakeFirstOrThrow();
    expect(row.status, text).toBe("passed");
    return proposal;
  }
  const balance = async (circle: string, kind = "cash", unit = "EUR") => {
    const row = await database.db
      .selectFrom("account")
      .select("balance")
      .where("circleId", "=", circleId[circle] ?? 0)
      .where("kind", "=", kind as never)
      .where("unit", "=", unit)
      .executeTakeFirst();
    return BigInt(row?.balance ?? 0);
  };

  beforeAll(async () => {
    database = await backend.open();
    h = harness(database.db);
    h.clock.current = new Date("2026-03-02T09:00:00Z");
    await h.ok("ana", "#jura", "federation create Jura tz:Europe/Paris");
    await h.ok("ana", "#garden", "circle create Green Valley tz:Europe/Paris open:yes");
    for (const p of ["ben", "cleo"]) await h.ok(p, "#garden", "circle join");
    await h.ok("erin", "#bakery", "circle create Bakery tz:Europe/Paris open:yes");
    await h.ok("frank", "#bakery", "circle join");
    await h.ok("gus", "#mill", "circle create Mill tz:Europe/Paris open:yes");
    await h.ok("hana", "#mill", "circle join");
    await h.ok("oscar", "#outside", "circle create Outside open:yes");
    for (const c of await database.db.selectFrom("circle").select(["id", "name"]).execute())
      circleId[c.name] = c.id;
    await h.passes("ana", "#garden", "federation join Jura", ["ben"]);
    await h.passes("erin", "#bakery", "federation join Jura", ["frank"]);
    await h.passes("gus", "#mill", "federation join Jura", ["hana"]);
    await h.passes("ana", "#garden", 'rotation create treasurer every:"every 4 weeks" lead:1d from:2d', [
      "ben",
    ]);
    await h.passes("erin", "#bakery", 'rotation create treasurer every:"every 4 weeks" lead:1d from:2d', [
      "frank",
    ]);
    await h.advance(3 * DAY);
    await h.passes("ana", "#garden", "ledger set threshold:100 unit:EUR", ["ben"]);
    await h.passes("erin", "#bakery", "ledger set threshold:100 unit:EUR", ["frank"]);
  });
  afterAll(() => database?.close());

  it("GIVEN a threshold of 100 EUR THEN the treasurer records below it at once, above it the circle decides, others always propose, outsiders are refused", async () => {
    const treasurer = await treasurerOf("Green Valley");
    const member = await notTreasurer("Green Valley");
    expect(await h.ok(treasurer, "#garden", "ledger income 500 EUR dues of March")).toMatch(
      new RegExp(
        `^Entry #\\d+ in the books of “Green Valley”: income of €500.00 \\(dues of March\\), recorded by @${treasurer}, treasurer of “Green Valley”. Cash: €500.00.$`,
      ),
    );
    expect(
      await h.ok(treasurer, "#garden", "ledger expense 45.80 EUR leaflets receipt:https://example.org/r/1"),
    ).toContain("expense of €45.80 (leaflets), recorded by @");
    expect(await balance("Green Valley")).toBe(45_420n);
    // Above the threshold: a proposal, rehearsed first, and recorded once the circle agrees.
    const big = await h.decide(treasurer, "#garden", "ledger expense 150 EUR a gazebo", [member]);
    expect(big.reply).toMatch(/^Proposal #\d+ is open: \/ledger expense 150 EUR “a gazebo”/);
    expect(big.status).toBe("passed");
    const outcome = await database.db
      .selectFrom("outbox")
      .select("text")
      .where("key", "like", `proposal:${big.id}:closed:%`)
      .executeTakeFirstOrThrow();
    expect(outcome.text).toMatch(
      /expense of €150.00 \(a gazebo\), as decided by “Green Valley” \(proposal #\d+: 2 agree, 0 object\). Cash: €304.20./,
    );
    expect(await balance("Green Valley")).toBe(30_420n);
    // A member who is not the treasurer proposes even a small expense.
    expect(await h.ok(member, "#garden", "ledger expense 10 EUR rope")).toMatch(/^Proposal #\d+ is open/);
    // More than the circle holds is refused now, with the numbers, not after a vote.
    expect(await h.fails(treasurer, "#garden", "ledger expense 1000 EUR a van")).toBe(
      "Refused: “Green Valley” holds €304.20 in its books, so it cannot pay out €1,000.00. Record what came in first (/ledger income), or pay less.",
    );
    expect(await h.fails("oscar", "#outside", 'ledger expense 5 EUR x circle:"Green Valley"')).toContain(
      "Only members of “Green Valley”",
    );
    expect(await h.fails("erin", "#bakery", 'ledger income 5 EUR x circle:"Green Valley"')).toContain(
      "Only members of “Green Valley”",
    );
    expect(await h.fails(treasurer, "#garden", "ledger expense 1.005 EUR x")).toContain(
      "amount: EUR has 2 decimals",
    );
    expect(await h.fails(treasurer, "#garden", "ledger expense -5 EUR x")).toContain("is not an amount");
    expect(await h.fails(treasurer, "#garden", "ledger expense 1e3 EUR x")).toContain("is not an amount");
    expect(await h.fails(treasurer, "#garden", "ledger expense 0 EUR x")).toContain("must be more than 0");
    expect(await h.fails(treasurer, "#garden", "ledger expense 5 EURO x")).toContain(
      "is not a currency I know",
    );
    expect(await h.ok(treasurer, "#garden", "ledger income 3.5 hours weeding")).toContain(
      "income of 3.5 hours",
    );
  });

  it("GIVEN a budget THEN expenses count against its lines, a reversal gives the line back, and entries are reversed once, never edited", async () => {
    const treasurer = await treasurerOf("Green Valley");
    await h.passes(treasurer, "#garden", 'ledger budget 2026 lines:"print 100 | rent 300" unit:EUR', [
      await notTreasurer("Green Valley"),
    ]);
    const spent = await h.ok(treasurer, "#garden", "ledger expense 60 EUR posters line:print");
    expect(spent).toContain("Budget “2026”, line “print”: €40.00 of €100.00 left.");
    expect(await h.fails(treasurer, "#garden", "ledger expense 6 EUR tea line:snacks")).toContain(
      "“Green Valley” has no budget line “snacks” in EUR. Its budgets in EUR: “2026” (print, rent)",
    );
    const entry = idOf(spent, "Entry");
    const reversed = await h.ok(treasurer, "#garden", `ledger reverse ${entry} entered twice`);
    expect(reversed).toMatch(
      new RegExp(`^Entry #(\\d+) reverses entry #${entry} \\(expense, €60.00\\): entered twice`),
    );
    expect(await h.ok(treasurer, "#garden", "ledger show")).toContain(
      "Budget “2026” (EUR): print: €0.00 of €100.00 spent, +€100.00 left · rent: €0.00 of €300.00 spent, +€300.00 left",
    );
    expect(await h.fails(treasurer, "#garden", `ledger reverse ${entry} again`)).toContain(
      `Entry #${entry} was already reversed by entry #${idOf(reversed, "Entry")}`,
    );
    expect(await h.fails(treasurer, "#garden", `ledger reverse ${idOf(reversed, "Entry")} undo`)).toContain(
      "is itself the reversal",
    );
    expect(await h.fails(treasurer, "#garden", "ledger reverse 99999 nothing")).toContain(
      "There is no entry #99999",
    );
  });

  it("GIVEN memos kept internal THEN the federation reads the totals but not the memos, members read everything, outsiders nothing", async () => {
    const treasurer = await treasurerOf("Green Valley");
    await h.passes(treasurer, "#garden", "ledger set memos:internal", [await notTreasurer("Green Valley")]);
    await h.ok(treasurer, "#garden", "ledger expense 12 EUR lawyer for ana receipt:https://example.org/r/9");
    const own = await h.ok(treasurer, "#garden", "ledger show");
    const theirs = await h.ok("erin", "#bakery", 'ledger show "Green Valley"');
    const totals = (text: string) => text.split("\n").find((l) => l.startsWith("EUR:"));
    expect(totals(theirs)).toBe(totals(own));
    expect(totals(own)).toMatch(/^EUR: cash €\S+ · income €\S+ · expenses €\S+ · funds, levies and aid/);
    expect(own).toContain("lawyer for ana · receipt https://example.org/r/9");
    expect(theirs).not.toContain("lawyer");
    expect(theirs).not.toContain("example.org/r/9");
    expect(theirs).toContain("(memo kept internal)");
    const csv = await h.ok("erin", "#bakery", 'ledger export "Green Valley"');
    expect(csv.split("\n")[0]).toBe(
      "entry,date,kind,account,unit,amount,memo,receipt,budget_line,levy_rule,reverses,reversed_by,recorded_by,proposal",
    );
    expect(csv).not.toContain("lawyer");
    expect(csv).toMatch(/,expense,cash,EUR,-12.00,\(internal\),,/);
    expect(await h.ok(treasurer, "#garden", "ledger export")).toMatch(
      /,expense,expense,EUR,12.00,lawyer for ana,https:\/\/example.org\/r\/9,/,
    );
    expect(await h.fails("oscar", "#outside", 'ledger show "Green Valley"')).toContain(
      "Only members of a circle in “Jura”",
    );
    expect(await h.fails("oscar", "#outside", 'ledger export "Green Valley"')).toContain(
      "Only members of a circle in “Jura”",
    );
  });

  it("GIVEN the database itself THEN an unbalanced entry, an edit, a deletion or a balance below its floor is refused", async () => {
    const db = database.db;
    const cash = await db
      .selectFrom("account")
      .select("id")
      .where("kind", "=", "cash")
      .where("circleId", "=", circleId["Green Valley"] ?? 0)
      .where("unit", "=", "EUR")
      .executeTakeFirstOrThrow();
    const income = await db
      .selectFrom("account")
      .select("id")
      .where("kind", "=", "income")
      .where("circleId", "=", circleId["Green Valley"] ?? 0)
      .where("unit", "=", "EUR")
      .executeTakeFirstOrThrow();
    const entry = (trx: typeof db) =>
      trx
        .insertInto("journalEntry")
        .values({
          kind: "income",
          circleId: circleId["Green Valley"] ?? 0,
          memo: "by hand",
          recordedBy: "shell:x",
          recordedAt: new Date(),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
    await expect(
      db.transaction().execute(async (trx) => {
        const { id } = await entry(trx);
        await trx
          .insertInto("journalLine")
          .values([
            { entryId: id, accountId: cash.id, unit: "EUR", amount: 100n },
            { entryId: id, accountId: income.id, unit: "EUR", amount: -99n },
          ])
          .execute();
      }),
    ).rejects.toThrow(/does not balance: its EUR lines sum to 1/);
    await expect(
      db.transaction().execute(async (trx) => {
        await entry(trx);
      }),
    ).rejects.toThrow(/fewer than two lines/);
    await expect(
      db.transaction().execute(async (trx) => {
        const { id } = await entry(trx);
        await trx
          .insertInto("journalLine")
          .values([
            { entryId: id, accountId: cash.id, unit: "hours", amount: 100n },
            { entryId: id, accountId: income.id, unit: "hours", amount: -100n },
          ])
          .execute();
      }),
    ).rejects.toThrow(/foreign key/);
    await expect(sql`update journal_line set amount = amount * 2`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from journal_entry`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate journal_line cascade`.execute(db)).rejects.toThrow(/append-only/);
    await expect(
      db.transaction().execute(async (trx) => {
        const { id } = await entry(trx);
        await trx
          .insertInto("journalLine")
          .values([
            { entryId: id, accountId: cash.id, unit: "EUR", amount: -100_000_000n },
            { entryId: id, accountId: income.id, unit: "EUR", amount: 100_000_000n },
          ])
          .execute();
      }),
    ).rejects.toThrow(/would go below zero/);
    const drift = await sql<{ id: number }>`
      select a.id from account a left join journal_line l on l.account_id = a.id
      group by a.id, a.balance having a.balance <> coalesce(sum(l.amount), 0)`.execute(db);
    expect(drift.rows).toEqual([]);
  });

  it("GIVEN common funds and a solidarity levy THEN a donation pays the levy in the same entry, visible on both sides, and a draw is a federation decision", async () => {
    const gv = await treasurerOf("Green Valley");
    await federationPasses(
      "ana",
      "#garden",
      'fund create Strike support federation:Jura unit:EUR purpose:"pay for striking members"',
      "ben",
    );
    await federationPasses("ana", "#garden", "fund levy 5% Strike support above:2000 federation:Jura", "ben");
    // Green Valley holds less than 2,000 EUR: no levy on its first donation.
    const cashBefore = await balance("Green Valley");
    expect(cashBefore < 200_000n).toBe(true);
    const small = await h.ok(gv, "#garden", "ledger income 2000 EUR gift from the fair donation:yes");
    expect(small).toContain("No solidarity levy: rule #1 applies to circles holding more than €2,000.00");
    // Now it holds more: 5% of 1,234.56 EUR is 61.728 EUR, rounded down to 61.72 EUR.
    expect(await balance("Green Valley")).toBe(cashBefore + 200_000n);
    const gift = await h.ok(gv, "#garden", "ledger income 1234.56 EUR gift from a neighbour donation:yes");
    expect(gift).toContain(
      "Solidarity levy, rule #1 of the federation (5% of donations to circles holding more than €2,000.00): €61.72 of it went to the fund “Strike support”, in the same entry.",
    );
    expect(await balance("Green Valley")).toBe(cashBefore + 200_000n + 123_456n - 6_172n);
    const entry = idOf(gift, "Entry");
    const lines = await database.db
      .selectFrom("journalLine")
      .select(["amount", "levyRuleId"])
      .where("entryId", "=", entry)
      .orderBy("id")
      .execute();
    expect(lines.map((l) => [l.amount, l.levyRuleId])).toEqual([
      ["123456", null],
      ["-123456", null],
      ["-6172", 1],
      ["6172", 1],
    ]);
    const fund = await h.ok("erin", "#bakery", "fund show Strike support federation:Jura");
    expect(fund).toContain("Fund “Strike support” of “Jura”: holds €61.72.");
    expect(fund).toContain(`#${entry} `);
    expect(fund).toContain("donation +€61.72 with “Green Valley” (by @");
    expect(fund).toContain("solidarity levy (rule #1)");
    expect(fund).not.toContain("neighbour");
    const notice = await database.db
      .selectFrom("outbox")
      .select("text")
      .where("text", "like", "Solidarity levy: the fund%")
      .executeTakeFirstOrThrow();
    expect(notice.text).toContain(
      `received €61.72 from a donation to “Green Valley” (entry #${entry}; rule #1`,
    );
    // Paying in is the circle's, drawing out the federation's.
    await h.ok(gv, "#garden", 'fund pay 50 EUR Strike support memo:"from the bake sale"');
    // Green Valley keeps its memos internal: the fund's history shows its payment, not its memo.
    expect(await h.ok("erin", "#bakery", "fund show Strike support federation:Jura")).toMatch(
      /paid into a fund \+€50.00 with “Green Valley” \(by @\w+\): \(memo kept internal\)/,
    );
    expect(await h.ok("ben", "#garden", "fund show Strike support federation:Jura")).toContain(
      ": from the bake sale",
    );
    expect(await h.ok("hana", "#mill", "fund list Jura")).toContain("- “Strike support”: €111.72");
    expect(await h.fails("erin", "#bakery", "fund draw 500 EUR Strike support to:Bakery memo:strike")).toBe(
      "Refused: the fund “Strike support” holds €111.72, so it cannot pay out €500.00.",
    );
    const bakeryBefore = await balance("Bakery");
    await federationPasses(
      "erin",
      "#bakery",
      'fund draw 100 EUR Strike support to:Bakery memo:"strike week"',
      "frank",
    );
    expect(await balance("Bakery")).toBe(bakeryBefore + 10_000n);
    expect(await h.fails("oscar", "#outside", "fund list Jura")).toContain(
      "Only members of a circle in “Jura”",
    );
    expect(await h.fails("oscar", "#outside", "fund show Strike support federation:Jura")).toContain(
      "Only members of a circle in “Jura”",
    );
    const federation = await h.ok("frank", "#bakery", "ledger show federation:Jura");
    expect(federation).toContain("- “Strike support”: €11.72");
    expect(federation).toMatch(/drawn from a fund −€100.00 with “Bakery”.*: strike week/);
  });

  it("GIVEN mutual credit THEN payments are zero-sum, a payment past a limit is refused with the numbers, and the digest names deep deficits gently", async () => {
    expect(await h.fails("ana", "#garden", "credit pay 5 Bakery")).toContain(
      "“Jura” has no mutual credit yet",
    );
    await federationPasses("ana", "#garden", "credit limit Jura 100", "ben");
    await h.passes(await treasurerOf("Green Valley"), "#garden", "ledger set threshold:50 unit:credits", [
      await notTreasurer("Green Valley"),
    ]);
    const gv = await treasurerOf("Green Valley");
    const paid = await h.ok(gv, "#garden", 'credit pay 30 Bakery memo:"bread for the fair"');
    expect(paid).toContain(
      "“Green Valley” paid 30.00 credits to “Bakery” in the mutual credit of “Jura” (bread for the fair)",
    );
    expect(paid).toContain(
      "“Green Valley” is now at −30.00 credits (limit 100.00 credits below zero), “Bakery” at +30.00 credits.",
    );
    await h.ok(gv, "#garden", "credit pay 45 Mill");
    expect(await h.fails(gv, "#garden", "credit pay 40 Mill")).toBe(
      "Refused: “Green Valley” is at −75.00 credits in mutual credit, with a limit of 100.00 credits below zero. Paying 40.00 credits would take it to −115.00 credits, 15.00 credits past its limit. The federation can raise the limit with /credit limit.",
    );
    expect(await h.fails(gv, "#garden", 'credit pay 1 "Green Valley"')).toContain("cannot pay itself");
    expect(await h.fails(gv, "#garden", "credit pay 1 Outside")).toContain(
      "“Outside” is not in federation “Jura”",
    );
    const balances = await h.ok("gus", "#mill", "credit balance Jura");
    expect(balances).toContain("- “Green Valley”: −75.00 credits (limit 100.00 credits): deep in deficit");
    expect(balances).toContain("- “Bakery”: +30.00 credits (limit 100.00 credits)");
    expect(balances).toContain("- “Mill”: +45.00 credits (limit 100.00 credits)");
    expect(balances).toContain("Sum of all balances: 0.00 credits.");
    const sent = await advance(database.db, h.clock, 8 * DAY);
    const digest = sent.find((m) => m.key.startsWith("digest:"));
    expect(digest?.text).toContain(
      "Mutual credit: circles deep in deficit, where a purchase would help balance the pool:\n- “Green Valley” at −75.00 credits of its 100.00 credits limit",
    );
    await federationPasses("erin", "#bakery", "credit limit Jura 150 circle:Bakery", "frank");
    expect(await h.ok("gus", "#mill", "credit balance Jura")).toContain(
      "- “Bakery”: +30.00 credits (limit 150.00 credits)",
    );
  });

  it("GIVEN a 400 EUR request THEN a 150 EUR gift does not fulfil it, 150 people never count, and it is fulfilled once 400 EUR arrived, the money in both circles' books", async () => {
    const request = idOf(
      await h.ok("erin", "#bakery", "aid request rent for the bakery amount:400 unit:EUR by:30d"),
      "Request",
    );
    const money = idOf(
      await h.ok("ben", "#garden", `aid offer ${request} cash for the rent amount:150 unit:EUR`),
      "Offer",
    );
    const people = idOf(
      await h.ok("cleo", "#garden", `aid offer ${request} volunteers for the move amount:150 unit:people`),
      "Offer",
    );
    const rest = idOf(
      await h.ok("gus", "#mill", `aid offer ${request} the rest of the rent amount:250`),
      "Offer",
    );
    const offered = await database.db
      .selectFrom("outbox")
      .select("text")
      .where("place", "=", "shell:#bakery")
      .execute();
    expect(offered.map((m) => m.text)).toContainEqual(
      `“Green Valley” offers volunteers for the move (150 people) for your request #${request}: offer #${people}. Accept with /aid accept ${people}.`,
    );
    expect(offered.map((m) => m.text)).toContainEqual(
      expect.stringContaining("the rest of the rent (€250.00)"),
    );
    for (const offer of [money, people, rest]) await h.ok("frank", "#bakery", `aid accept ${offer}`);

    // Green Valley gives 150 EUR through its offer: above its 100 EUR threshold, so the circle decides.
    const [gvBefore, bakeryBefore] = [await balance("Green Valley"), await balance("Bakery")];
    const gave = await h.decide(await treasurerOf("Green Valley"), "#garden", `aid give ${money}`, [
      await notTreasurer("Green Valley"),
    ]);
    expect(gave.status).toBe("passed");
    const outcome = await database.db
      .selectFrom("outbox")
      .select("text")
      .where("key", "like", `proposal:${gave.id}:closed:%`)
      .executeTakeFirstOrThrow();
    expect(outcome.text).toMatch(
      new RegExp(
        `Offer #${money} delivered €150.00, entry #\\d+ in the books of “Green Valley” and “Bakery”, as decided by “Green Valley” \\(proposal #${gave.id}: 2 agree, 0 object\\). The offer is fulfilled. Request #${request}: €150.00 of €400.00 arrived.`,
      ),
    );
    expect(await balance("Green Valley")).toBe(gvBefore - 15_000n);
    expect(await balance("Bakery")).toBe(bakeryBefore + 15_000n);
    const status = async () =>
      (
        await database.db
          .selectFrom("aidRequest")
          .select("status")
          .where("id", "=", request)
          .executeTakeFirstOrThrow()
      ).status;
    expect(await status()).toBe("accepted");
    // In Bakery's books too; the memo is Green Valley's, which keeps its memos internal.
    expect(await h.ok("frank", "#bakery", "ledger show")).toMatch(
      /aid \+€150.00 with “Green Valley” \(by @\w+\): \(memo kept internal\)/,
    );
    expect(await h.ok("ben", "#garden", "ledger show")).toMatch(
      /aid −€150.00 with “Bakery” \(by @\w+\): aid: offer #/,
    );

    // 150 people arrive: welcome, but they are not euros.
    expect(await h.ok("erin", "#bakery", `aid fulfilled ${people}`)).toBe(
      `Offer #${people} delivered 150 people. The offer is fulfilled. Request #${request}: €150.00 of €400.00 arrived.`,
    );
    expect(await status()).toBe("accepted");

    // The Mill's 250 EUR arrive in two parts (outside the books: the Mill keeps none here).
    expect(await h.ok("gus", "#mill", `aid fulfilled ${rest} 100`)).toBe(
      `Offer #${rest} delivered €100.00. Request #${request}: €250.00 of €400.00 arrived.`,
    );
    expect(await h.fails("gus", "#mill", `aid fulfilled ${rest} 200`)).toBe(
      `Offer #${rest} was for €250.00 and €150.00 of it is left to deliver, not €200.00. More help is a new offer: /aid offer.`,
    );
    expect(await h.ok("x", "#x", "aid list Jura")).toContain(
      `Request #${request} of “Bakery” (normal): rent for the bakery, €400.00 by`,
    );
    expect(await h.ok("x", "#x", "aid list Jura")).toContain("[accepted] (€250.00 of €400.00 arrived)");
    expect(await h.ok("hana", "#mill", `aid fulfilled ${rest}`)).toBe(
      `Offer #${rest} delivered €150.00. The offer is fulfilled. Request #${request}: €400.00 of €400.00 arrived, so it is fulfilled.`,
    );
    expect(await status()).toBe("fulfilled");
    const told = await database.db
      .selectFrom("outbox")
      .select("text")
      .where("place", "=", "shell:#jura")
      .execute();
    expect(told.map((m) => m.text)).toContainEqual(
      `Request #${request} of “Bakery” is fulfilled: €400.00 of €400.00 arrived. Solidarity works.`,
    );
    expect(await h.fails("gus", "#mill", `aid fulfilled ${rest}`)).toContain(
      "is fulfilled, so it cannot be delivered",
    );
    // Reversing the entry that carried Green Valley's 150 EUR: the money went back, so it no
    // longer counts, and the request is open again.
    const aidEntry = await database.db
      .selectFrom("journalEntry")
      .select("id")
      .where("kind", "=", "aid")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    await h.passes(
      await treasurerOf("Green Valley"),
      "#garden",
      `ledger reverse ${aidEntry.id} given twice by mistake`,
      [await notTreasurer("Green Valley")],
    );
    expect(await status()).toBe("accepted");
    expect(await h.ok("x", "#x", "aid list Jura")).toContain("[accepted] (€250.00 of €400.00 arrived)");
    expect(await balance("Green Valley")).toBe(gvBefore);
    // A request without an amount says so, instead of “money, 1”.
    expect(await h.ok("erin", "#bakery", "aid request money for the oven")).toMatch(
      /^Request #\d+ is posted/,
    );
    expect(await h.ok("x", "#x", "aid list Jura")).toMatch(
      /Request #\d+ of “Bakery” \(normal\): money for the oven by /,
    );
  });

  it("GIVEN a treasurer handover THEN it shows the books and the open items, and both sides confirm them", async () => {
    const outgoing = await treasurerOf("Green Valley");
    const seeds = idOf(
      await h.ok("ana", "#garden", "aid request seeds amount:80 unit:EUR by:60d"),
      "Request",
    );
    const sent = await advance(database.db, h.clock, 28 * DAY);
    const incoming = await treasurerOf("Green Valley");
    expect(incoming).not.toBe(outgoing);
    const handoff = sent.find(
      (m) => m.key.includes(":handoff") && m.text.includes("treasurer of “Green Valley”"),
    );
    const cash = await balance("Green Valley");
    const euros = `€${(Number(cash) / 100).toLocaleString("en", { minimumFractionDigits: 2 })}`;
    expect(handoff?.text).toContain(
      `The books at this handover: ${euros} · 3.5 hours · mutual credit −75.00 credits. Open items: budget “2026” +€400.00 left; aid request #${seeds} (seeds: €0.00 of €80.00 arrived).`,
    );
    expect(handoff?.text).toContain("Handover checklist: 1) the books: balances and open items as shown");
    const first = await h.ok(incoming, "#garden", "rotation confirm treasurer");
    expect(first).toContain("completes when the other side confirms too");
    expect(first).toContain(`You confirm the books as they stand now: The books at this handover: ${euros}`);
    expect(await h.fails("oscar", "#garden", "rotation confirm treasurer")).toBe(
      "Only the incoming or outgoing holder of “treasurer” can confirm its handover.",
    );
    expect(await h.ok(outgoing, "#garden", "rotation confirm treasurer")).toMatch(
      /^The treasurer handover of “Green Valley” \(term \d+\) is complete: both sides confirmed the checklist.\nYou confirm the books/,
    );
    const confirmations = await database.db
      .selectFrom("auditLog")
      .select("details")
      .where("action", "=", "rotation.confirm")
      .execute();
    expect(confirmations.filter((c) => String(c.details.books ?? "").includes(euros))).toHaveLength(2);
  });

  it("GIVEN 6,000 lines in a circle's books THEN the export stays within a chat message and the command's budget: the latest 500 lines, and how to get the rest", async () => {
    const mill = circleId.Mill ?? 0;
    const now = h.clock.now();
    const local = (hoursAgo: number) =>
      DateTime.fromJSDate(new Date(now.getTime() - hoursAgo * 3_600_000), { zone: "Europe/Paris" }).toFormat(
        "yyyy-MM-dd'T'HH:mm",
      );
    await sql`insert into account (kind, unit, circle_id) values ('cash', 'EUR', ${mill}), ('income', 'EUR', ${mill})
      on conflict do nothing`.execute(database.db);
    await sql`
      do $$
      declare e int; cash int; income int;
      begin
        select id into cash from account where kind = 'cash' and circle_id = ${sql.lit(mill)} and unit = 'EUR';
        select id into income from account where kind = 'income' and circle_id = ${sql.lit(mill)} and unit = 'EUR';
        for i in 1..3000 loop
          insert into journal_entry (kind, circle_id, memo, recorded_by, recorded_at)
            values ('income', ${sql.lit(mill)}, 'dues ' || i, 'shell:gus', ${sql.lit(now.toISOString())}::timestamptz - (i || ' minutes')::interval) returning id into e;
          insert into journal_line (entry_id, account_id, unit, amount) values (e, cash, 'EUR', 100), (e, income, 'EUR', -100);
        end loop;
      end $$`.execute(database.db);
    const csv = await h.ok("gus", "#mill", "ledger export");
    const rows = csv.split("\n");
    expect(rows).toHaveLength(1 + 500 + 1);
    expect(rows.at(-1)).toBe(
      "(Only the latest 500 lines: export a period with from: and until: for the rest.)",
    );
    expect(new TextEncoder().encode(csv).length).toBeLessThan(64 * 1024);
    // A period gives older lines: two hours' worth, ten hours ago, is 120 entries of 2 lines.
    const older = await h.ok("gus", "#mill", `ledger export from:${local(10)} until:${local(8)}`);
    expect(older.split("\n")).toHaveLength(1 + 240);
    expect(older).toContain(",dues 481,");
    expect(older).toContain(",dues 600,");
    expect(older).not.toContain("Only the latest");
    expect(await h.ok("hana", "#mill", "ledger show")).toContain("EUR: cash €");
  });
});

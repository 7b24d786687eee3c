import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COUNCIL, DiscordWorld, GARDEN, type Name, PEOPLE } from "../support/discord-world.js";

const DAY = 86_400_000;
const proposalOf = (text: string) => Number(/Proposal #(\d+)/.exec(text)?.[1]);
const CIRCLE: readonly Name[] = ["alice", "bob", "carol"];

/**
 * Ledger and mutual-credit commands as Discord slash commands, through discord.js and the double:
 * amounts arrive formatted the ICU way for their unit (`€1,234.50`, `30.00 credits`), people as
 * mentions that ping nobody, and a payment past a limit is refused to the payer alone, with the
 * numbers.
 */
describe("Jura on Discord: the books and mutual credit", () => {
  let world: DiscordWorld;

  /** Green Valley's treasurer now, by name. */
  async function treasurer(): Promise<Name> {
    const term = await world.db
      .selectFrom("rotationTerm")
      .select("holder")
      .where("announcedAt", "is not", null)
      .orderBy("term", "desc")
      .executeTakeFirstOrThrow();
    const name = CIRCLE.find((n) => term.holder === `discord:${PEOPLE[n]}`);
    if (!name) throw new Error(`unexpected treasurer ${term.holder}`);
    return name;
  }
  /** A member of Green Valley who is not its treasurer. */
  const other = async () => {
    const holder = await treasurer();
    return CIRCLE.find((n) => n !== holder) ?? "bob";
  };

  beforeAll(async () => {
    world = await DiscordWorld.create();
    await world.start();
    await world.say("alice", "circle create", { name: "Green Valley", open: true }, { channel: GARDEN });
    for (const person of ["bob", "carol"] as const) await world.say(person, "circle join");
    await world.say("erin", "federation create", { name: "Jura" }, { channel: COUNCIL });
    await world.say("erin", "circle create", { name: "Bakery", open: true }, { channel: COUNCIL });
    for (const [who, command, options] of [
      ["alice", "federation join", { federation: "Jura" }],
      ["alice", "rotation create", { role: "treasurer", every: "every 4 weeks", lead: "1d", from: "3d" }],
      ["alice", "ledger set", { threshold: "100", unit: "EUR" }],
    ] as const) {
      const id = proposalOf((await world.say(who, command, options)).text);
      await world.say("bob", "proposal agree", { id });
    }
    await world.say("dave", "circle join", {}, { channel: COUNCIL });
    const bakery = proposalOf(
      (await world.say("erin", "federation join", { federation: "Jura" }, { channel: COUNCIL })).text,
    );
    await world.say("dave", "proposal agree", { id: bakery }, { channel: COUNCIL });
    // The decisions pass after two days; the first treasurer takes over three days after that.
    await world.advance(6 * DAY);
  });

  afterAll(async () => {
    await world?.close();
  });

  it("GIVEN the treasurer WHEN they record income and an expense THEN amounts read the ICU way and the treasurer is a mention that pings nobody", async () => {
    const keeper = await treasurer();
    const income = await world.say(keeper, "ledger income", {
      amount: "1234.5",
      unit: "EUR",
      memo: "dues of March",
    });
    expect(income.ephemeral).toBe(false);
    expect(income.text).toMatch(
      new RegExp(
        `^Entry #1 in the books of “Green Valley”: income of €1,234.50 \\(dues of March\\), recorded by <@${PEOPLE[keeper]}>, treasurer of “Green Valley”. Cash: €1,234.50.$`,
      ),
    );
    expect(income.record.original?.mentions ?? []).toEqual([]);
    const expense = await world.say(keeper, "ledger expense", {
      amount: "45,80",
      unit: "eur",
      memo: "leaflets",
      receipt: "https://example.org/r/1",
    });
    expect(expense.text).toContain("expense of €45.80 (leaflets)");
    expect(expense.text).toContain("Cash: €1,188.70.");
    const refused = await world.say(keeper, "ledger expense", { amount: "1.005", unit: "EUR", memo: "x" });
    expect(refused.ephemeral).toBe(true);
    expect(refused.text).toContain("amount: EUR has 2 decimals");
    const show = await world.say("erin", "ledger show", { circle: "Green Valley" }, { channel: COUNCIL });
    expect(show.text).toContain("EUR: cash €1,188.70 · income €1,234.50 · expenses €45.80");
  });

  it("GIVEN mutual credit the federation opened WHEN Green Valley pays Bakery THEN the balances sum to zero, and a payment past the limit is refused to the payer alone, with the numbers", async () => {
    const fed = proposalOf(
      (await world.say("alice", "credit limit", { federation: "Jura", amount: "100" })).text,
    );
    const answer = proposalOf((await world.say("alice", "proposal agree", { id: fed })).text);
    await world.say("bob", "proposal agree", { id: answer });
    const threshold = proposalOf(
      (await world.say(await treasurer(), "ledger set", { threshold: "50", unit: "credits" })).text,
    );
    await world.say(await other(), "proposal agree", { id: threshold });
    await world.advance(7 * DAY + 60_000);
    const keeper = await treasurer();
    const paid = await world.say(keeper, "credit pay", {
      amount: "30",
      to: "Bakery",
      memo: "bread for the fair",
    });
    expect(paid.text).toContain(
      "“Green Valley” paid 30.00 credits to “Bakery” in the mutual credit of “Jura” (bread for the fair)",
    );
    expect(paid.text).toContain("“Green Valley” is now at −30.00 credits (limit 100.00 credits below zero)");
    await world.say(keeper, "credit pay", { amount: "45", to: "Bakery" });
    const refused = await world.say(keeper, "credit pay", { amount: "40", to: "Bakery" });
    expect(refused.ephemeral).toBe(true);
    expect(refused.text).toMatch(
      /^Refused: “Green Valley” is at −75\.00 credits in mutual credit, with a limit of 100\.00 credits below zero\. Paying 40\.00 credits would take it to −115\.00 credits, 15\.00 credits past its limit\. The federation can raise the limit with <\/credit limit:\d+>\.$/,
    );
    const balance = await world.say("erin", "credit balance", { federation: "Jura" }, { channel: COUNCIL });
    expect(balance.text).toContain("- “Bakery”: +75.00 credits (limit 100.00 credits)");
    expect(balance.text).toContain("deep in deficit");
    expect(balance.text).toContain("Sum of all balances: 0.00 credits.");
    // Bakery is told where it lives.
    await world.delivered();
    expect(
      world.double.messages(COUNCIL).some((m) => m.content.includes("paid 30.00 credits to “Bakery”")),
    ).toBe(true);
  });
});

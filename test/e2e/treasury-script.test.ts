import { describe, expect, it } from "vitest";
import { runJura, tempDir } from "../support/jura-process.js";

/**
 * The solidarity levy worked end to end in the shell, against a computation by hand:
 *
 *   rule #1 of Jura: 2.5% of each donation to a circle holding more than 1,000.00 EUR
 *   donation 1:   800.00 EUR, Garden held     0.00 before → not above 1,000.00 → no levy
 *   income:     1,500.00 EUR (dues, not a donation)        → no levy
 *   donation 2: 2,345.67 EUR, Garden held 2,300.00 before → 2.5% × 2,345.67 = 58.64175
 *                                                            → 58.64 EUR (rounded down)
 *   Garden's cash: 800.00 + 1,500.00 + 2,345.67 − 58.64 = 4,587.03 EUR
 *   Garden's income: 800.00 + 1,500.00 + 2,345.67     = 4,645.67 EUR
 *   the fund “Strike support”: 0 + 58.64                = 58.64 EUR
 */
const SCRIPT = `
as ana in #jura: federation create Jura tz:Europe/Zurich
as ana in #garden: circle create Garden tz:Europe/Zurich open:yes
as ben in #garden: circle join
as cleo in #bakery: circle create Bakery tz:Europe/Zurich open:yes
as dev in #bakery: circle join
as ana in #garden: federation join Jura
as cleo in #bakery: federation join Jura
as ben in #garden: proposal agree 1
as dev in #bakery: proposal agree 2
as ana in #garden: rotation create treasurer every:"every 4 weeks" lead:1d from:3d
as ben in #garden: proposal agree 3
advance 2d
as ana in #garden: fund create Strike support federation:Jura unit:EUR purpose:"pay for striking members"
as ana in #garden: proposal agree 4
as ben in #garden: proposal agree 5
advance 8d
as ana in #garden: fund levy 2.5% Strike support above:1000 federation:Jura
as ana in #garden: proposal agree 6
as ben in #garden: proposal agree 7
advance 8d
as ana in #garden: ledger income 800 EUR gift from the bakery donation:yes
as ana in #garden: ledger income 1500 EUR dues of the spring
as ana in #garden: ledger income 2345.67 EUR gift from the neighbourhood fair donation:yes
as cleo in #bakery: ledger show Garden
as cleo in #bakery: fund show Strike support federation:Jura
as cleo in #bakery: ledger export federation:Jura
`;

describe("the solidarity levy in the shell", () => {
  it("GIVEN a 2.5% levy above 1,000 EUR WHEN Garden records donations THEN the levy is a line of the donation's entry, matching the hand computation, visible to the fund and the federation", async () => {
    const result = await runJura(["shell", "--json", "--clock", "2026-03-02T09:00:00Z"], SCRIPT, {
      JURA_DATA_DIR: await tempDir(),
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const messages = result.messages();
    expect(messages.filter((m) => m.kind === "error")).toEqual([]);
    const replies = messages.filter((m) => m.kind === "reply").map((m) => m.text);
    const said = (start: string) => replies.find((r) => r.startsWith(start)) ?? "";

    expect(said("Entry #1 ")).toBe(
      "Entry #1 in the books of “Garden”: donation of €800.00 (gift from the bakery), recorded by @ana, treasurer of “Garden”. Cash: €800.00.\n" +
        "No solidarity levy: rule #1 applies to circles holding more than €1,000.00, and this circle held less before the donation.",
    );
    expect(said("Entry #2 ")).toContain("income of €1,500.00 (dues of the spring)");
    expect(said("Entry #2 ")).toContain("Cash: €2,300.00.");
    expect(said("Entry #3 ")).toBe(
      "Entry #3 in the books of “Garden”: donation of €2,345.67 (gift from the neighbourhood fair), recorded by @ana, treasurer of “Garden”. Cash: €4,587.03.\n" +
        "Solidarity levy, rule #1 of the federation (2.5% of donations to circles holding more than €1,000.00): €58.64 of it went to the fund “Strike support”, in the same entry.",
    );
    // The fund's side, told to the federation and shown in the fund's history.
    expect(messages).toContainEqual({
      place: "shell:#jura",
      kind: "notice",
      text: "Solidarity levy: the fund “Strike support” received €58.64 from a donation to “Garden” (entry #3; rule #1: 2.5% of donations to circles holding more than €1,000.00).",
    });
    const books = said("Books of “Garden”");
    expect(books).toContain(
      "EUR: cash €4,587.03 · income €4,645.67 · expenses €0.00 · funds, levies and aid −€58.64",
    );
    expect(books).toContain(
      "#3 2026-03-20 donation +€2,345.67 (by @ana) · solidarity levy −€58.64 (rule #1): gift from the neighbourhood fair",
    );
    const fund = said("Fund “Strike support”");
    expect(fund).toContain("Fund “Strike support” of “Jura”: holds €58.64.");
    expect(fund).toContain(
      "#3 2026-03-20 donation +€58.64 with “Garden” (by @ana) · solidarity levy (rule #1)",
    );
    const csv = said("entry,date,kind");
    expect(csv.split("\n")).toEqual([
      "entry,date,kind,account,unit,amount,memo,receipt,budget_line,levy_rule,reverses,reversed_by,recorded_by,proposal",
      "3,2026-03-20T10:00:00+01:00,donation,fund:Strike support,EUR,58.64,gift from the neighbourhood fair,,,1,,,shell:ana,",
    ]);
  });
});

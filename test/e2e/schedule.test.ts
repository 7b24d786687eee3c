import { describe, expect, it } from "vitest";
import { runJura, tempDir } from "../support/jura-process.js";

const SCRIPT = `
# A circle of six decides on a fortnightly spokesperson; twelve weeks later
as ana in #garden: circle create Green Valley tz:Europe/Paris open:yes
as ben in #garden: circle join
as cleo in #garden: circle join
as dev in #garden: circle join
as eli in #garden: circle join
as fay in #garden: circle join
as ana in #garden: rotation create spokesperson every:"every 2 weeks on monday 18:00"
as ben in #garden: proposal agree 1
advance 2d
advance 12w
as ana in #garden: rotation show spokesperson count:2
`;

describe("the shell on a virtual clock", () => {
  it("GIVEN a fortnightly rotation in a circle of six WHEN 12 weeks pass THEN 6 heads-ups and 6 handoffs, everyone once", async () => {
    // Two days before Wednesday 4 March: the circle's decision takes effect then.
    const result = await runJura(["shell", "--json", "--clock", "2026-03-02T09:00:00Z"], SCRIPT, {
      JURA_DATA_DIR: await tempDir(),
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const notices = result.messages().filter((m) => m.kind === "notice" && !m.text.startsWith("Proposal #"));
    const headsUps = notices.filter((m) => m.text.startsWith("Heads-up"));
    const handoffs = notices.filter((m) => / is now spokesperson/.test(m.text));
    expect(notices).toHaveLength(12);
    // ana holds it from the decision on (term 1); the five others, then ana again, follow.
    const order = ["ben", "cleo", "dev", "eli", "fay", "ana"];
    expect(headsUps.map((m) => m.text.match(/^Heads-up @(\w+)/)?.[1])).toEqual(order);
    expect(handoffs.map((m) => m.text.match(/^@(\w+) is now/)?.[1])).toEqual(order);
    for (let i = 0; i < 6; i++) expect(notices[2 * i]?.text).toContain(`Heads-up @${order[i]}`);
    const show = result.messages().at(-1)?.text ?? "";
    expect(show).toContain("Now: @ana since 2026-05-25 18:00 (Europe/Paris) (term 7)");
    expect(show).toContain("term 8: @ben from 2026-06-08 18:00 (Europe/Paris)");
  });

  it("GIVEN no --clock THEN advance explains what it needs", async () => {
    const result = await runJura(["shell", "--json"], "advance 1d\n", { JURA_DATA_DIR: await tempDir() });
    expect(result.messages()).toEqual([
      {
        place: "shell",
        kind: "error",
        text: "advance needs a virtual clock: start the shell with --clock <ISO time>.",
      },
    ]);
    const bad = await runJura(["shell", "--json", "--clock", "2026-01-01T00:00:00Z"], "advance soon\n", {
      JURA_DATA_DIR: await tempDir(),
    });
    expect(bad.messages()[0]?.text).toContain("advance takes a duration such as 14d");
  });
});

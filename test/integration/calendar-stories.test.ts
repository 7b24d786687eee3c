import { describe, expect, it } from "vitest";
import { backends } from "../support/databases.js";
import { DAY } from "../support/due.js";
import { federationPerTest } from "../support/federation-per-test.js";

describe.each(backends())("ritual calendar and stories on $name", (backend) => {
  const t = federationPerTest(backend, { name: "Cal", announceIn: "k", circleIn: "kc", circleName: "Kc" });
  const member = (text: string) => t.h.ok("ana", `#kc${t.n}`, text);
  const proposalId = (text: string) => Number(text.match(/[Pp]roposal #(\d+)/)?.[1]);
  /** bea becomes the circle's delegate, so she can give its voice in the federation. */
  const delegate = () =>
    t.h.passes("ana", `#kc${t.n}`, "mandate grant @bea speak for us in the federation until:90d", ["bea"]);

  it("GIVEN a new federation THEN its calendar is seeded, editable, and announced entries are told on the day, once a year", async () => {
    const list = await t.h.ok("zed", "#x", `calendar list ${t.fed}`);
    expect(list).toContain("18 March: The Paris Commune is proclaimed (18 March 1871) (announced)");
    expect(list).toContain("15 September: The St. Imier Congress");
    const id = (title: string) => {
      const line = list.split("\n").find((l) => l.includes(title));
      return Number(line?.match(/#(\d+)/)?.[1]);
    };
    // The seeded days are nobody's: changing them is the federation's decision, one voice per circle.
    await delegate();
    const silence = proposalId(await member(`calendar announce ${id("May Day")} no`));
    const remove = proposalId(await member(`calendar remove ${id("Revolution in Spain")}`));
    expect(await t.h.ok("bea", `#kc${t.n}`, `proposal agree ${silence}`)).toContain(
      `“Kc ${t.n}” answers federation proposal #${silence}: agree (given by @bea under mandate #`,
    );
    await t.h.ok("bea", `#kc${t.n}`, `proposal agree ${remove}`);
    expect(await t.h.ok("zed", "#x", `calendar list ${t.fed}`)).toContain("Revolution in Spain");
    await t.tick(7 * DAY);
    const after = await t.h.ok("zed", "#x", `calendar list ${t.fed}`);
    expect(after).toContain("1 May: May Day");
    expect(after).toContain("(not announced)");
    expect(after).not.toContain("Revolution in Spain");
    // A day the circle added itself is the circle's to change.
    expect(
      await member(`calendar add 11-11 "The Haymarket martyrs are hanged (1887)" federation:${t.fed}`),
    ).toContain("11 November");
    const own = await member(`calendar add 06-01 "A day we later drop" federation:${t.fed}`);
    expect(await member(`calendar remove ${Number(own.match(/#(\d+)/)?.[1])}`)).toContain("Removed");
    expect(
      await member(`calendar add 02-29 "Leap day of the commons" announce:no federation:${t.fed}`),
    ).toContain("29 February");
    const sent = (await t.tick(2 * 365 * DAY)).filter((m) => m.key.startsWith("calendar:"));
    expect(
      sent.map((m) => [m.key.replace(/^calendar:\d+:/, ""), m.text.match(/^On this day, ([^:]+):/)?.[1]]),
    ).toEqual([
      ["2026", "18 March"],
      ["2026", "15 September"],
      ["2026", "11 November"],
      ["2027", "18 March"],
      ["2027", "15 September"],
      ["2027", "11 November"],
    ]);
    expect(sent[0]?.key).toBe(`calendar:${id("Paris Commune")}:2026`);
    // The day is told in the circle's own room too.
    const copies = await t.database.db
      .selectFrom("outbox")
      .select("place")
      .where("key", "=", `calendar:${id("Paris Commune")}:2026:shell:#kc${t.n}`)
      .execute();
    expect(copies).toEqual([{ place: `shell:#kc${t.n}` }]);
    expect(await t.tick(0)).toEqual([]);
  });

  it("refuses impossible days and strangers' edits", async () => {
    expect(await t.h.fails("ana", `#kc${t.n}`, `calendar add 02-30 Nothing federation:${t.fed}`)).toContain(
      "MM-DD",
    );
    expect(await t.h.fails("ana", `#kc${t.n}`, `calendar add 13-01 Nothing federation:${t.fed}`)).toContain(
      "MM-DD",
    );
    expect(await t.h.fails("zed", "#x", `calendar add 05-01 Something federation:${t.fed}`)).toContain(
      "Only members of a circle",
    );
  });

  it("keeps stories and retells the founding story by default", async () => {
    expect(await t.h.fails("zed", "#x", `story tell federation:${t.fed}`)).toContain("no founding story yet");
    await member(
      `story add The barn text:"Six circles met in a barn in Saint-Imier." founding:yes federation:${t.fed}`,
    );
    await member(
      `story add The flood text:"When the river rose, three circles carried the seed bank." federation:${t.fed}`,
    );
    const told = await t.h.ok("zed", "#x", `story tell federation:${t.fed}`);
    expect(told).toContain("The founding story of");
    expect(told).toContain("Six circles met in a barn in Saint-Imier.");
    const list = await t.h.ok("zed", "#x", `story list ${t.fed}`);
    expect(list).toMatch(/The barn \(founding story\) · told once$/m);
    const flood = Number(list.match(/#(\d+) The flood/)?.[1]);
    expect(await t.h.ok("zed", "#x", `story tell ${flood} federation:${t.fed}`)).toContain(
      "three circles carried",
    );
    expect(
      await t.h.fails(
        "ana",
        `#kc${t.n}`,
        `story add A new beginning text:"We refounded." founding:yes federation:${t.fed}`,
      ),
    ).toContain("already has a founding story");
    const anew = Number(
      (await member(`story add A new beginning text:"We refounded." federation:${t.fed}`)).match(
        /#(\d+)/,
      )?.[1],
    );
    await delegate();
    const refound = proposalId(await member(`story founding ${anew} federation:${t.fed}`));
    await t.h.ok("bea", `#kc${t.n}`, `proposal agree ${refound}`);
    await t.tick(7 * DAY);
    expect(await t.h.ok("zed", "#x", `story tell federation:${t.fed}`)).toContain("We refounded.");
    expect(await t.h.fails("zed", "#x", `story add X text:y federation:${t.fed}`)).toContain(
      "Only members of a circle",
    );
    await member(
      `convergence schedule Assembly at:2026-02-01T10:00 remind:none story:yes federation:${t.fed}`,
    );
    const begun = (await t.tick(30 * DAY)).find((m) => m.key.endsWith(":start"));
    expect(begun?.text).toContain("The founding story, “A new beginning”:\nWe refounded.");
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { backends, type TestDatabase } from "../support/databases.js";
import { advance, DAY } from "../support/due.js";
import { harness } from "../support/harness.js";

describe.each(backends())("ritual calendar and stories on $name", (backend) => {
  let database: TestDatabase;
  let h: ReturnType<typeof harness>;
  let n = 0;
  let fed = "";

  beforeAll(async () => {
    database = await backend.open();
  });
  afterAll(() => database?.close());

  beforeEach(async () => {
    n += 1;
    fed = `Cal${n}`;
    h = harness(database.db);
    h.clock.current = new Date("2026-01-10T09:00:00Z");
    await h.ok("ana", `#k${n}`, `federation create ${fed} tz:Europe/Paris`);
    await h.ok("ana", `#kc${n}`, `circle create Kc ${n} tz:Europe/Paris`);
    await h.ok("ana", `#kc${n}`, `federation join ${fed}`);
  });
  const tick = async (ms: number) =>
    (await advance(database.db, h.clock, ms)).filter((m) => m.place === `shell:#k${n}`);
  const member = (text: string) => h.ok("ana", `#kc${n}`, text);

  it("GIVEN a new federation THEN its calendar is seeded, editable, and announced entries are told on the day, once a year", async () => {
    const list = await h.ok("zed", "#x", `calendar list ${fed}`);
    expect(list).toContain("18 March: The Paris Commune is proclaimed (18 March 1871) (announced)");
    expect(list).toContain("15 September: The St. Imier Congress");
    const id = (title: string) => {
      const line = list.split("\n").find((l) => l.includes(title));
      return Number(line?.match(/#(\d+)/)?.[1]);
    };
    expect(await member(`calendar announce ${id("May Day")} no`)).toContain("no longer be announced");
    expect(await member(`calendar remove ${id("Revolution in Spain")}`)).toContain("Removed");
    expect(
      await member(`calendar add 11-11 "The Haymarket martyrs are hanged (1887)" federation:${fed}`),
    ).toContain("11 November");
    expect(
      await member(`calendar add 02-29 "Leap day of the commons" announce:no federation:${fed}`),
    ).toContain("29 February");
    const sent = await tick(2 * 365 * DAY);
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
    expect(await tick(0)).toEqual([]);
  });

  it("refuses impossible days and strangers' edits", async () => {
    expect(await h.fails("ana", `#kc${n}`, `calendar add 02-30 Nothing federation:${fed}`)).toContain(
      "MM-DD",
    );
    expect(await h.fails("ana", `#kc${n}`, `calendar add 13-01 Nothing federation:${fed}`)).toContain(
      "MM-DD",
    );
    expect(await h.fails("zed", "#x", `calendar add 05-01 Something federation:${fed}`)).toContain(
      "Only members of a circle",
    );
  });

  it("keeps stories and retells the founding story by default", async () => {
    expect(await h.fails("zed", "#x", `story tell federation:${fed}`)).toContain("no founding story yet");
    await member(
      `story add The barn text:"Six circles met in a barn in Saint-Imier." founding:yes federation:${fed}`,
    );
    await member(
      `story add The flood text:"When the river rose, three circles carried the seed bank." federation:${fed}`,
    );
    const told = await h.ok("zed", "#x", `story tell federation:${fed}`);
    expect(told).toContain("The founding story of");
    expect(told).toContain("Six circles met in a barn in Saint-Imier.");
    const list = await h.ok("zed", "#x", `story list ${fed}`);
    expect(list).toMatch(/The barn \(founding story\) · told 1 times/);
    const flood = Number(list.match(/#(\d+) The flood/)?.[1]);
    expect(await h.ok("zed", "#x", `story tell ${flood} federation:${fed}`)).toContain(
      "three circles carried",
    );
    await member(`story add A new beginning text:"We refounded." founding:yes federation:${fed}`);
    expect(await h.ok("zed", "#x", `story tell federation:${fed}`)).toContain("We refounded.");
    expect(await h.fails("zed", "#x", `story add X text:y federation:${fed}`)).toContain(
      "Only members of a circle",
    );
    await member(`convergence schedule Assembly at:2026-02-01T10:00 remind:none story:yes federation:${fed}`);
    const begun = (await tick(30 * DAY)).find((m) => m.key.endsWith(":start"));
    expect(begun?.text).toContain("The founding story, “A new beginning”:\nWe refounded.");
  });
});

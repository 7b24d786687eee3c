import { beforeAll, describe, expect, it } from "vitest";
import { runJura, type ShellMessage, tempDir } from "../support/jura-process.js";

/**
 * Issue 16's scenario: a federation of three circles of six people lives six months on the
 * shell's virtual clock — four monthly rotations per circle, a monthly convergence with
 * reminders, commemorations, aid requests and reflections answered across circles, weekly
 * digests, a recall poll and a yes/no poll — and what Jura says is checked as people would
 * live it: how often each room hears from it, that no digest repeats itself, that rituals
 * reach the circles, that roles are shared fairly, and that nothing reads like an RRULE or a
 * field name.
 */
const CIRCLES = [
  { name: "Garden", place: "#garden", people: ["ana", "ben", "cleo", "dev", "eli", "fay"] },
  { name: "Bakery", place: "#bakery", people: ["gil", "hal", "ida", "jon", "kai", "lou"] },
  { name: "Mill", place: "#mill", people: ["max", "ned", "oli", "pia", "quin", "rosa"] },
] as const;
const ROLES = ["facilitator", "treasurer", "spokesperson", "custodian"] as const;
const WEEKS = 26;

function script(): string {
  const lines = ["as ana in #jura: federation create Jura tz:Europe/Zurich"];
  let proposal = 0;
  /** A member proposes, another agrees; the circle's window passes it. */
  const decided = (c: (typeof CIRCLES)[number], text: string, by = 0) => {
    lines.push(`as ${c.people[by]} in ${c.place}: ${text}`);
    proposal++;
    lines.push(`as ${c.people[by + 1]} in ${c.place}: proposal agree ${proposal}`);
    return proposal;
  };
  for (const c of CIRCLES) {
    lines.push(`as ${c.people[0]} in ${c.place}: circle create ${c.name} tz:Europe/Zurich open:yes`);
    for (const p of c.people.slice(1)) lines.push(`as ${p} in ${c.place}: circle join`);
  }
  for (const c of CIRCLES) decided(c, "federation join Jura");
  lines.push("advance 2d");
  // Four roles a circle decides on together, each handed over monthly.
  for (const c of CIRCLES) for (const role of ROLES) decided(c, `rotation create ${role} every:monthly`);
  const [garden, bakery, mill] = CIRCLES;
  decided(garden, "circle set recall_quorum:30% decide_by:consent", 2);
  // The delegate named accepts too.
  lines.push(
    `as ben in #garden: proposal agree ${decided(garden, "mandate grant @ben negotiate the lease until:3mo", 3)}`,
  );
  lines.push(
    'as ana in #garden: convergence schedule Monthly convergence every:"every month on saturday 10:00" federation:Jura',
  );
  lines.push("as gil in #bakery: calendar add 03-18 Founding of the Commune federation:Jura");
  lines.push(
    'as max in #mill: story add How we began text:"Three circles met in the old mill." federation:Jura',
  );
  lines.push("advance 2d");
  for (const c of CIRCLES) lines.push(`as ${c.people[2]} in ${c.place}: rotation list`);
  lines.push("as cleo in #garden: recall @ben closes:2h");
  for (const p of ["ana", "cleo", "dev"]) lines.push(`as ${p} in #garden: poll vote 1 no`);
  lines.push('as hal in #bakery: poll start Shall we host the next convergence? options:"oui|non" closes:2d');
  for (const p of ["gil", "ida", "jon", "kai"]) lines.push(`as ${p} in #bakery: poll vote 2 yes`);
  let request = 0;
  let reflection = 0;
  for (let week = 1; week <= WEEKS; week++) {
    const asking = CIRCLES[week % 3] ?? garden;
    const helping = CIRCLES[(week + 1) % 3] ?? bakery;
    if (week % 4 === 1) {
      request++;
      lines.push(
        `as ${asking.people[3]} in ${asking.place}: aid request tools for week ${week} amount:${week} unit:boxes by:20d`,
      );
      lines.push(
        `as ${helping.people[3]} in ${helping.place}: aid offer ${request} a box of tools amount:${week}`,
      );
    }
    if (week % 4 === 2) {
      reflection++;
      lines.push(
        `as ${asking.people[4]} in ${asking.place}: reflect share the week ${week} market went badly learned:"start earlier" needs:"advice|affirmation"`,
      );
    }
    if (week % 4 === 3)
      lines.push(
        `as ${helping.people[2]} in ${helping.place}: reflect advise ${reflection} start at dawn, with coffee`,
      );
    lines.push(`as ${asking.people[5]} in ${asking.place}: convergence rsvp 1 yes`);
    lines.push("advance 7d");
    for (const c of CIRCLES) lines.push(`as ${c.people[0]} in ${c.place}: rotation list`);
  }
  for (const text of [
    "convergence list Jura",
    "calendar list Jura",
    "story list Jura",
    "circle show Garden",
    "mandate list circle:Garden all:yes",
    "aid list Jura all:yes",
    "reflect list Jura",
    "circle history Garden",
    "circle history Garden kind:circle",
    "federation history Jura",
    "proposal show 16",
    "convergence show 1",
    "rotation list circle:Mill",
    "help rotation create",
  ])
    lines.push(`as rosa in ${mill.place}: ${text}`);
  lines.push(`as gil in ${bakery.place}: rotation show custodian`);
  return `${lines.join("\n")}\n`;
}

describe("six months of a federation of three circles, in the shell", () => {
  let messages: ShellMessage[] = [];
  let notices: ShellMessage[] = [];

  beforeAll(async () => {
    const result = await runJura(["shell", "--json", "--clock", "2027-01-04T08:00:00Z"], script(), {
      JURA_DATA_DIR: await tempDir(),
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    messages = result.messages();
    notices = messages.filter((m) => m.kind === "notice");
  }, 120_000);

  it("GIVEN the scripted six months THEN every command is understood", () => {
    expect(messages.filter((m) => m.kind === "error").map((m) => m.text)).toEqual([]);
  });

  it("GIVEN six months THEN each room hears from Jura a bounded number of times", () => {
    const per = new Map<string, ShellMessage[]>();
    for (const n of notices) per.set(n.place, [...(per.get(n.place) ?? []), n]);
    for (const c of CIRCLES) {
      const here = per.get(`shell:${c.place}`) ?? [];
      const count = (start: RegExp) => here.filter((m) => start.test(m.text)).length;
      // A month: four roles handed over (a heads-up and a handoff each), at most three
      // reminders for each handover with books, the convergence's three reminders and its
      // start, a digest when something changed, the circle's own decisions: under six a week.
      expect(here.length, `${c.name}: ${here.length}`).toBeLessThanOrEqual(6 * WEEKS);
      const handoffs = count(/^@\w+ is now \w+ of /);
      expect(handoffs).toBeGreaterThanOrEqual(ROLES.length * 5);
      expect(count(/^Heads-up /)).toBeLessThanOrEqual(handoffs + ROLES.length);
      expect(count(/^Reminder: the \w+ handover/)).toBeLessThanOrEqual((3 * handoffs) / 2);
      expect(count(/^Mutual aid in /)).toBeLessThanOrEqual(WEEKS);
    }
    expect(per.get("shell:#jura")?.length ?? 0).toBeLessThanOrEqual(3 * WEEKS);
  });

  it("GIVEN weekly digests THEN no place gets the same digest twice in a row", () => {
    const last = new Map<string, string>();
    const digests = notices.filter((m) => m.text.startsWith("Mutual aid in “Jura”"));
    expect(digests.length).toBeGreaterThan(0);
    for (const d of digests) {
      const body = d.text.split("\n").slice(1).join("\n");
      expect(body, `${d.place} repeated:\n${body}`).not.toBe(last.get(d.place));
      last.set(d.place, body);
    }
    // A reflection answered with advice is no longer "awaiting answers".
    const final = [...last.values()].join("\n");
    expect(final).not.toContain("Reflection #1 ");
  });

  it("GIVEN a monthly convergence THEN every circle's room gets its reminders and starts", () => {
    for (const place of ["#jura", ...CIRCLES.map((c) => c.place)]) {
      const here = notices.filter((m) => m.place === `shell:${place}`);
      expect(
        here.filter((m) => m.text.startsWith("Reminder: “Monthly convergence”")).length,
        place,
      ).toBeGreaterThanOrEqual(15);
      expect(
        here.filter((m) => m.text.startsWith("“Monthly convergence” (convergence #1) begins now")).length,
        place,
      ).toBeGreaterThanOrEqual(5);
      expect(
        here.some((m) => m.text.startsWith("On this day, 18 March: Founding of the Commune")),
        place,
      ).toBe(true);
    }
  });

  it("GIVEN four roles per circle THEN nobody holds two at once while others are free, nobody opens them all, and all take turns", () => {
    for (const c of CIRCLES) {
      const lists = messages.filter(
        (m) => m.kind === "reply" && m.text.startsWith(`Rotations of “${c.name}”:`),
      );
      expect(lists.length).toBeGreaterThanOrEqual(WEEKS);
      for (const list of lists) {
        const holders = [...list.text.matchAll(/^- \w+: (@\w+) /gm)].map((m) => m[1]);
        expect(holders, list.text).toHaveLength(ROLES.length);
        expect(new Set(holders).size, list.text).toBe(ROLES.length);
      }
      // Month by month, every member takes a turn: nobody waits while others pass every role around.
      const months = [
        ...new Set(lists.map((l) => [...l.text.matchAll(/^- \w+: (@\w+) /gm)].map((m) => m[1]).join(" "))),
      ];
      const held = new Map<string, number>();
      for (const month of months) for (const who of month.split(" ")) held.set(who, (held.get(who) ?? 0) + 1);
      expect(held.size, `${c.name}: ${months.join(" / ")}`).toBe(c.people.length);
      expect(Math.max(...held.values()) - Math.min(...held.values()), months.join(" / ")).toBeLessThanOrEqual(
        1,
      );
      const openers = messages
        .filter((m) => m.place === `shell:${c.place}` && /^Rotation “\w+” of “\w+” set up/m.test(m.text))
        .map((m) => m.text.match(/: (@\w+) holds it from now \(term 1\)/)?.[1]);
      expect(openers, c.name).toHaveLength(ROLES.length);
      expect(new Set(openers).size, `${c.name}: ${openers.join(", ")}`).toBe(ROLES.length);
    }
  });

  it("GIVEN yes and no typed in a recall and in a French yes/no poll THEN they count", () => {
    expect(messages.filter((m) => m.text.startsWith("Your vote “Keep” in poll #1"))).toHaveLength(3);
    expect(messages.filter((m) => m.text.startsWith("Your vote “oui” in poll #2"))).toHaveLength(4);
  });

  it("GIVEN the ritual calendar THEN it lists its days in the order of the year", () => {
    const list = messages.find((m) => m.text.startsWith("Ritual calendar of “Jura”:"))?.text ?? "";
    const months = [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ];
    const days = [...list.matchAll(/^- #\d+ (\d+) (\w+):/gm)].map(
      (m) => months.indexOf(m[2] ?? "") * 100 + Number(m[1]),
    );
    expect(days.length).toBeGreaterThanOrEqual(5);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  it("GIVEN everything Jura said THEN no raw RRULE and no internal field name shows", () => {
    const raw = messages.filter((m) => /FREQ=|BYDAY|BYHOUR|RRULE/.test(m.text));
    expect(raw.map((m) => m.text)).toEqual([]);
    const camel = messages.flatMap((m) => [...m.text.matchAll(/\b[a-z]+[A-Z][a-zA-Z]*\b/g)].map((x) => x[0]));
    expect([...new Set(camel)]).toEqual([]);
  });
});

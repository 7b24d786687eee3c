import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { backends, type TestDatabase } from "../support/databases.js";
import { advance, DAY } from "../support/due.js";
import { harness } from "../support/harness.js";

const PEOPLE = ["ana", "ben", "cleo", "dev", "eli", "fay"];

describe.each(backends())("rotations on $name", (backend) => {
  let database: TestDatabase;
  let h: ReturnType<typeof harness>;
  let circle = 0;

  beforeAll(async () => {
    database = await backend.open();
  });
  afterAll(() => database?.close());

  /** A fresh circle of six in its own place, two days before a Wednesday morning (a decision's window). */
  beforeEach(async () => {
    circle += 1;
    h = harness(database.db);
    h.clock.current = new Date("2026-03-02T09:00:00Z");
    await h.ok("ana", `#c${circle}`, `circle create Circle ${circle} tz:Europe/Paris open:yes`);
    for (const p of PEOPLE.slice(1)) await h.ok(p, `#c${circle}`, "circle join");
  });
  const here = () => `#c${circle}`;
  const run = (who: string, text: string) => h.ok(who, here(), text);
  /** The circle decides: `who` proposes, fay agrees, and two days later it is done (on Wednesday 09:00). */
  const decide = (who: string, text: string) => h.passes(who, here(), text, [who === "fay" ? "eli" : "fay"]);
  /** What the circle's home was last told. */
  const lastNotice = async () =>
    (
      await database.db
        .selectFrom("outbox")
        .select("text")
        .where("place", "=", `shell:${here()}`)
        .orderBy("id", "desc")
        .executeTakeFirstOrThrow()
    ).text;
  /** Earlier tests' circles keep rotating; each test watches its own circle's announcements. */
  const tick = async (ms: number) =>
    (await advance(database.db, h.clock, ms)).filter((m) => m.place === `shell:${here()}`);

  it("GIVEN a fortnightly rotation WHEN 12 weeks pass THEN its first holder holds it at once, and 6 heads-ups and 6 handoffs name everyone once, in order", async () => {
    const id = await decide("ana", 'rotation create spokesperson every:"every 2 weeks on monday 18:00"');
    const set = await database.db
      .selectFrom("outbox")
      .select("text")
      .where("key", "like", `proposal:${id}:closed:%`)
      .executeTakeFirstOrThrow();
    expect(set.text).toContain("@ana holds it from now (term 1)");
    const sent = await tick(12 * 7 * DAY);
    const headsUps = sent.filter((m) => m.key.includes(":heads-up:"));
    const handoffs = sent.filter((m) => m.key.includes(":handoff"));
    const after = [...PEOPLE.slice(1), "ana"];
    expect(headsUps).toHaveLength(6);
    expect(handoffs).toHaveLength(6);
    expect(headsUps.map((m) => m.text.match(/Heads-up @(\w+)/)?.[1])).toEqual(after);
    expect(handoffs.map((m) => m.text.match(/^@(\w+) is now spokesperson/)?.[1])).toEqual(after);
    expect(handoffs[0]?.text).toContain("taking over from @ana");
    expect(handoffs[0]?.text).toContain("2026-03-30 18:00 (Europe/Paris)");
    expect(sent.every((m) => m.place === `shell:${here()}`)).toBe(true);
    const again = await tick(0);
    expect(again).toEqual([]);
  });

  it("keeps 18:00 local time across the DST change", async () => {
    await decide("ana", 'rotation create treasurer every:"weekly on monday 18:00" lead:1d');
    const sent = await tick(4 * 7 * DAY);
    const dates = sent
      .filter((m) => m.key.includes(":handoff"))
      .map((m) => m.text.match(/Next: @\w+ on ([\d-]+ [\d:]+)/)?.[1]);
    expect(dates).toEqual(["2026-03-16 18:00", "2026-03-23 18:00", "2026-03-30 18:00", "2026-04-06 18:00"]);
  });

  it("GIVEN an agreed swap THEN the two trade terms, and an edit of the cadence keeps the swap", async () => {
    await decide("ana", "rotation create note-taker every:weekly");
    const asked = await run("ben", "rotation swap note-taker @dev");
    expect(asked).toMatch(/^Proposal #\d+ is open: \/rotation swap note-taker @dev/);
    expect(await lastNotice()).toContain("@dev, @ben asks for your agreement");
    expect(await run("eli", "rotation show note-taker count:2")).toContain("term 2: @ben");
    await run("dev", `proposal agree ${asked.match(/Proposal #(\d+)/)?.[1]}`);
    expect(await lastNotice()).toMatch(
      /Swapped, as agreed by @dev \(proposal #\d+\): @dev takes term 2 .* @ben takes term 4/,
    );
    const edited = await decide("ana", 'rotation edit note-taker every:"every 10 days"');
    const outcome = await database.db
      .selectFrom("outbox")
      .select("text")
      .where("key", "like", `proposal:${edited}:closed:%`)
      .executeTakeFirstOrThrow();
    expect(outcome.text).toContain("Agreed swaps kept for terms 2, 4");
    const show = await run("eli", "rotation show note-taker count:6");
    // Term 1 began while the edit was being decided; the swapped terms 2 and 4 are kept.
    expect(show.match(/term \d: @\w+/g)).toEqual([
      "term 2: @dev",
      "term 3: @cleo",
      "term 4: @ben",
      "term 5: @eli",
      "term 6: @fay",
      "term 7: @ana",
    ]);
  });

  it("GIVEN someone skips or is away THEN the term passes to the next in line and they serve later", async () => {
    await decide("ana", "rotation create facilitator every:weekly lead:1d");
    // ana holds term 1 now; ben would have term 2.
    expect(await run("ben", "rotation skip facilitator")).toContain("@cleo takes it");
    await run("dev", "rotation away until:22d");
    const show = await run("ana", "rotation show facilitator count:6");
    expect(show.match(/term \d: @\w+/g)).toEqual([
      "term 2: @cleo",
      "term 3: @ben",
      "term 4: @eli",
      "term 5: @dev",
      "term 6: @fay",
      "term 7: @ana",
    ]);
  });

  it("GIVEN a circle with two rotations THEN nobody holds two of its roles at once while others are free", async () => {
    await decide("ana", "rotation create cook every:weekly");
    await decide("ana", "rotation create treasurer every:monthly");
    await decide("ana", "rotation create custodian every:monthly");
    const holders = async () => {
      const rows = await database.db
        .selectFrom("rotationTerm")
        .innerJoin("rotation", "rotation.id", "rotationTerm.rotationId")
        .select(["rotation.role", "rotationTerm.holder", "rotationTerm.term"])
        .where("rotation.circleId", "=", circle)
        .where("rotationTerm.announcedAt", "is not", null)
        .orderBy("rotationTerm.term", "desc")
        .execute();
      const current = new Map<string, string>();
      for (const r of rows) if (!current.has(r.role)) current.set(r.role, r.holder);
      return [...current.values()];
    };
    // The three roles went to three different people, not all to the founder.
    expect(new Set(await holders()).size).toBe(3);
    for (let week = 0; week < 10; week++) {
      await tick(7 * DAY);
      const now = await holders();
      expect(new Set(now).size, `week ${week}: ${now.join(", ")}`).toBe(now.length);
    }
  });

  it("GIVEN four roles with the same monthly handoff THEN each opens with a different member", async () => {
    const roles = ["facilitator", "treasurer", "spokesperson", "custodian"];
    for (const role of roles) await decide("ana", `rotation create ${role} every:monthly`);
    const firsts = await database.db
      .selectFrom("rotationTerm")
      .innerJoin("rotation", "rotation.id", "rotationTerm.rotationId")
      .select(["rotation.role", "rotationTerm.holder"])
      .where("rotation.circleId", "=", circle)
      .where("rotation.role", "in", roles)
      .where("rotationTerm.term", "=", 1)
      .execute();
    expect(firsts).toHaveLength(4);
    expect(new Set(firsts.map((f) => f.holder)).size, JSON.stringify(firsts)).toBe(4);
  });

  it("GIVEN a heads-up already sent WHEN the holder then skips THEN the new holder gets a heads-up too", async () => {
    await decide("ana", "rotation create host every:weekly lead:2d");
    const first = await tick(12 * DAY);
    expect(first.map((m) => m.text.match(/Heads-up @(\w+)/)?.[1]).filter(Boolean)).toEqual(["ben", "cleo"]);
    await run("cleo", "rotation skip host");
    const later = await tick(DAY);
    expect(later.map((m) => m.text.match(/^(Heads-up @\w+|@\w+ is now)/)?.[1])).toEqual(["Heads-up @dev"]);
  });

  it("GIVEN a custodian handover THEN both confirm the checklist, and until then it is re-announced", async () => {
    await decide(
      "ana",
      'rotation create custodian every:"every 2 weeks" checklist:"credentials rotated|accounts transferred"',
    );
    const firstHandoff = (await tick(14 * DAY)).filter((m) => m.key.includes(":handoff"));
    expect(firstHandoff[0]?.text).toContain(
      "Handover checklist: 1) credentials rotated 2) accounts transferred",
    );
    // Reminded a day after the handoff, then two days later: not every day.
    const reminders = (await tick(3 * DAY + 3_600_000)).filter((m) => m.key.includes(":reminder:"));
    expect(reminders).toHaveLength(2);
    // ana held it from the start; ben takes over from her: both confirm, nobody else can.
    expect(firstHandoff[0]?.text).toContain("@ben is now custodian");
    expect(await h.fails("cleo", here(), "rotation confirm custodian")).toContain(
      "Only the incoming or outgoing holder",
    );
    expect(await run("ana", "rotation confirm custodian")).toContain("when the other side confirms too");
    expect(await run("ben", "rotation confirm custodian")).toMatch(
      /custodian handover of “Circle \d+” \(term 2\) is complete/,
    );
    expect((await tick(3 * DAY)).filter((m) => m.key.includes(":reminder:"))).toEqual([]);
    const second = await tick(10 * DAY);
    expect(second.find((m) => m.key.includes(":handoff"))?.text).toContain("@cleo is now custodian");
    expect(await run("cleo", "rotation confirm custodian")).toContain("when the other side confirms too");
    expect(await run("ben", "rotation confirm custodian")).toContain("is complete");
  });

  it("refuses bad cadences, duplicates and strangers with clear messages", async () => {
    expect(await h.fails("ana", here(), "rotation create x every:sometimes")).toContain(
      "not a cadence I understand",
    );
    expect(await h.fails("ana", here(), "rotation create x every:FREQ=HOURLY")).toContain("at most daily");
    expect(
      await h.fails("ana", here(), 'rotation create x every:"RRULE:FREQ=DAILY;COUNT=1" from:2020-01-01'),
    ).toContain("never falls after");
    await decide("ana", "rotation create treasurer every:monthly");
    expect(await h.fails("ben", here(), "rotation create Treasurer every:weekly")).toContain(
      "already has a rotation",
    );
    expect(await h.fails("zed", here(), "rotation create cook every:weekly")).toContain("Only members");
    expect(await h.fails("ana", here(), "rotation show cook")).toContain("Rotations there: treasurer");
  });
});

describe.each(backends())("federation roles and the spotlight on $name", (backend) => {
  let database: TestDatabase;
  let h: ReturnType<typeof harness>;
  beforeAll(async () => {
    database = await backend.open();
    h = harness(database.db);
    h.clock.current = new Date("2026-03-04T09:00:00Z");
    await h.ok("ana", "#jura", "federation create Jura tz:Europe/Zurich");
    const circles: Array<[string, string[]]> = [
      ["Big", ["b1", "b2", "b3", "b4", "b5", "b6"]],
      ["Small", ["s1", "s2"]],
      ["Mid", ["m1", "m2", "m3", "m4"]],
    ];
    for (const [name, people] of circles) {
      await h.ok(people[0] as string, `#${name}`, `circle create ${name} open:yes`);
      for (const p of people.slice(1)) await h.ok(p, `#${name}`, "circle join");
      await h.passes(people[0] as string, `#${name}`, "federation join Jura", [people[1] as string]);
    }
  });
  afterAll(() => database?.close());

  it("GIVEN a monthly spotlight THEN it goes to the circle that had it least recently, smallest first, announced federation-wide", async () => {
    expect(await h.ok("b1", "#Big", "rotation create spotlight every:monthly federation:Jura")).toContain(
      "“Small” holds it from now",
    );
    const sent = await advance(database.db, h.clock, 95 * DAY);
    const handoffs = sent.filter((m) => m.key.includes(":handoff:") && m.place === "shell:#jura");
    expect(handoffs.map((m) => m.text.match(/turns to “(\w+)”/)?.[1])).toEqual(["Mid", "Big", "Small"]);
    const places = new Set(
      sent
        .filter((m) => m.key.startsWith("rotation:") && m.key.includes(":term:2:handoff:"))
        .map((m) => m.place),
    );
    expect(places).toEqual(new Set(["shell:#jura", "shell:#Big", "shell:#Small", "shell:#Mid"]));
  });

  it("GIVEN a federation role THEN the holding circle is told to name its person, and only its members can", async () => {
    await h.ok("m1", "#Mid", 'rotation create facilitator every:"every 2 weeks" federation:Jura');
    // “Big” holds it from now, and is told at once to name its person.
    const told = await database.db
      .selectFrom("outbox")
      .select("text")
      .where("place", "=", "shell:#Big")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(told.text).toContain(
      'Name your person with: /rotation name facilitator @person federation:"Jura"',
    );
    expect(await h.fails("s1", "#Small", "rotation name facilitator @s2 federation:Jura")).toContain(
      "does not hold",
    );
    await h.passes("b2", "#Big", "rotation name facilitator @b3 federation:Jura", ["b3"]);
    const named = await database.db
      .selectFrom("outbox")
      .select("text")
      .where("place", "=", "shell:#jura")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(named.text).toMatch(
      /“Big” names @b3 as facilitator of “Jura” for term 1, as decided by “Big” \(proposal #\d+: 2 agree/,
    );
    expect(await h.ok("x", "#x", "rotation show facilitator federation:Jura")).toContain("(person: @b3)");
    const sent = await advance(database.db, h.clock, 15 * DAY);
    expect(sent.find((m) => m.key.includes(":heads-up:"))?.place).toBe("shell:#Mid");
  });

  it("answers who speaks for a domain, by name or by rotation", async () => {
    await h.passes("s1", "#Small", "spokesperson name press @s2", ["s2"]);
    await h.passes("b1", "#Big", "spokesperson name legal @b4", ["b4"]);
    expect(await h.ok("x", "#x", "spokesperson who press federation:Jura")).toBe(
      "Spokespersons on press:\n“Small”: @s2",
    );
    expect(await h.fails("x", "#Mid", "spokesperson who press")).toContain(
      "Nobody speaks for “Mid” on “press” yet",
    );
    expect(await h.fails("b1", "#Big", "spokesperson name press @s1")).toContain("not a member of “Big”");
  });
});

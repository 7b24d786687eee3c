import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasSentence } from "../../src/core/history.js";
import { backends, type TestDatabase } from "../support/databases.js";
import { DAY } from "../support/due.js";
import { harness } from "../support/harness.js";

/**
 * `circle history` and `federation history`: the audit log read back in sentences, filtered,
 * paged within a chat message, open to the federation's members, and silent about who cast a
 * secret ballot.
 */
describe.each(backends())("history on $name", (backend) => {
  let database: TestDatabase;
  let h: ReturnType<typeof harness>;
  let secretPoll: number;

  beforeAll(async () => {
    database = await backend.open();
    h = harness(database.db);
    h.clock.current = new Date("2026-03-02T09:00:00Z");
    await h.ok("alice", "#jura", "federation create Jura tz:Europe/Paris");
    await h.ok("alice", "#garden", "circle create Green Valley tz:Europe/Paris open:yes");
    for (const p of ["bob", "carol"]) await h.ok(p, "#garden", "circle join");
    await h.ok("erin", "#bakery", "circle create Bakery open:yes");
    await h.ok("frank", "#bakery", "circle join");
    await h.passes("alice", "#garden", "federation join Jura", ["bob"]);
    await h.passes("erin", "#bakery", "federation join Jura", ["frank"]);
    await h.passes("alice", "#garden", "mandate grant @bob speak for us until:90d", ["bob", "carol"]);
    secretPoll = Number(
      /#(\d+)/.exec(await h.ok("alice", "#garden", "poll start Buy a van? secret:yes quorum:10%"))?.[1],
    );
    await h.ok("carol", "@carol", `poll vote ${secretPoll} yes`);
    await h.ok("alice", "#garden", `poll close ${secretPoll}`);
    await h.ok("bob", "#garden", "mandate renounce 1");
    for (let i = 0; i < 40; i++) await h.ok("carol", "#garden", `rotation away until:${i + 1}d`);
    await h.advance(DAY);
  });
  afterAll(() => database?.close());

  it("GIVEN a circle's record THEN its history tells it in sentences, newest first, with the decision behind each act", async () => {
    const text = await h.ok("carol", "#garden", 'circle history "Green Valley" kind:mandate');
    const lines = text.split("\n");
    expect(lines[0]).toBe("History of “Green Valley” (kind:mandate), newest first, times in Europe/Paris:");
    expect(lines[1]).toMatch(/^2026-03-0\d \d\d:\d\d · @bob gave back mandate #1 of “Green Valley”\.$/);
    expect(lines[2]).toMatch(
      /“Green Valley” gave @bob mandate #1: speak for us\. \(decided by proposal #\d+\)$/,
    );
    expect(lines.at(-1)).toBe("That is where the record begins.");
  });

  it("GIVEN a secret ballot THEN history says a ballot was cast, never by whom, and a person filter does not find it", async () => {
    const polls = await h.ok("alice", "#garden", 'circle history "Green Valley" kind:poll');
    expect(polls).toContain(`A ballot was cast in secret poll #${secretPoll}.`);
    expect(polls).not.toMatch(/@carol voted/);
    expect(polls).toMatch(new RegExp(`Poll #${secretPoll} closed: 1 · 0; 1 of 3 voted; option 1 carried it`));
    const carol = await h.ok("alice", "#garden", 'circle history "Green Valley" kind:poll person:@carol');
    expect(carol).toContain("Nothing in the history");
  });

  it("GIVEN more entries than a message holds THEN pages stay under 1,800 characters and before: walks back without gaps or repeats", async () => {
    const seen: string[] = [];
    let command = 'circle history "Green Valley" person:@carol';
    for (let page = 0; page < 10; page++) {
      const text = await h.ok("alice", "#garden", command);
      expect(text.length).toBeLessThanOrEqual(1800);
      const lines = text.split("\n");
      seen.push(...lines.filter((l) => l.includes(" · ")));
      const more = /^Older: \/(.+)$/.exec(lines.at(-1) ?? "");
      if (!more?.[1]) break;
      command = more[1];
    }
    const aways = seen.filter((l) => l.includes("@carol is away"));
    expect(aways).toHaveLength(40);
    expect(new Set(aways).size).toBe(40);
    // Newest first: the last absence set (the longest) comes first.
    const ends = aways.map((l) => / to (\d{4}-\d{2}-\d{2})\.$/.exec(l)?.[1] ?? "");
    expect(ends).toEqual([...ends].sort().reverse());
    expect(new Set(ends).size).toBe(40);
    expect(seen.at(-1)).toContain("@carol joined “Green Valley”");
  });

  it("filters by date, and refuses a bad date or kind with the usage", async () => {
    expect(await h.ok("alice", "#garden", 'circle history "Green Valley" until:2026-03-01')).toContain(
      "Nothing in the history",
    );
    expect(await h.fails("alice", "#garden", 'circle history "Green Valley" from:yesterday')).toContain(
      "from:",
    );
    expect(await h.fails("alice", "#garden", 'circle history "Green Valley" kind:"x y"')).toContain("kind:");
  });

  it("GIVEN a federation THEN its history has its own acts and its circles', for its members only", async () => {
    const text = await h.ok("erin", "#bakery", "federation history Jura");
    expect(text).toContain("History of “Jura”");
    const all: string[] = [];
    let command = "federation history Jura";
    for (let page = 0; page < 20; page++) {
      const next = await h.ok("erin", "#bakery", command);
      all.push(...next.split("\n"));
      const more = /^Older: \/(.+)$/.exec(next.split("\n").at(-1) ?? "");
      if (!more?.[1]) break;
      command = more[1];
    }
    expect(all.join("\n")).toContain("@alice founded the federation “Jura”.");
    expect(all.join("\n")).toContain("“Green Valley” joined the federation “Jura”.");
    // Bakery's member reads Green Valley's history, as a member of the same federation.
    expect(await h.ok("erin", "#bakery", 'circle history "Green Valley" kind:mandate')).toContain(
      "mandate #1",
    );
    expect(await h.fails("zed", "#x", "federation history Jura")).toContain(
      "Only members of a circle in “Jura”",
    );
    expect(await h.fails("zed", "#x", 'circle history "Green Valley"')).toContain(
      "Only members of a circle in",
    );
  });

  it("GIVEN closed polls and proposals and ended mandates THEN lists say the outcome, why and by which decision", async () => {
    expect(await h.ok("bob", "#garden", "poll list Green Valley all:yes")).toContain(
      `#${secretPoll} “Green Valley”: Buy a van? (closed: yes 1 · no 0; carried: yes)`,
    );
    expect(await h.ok("bob", "#garden", "proposal list Green Valley all:yes")).toMatch(
      /: \/mandate grant @bob “speak for us” until:90d \(passed \(3 agree, 0 abstain, 0 objections, 0 blocks, 0 silent\)\)/,
    );
    const carol = await h.passes("alice", "#garden", "mandate grant @carol buy seeds until:30d", ["carol"]);
    const alice = await h.passes("alice", "#garden", "mandate grant @alice hold the keys until:5d", ["bob"]);
    expect(carol).toBeGreaterThan(0);
    expect(alice).toBeGreaterThan(0);
    const recall = Number(/#(\d+)/.exec(await h.ok("bob", "#garden", "recall @carol"))?.[1]);
    for (const p of ["alice", "bob"]) await h.ok(p, "#garden", `poll vote ${recall} recall`);
    await h.advance(8 * DAY);
    const list = await h.ok("bob", "#garden", "mandate list Green Valley all:yes");
    expect(list).toMatch(/#1 @bob for “Green Valley”: speak for us \(renounced by the delegate 2026-/);
    expect(list).toMatch(
      new RegExp(`@carol for “Green Valley”: buy seeds \\(recalled 2026-[^)]+\\) by poll #${recall}\\)`),
    );
    expect(list).toMatch(/@alice for “Green Valley”: hold the keys \(expired 2026-/);
  });

  it("GIVEN everything this scenario wrote THEN every action in the log has a sentence", async () => {
    const actions = await database.db.selectFrom("auditLog").select("action").distinct().execute();
    expect(actions.length).toBeGreaterThan(8);
    expect(actions.filter((a) => !hasSentence(a.action))).toEqual([]);
  });
});

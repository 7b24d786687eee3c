import { describe, expect, it } from "vitest";
import { runJura, type ShellMessage, tempDir } from "../support/jura-process.js";

/**
 * The five ways one person could seize what belongs to a circle, each played as a shell script
 * by an attacker against a federation of two circles. Each must fail for the attacker, with a
 * clear message, and leave the circle as it was.
 */
const WORLD = `
as alice in #jura: federation create Jura tz:Europe/Paris
as alice in #garden: circle create Green Valley tz:Europe/Paris open:yes
as bob in #garden: circle join
as carol in #garden: circle join
as dan in #garden: circle join
as erin in #bakery: circle create Bakery tz:Europe/Paris open:yes
as frank in #bakery: circle join
as alice in #garden: federation join Jura
as erin in #bakery: federation join Jura
as alice in #garden: mandate grant @bob speak for us in the federation until:90d
as bob in #garden: proposal agree 1
as frank in #bakery: proposal agree 2
as bob in #garden: proposal agree 3
advance 2d
as zoe in #marker: help
`;

async function play(attack: string) {
  const result = await runJura(["shell", "--json", "--clock", "2026-03-02T09:00:00Z"], `${WORLD}${attack}`, {
    JURA_DATA_DIR: await tempDir(),
  });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  const messages = result.messages();
  const marker = messages.findIndex((m) => m.place === "shell:#marker");
  // Every line of the world itself went through.
  expect(messages.slice(0, marker).filter((m) => m.kind === "error")).toEqual([]);
  const mine = messages.slice(marker + 1);
  expect(mine.some((m) => /Sorry, something went wrong/.test(m.text))).toBe(false);
  return {
    all: mine,
    /** The answer to the n-th command of the attack (0-based), skipping notices. */
    answer: (n: number): ShellMessage => {
      const answers = mine.filter((m) => m.kind !== "notice");
      const found = answers[n];
      if (!found) throw new Error(`no answer #${n} in ${JSON.stringify(answers)}`);
      return found;
    },
    notices: (place: string) =>
      mine.filter((m) => m.kind === "notice" && m.place === place).map((m) => m.text),
    last: () => mine.filter((m) => m.kind !== "notice").at(-1)?.text ?? "",
  };
}

describe("a hostile member cannot seize what belongs to the circle", () => {
  it("GIVEN a member who mandates herself, and a delegate who renews himself THEN neither takes effect without the circle", async () => {
    const r = await play(`
as carol in #garden: mandate grant @carol speak for us until:365d
as carol in #garden: mandate grant @carol speak for us until:90d
as bob in #garden: mandate renew 1 until:180d
advance 3d
as zoe in #x: mandate list federation:Jura
`);
    expect(r.answer(0)).toMatchObject({ kind: "error" });
    expect(r.answer(0).text).toContain("a mandate of “Jura” lasts at most 183 days");
    expect(r.answer(1).text).toMatch(/^Proposal #4 is open: \/mandate grant @carol/);
    expect(r.answer(2).text).toMatch(/^Proposal #5 is open: \/mandate renew 1 180d/);
    expect(r.notices("shell:#garden")).toContainEqual(
      expect.stringMatching(/^Proposal #4 of “Green Valley”, by @carol: \/mandate grant @carol/),
    );
    const lapsed = r.notices("shell:#garden").filter((t) => t.includes("lapsed"));
    expect(lapsed).toEqual([
      expect.stringContaining("Proposal #4 of “Green Valley” lapsed: nobody besides the proposer agreed"),
      expect.stringContaining("Proposal #5 of “Green Valley” lapsed: nobody besides the proposer agreed"),
    ]);
    expect(r.notices("shell:#jura").some((t) => t.includes("New delegate"))).toBe(false);
    const list = r.last();
    expect(list).toContain("#1 @bob for “Green Valley”: speak for us in the federation (until 2026-06-02");
    expect(list).not.toContain("@carol");
  });

  it("GIVEN a delegate who makes recall impossible and pre-empts it THEN each move is refused, and the circle recalls him", async () => {
    const r = await play(`
as bob in #garden: circle set recall_threshold:100%
as bob in #garden: circle set recall_quorum:90%
as bob in #garden: recall @bob closes:32d
as carol in #garden: recall @bob closes:32d
as carol in #garden: recall @bob
as alice in #garden: poll vote 1 recall
as carol in #garden: poll vote 1 recall
as dan in #garden: poll vote 1 recall
as bob in #garden: poll vote 1 keep
advance 3d
as zoe in #x: mandate list federation:Jura all:yes
`);
    expect(r.answer(0).text).toContain("recall rules can make recall easier, never harder");
    expect(r.answer(1).text).toContain("recall rules can make recall easier, never harder");
    expect(r.answer(2).text).toContain("You cannot start a recall of your own mandate");
    expect(r.answer(3).text).toContain("a recall poll closes within 7 days");
    expect(r.answer(4).text).toContain("it passes if at least 50 % of the circle votes and more than 50 %");
    expect(r.notices("shell:#jura")).toContainEqual(
      expect.stringContaining(
        "“Green Valley” recalled @bob: mandate #1 (speak for us in the federation) ends now",
      ),
    );
    expect(r.last()).toMatch(
      /#1 @bob for “Green Valley”: speak for us in the federation \(recalled .* by poll #\d+\)/,
    );
  });

  it("GIVEN a stranger who joins an open circle and tries to take it over THEN nothing changes and the circle removes him", async () => {
    const r = await play(`
as mallory in #lair: circle join Green Valley
as mallory in #lair: circle set open:no place:#lair recall_threshold:100% circle:"Green Valley"
as mallory in #lair: circle set open:no place:#lair circle:"Green Valley"
as mallory in #lair: mandate grant @mallory speak for us circle:"Green Valley"
as mallory in #lair: federation leave Jura circle:"Green Valley"
as alice in #garden: proposal object 4 this is a takeover
as alice in #garden: circle remove @mallory reason:"tried to take our circle"
as bob in #garden: proposal agree 7
as mallory in #lair: proposal block 7 you cannot
advance 3d
as zoe in #x: circle show Green Valley
as zoe in #x: proposal list Green Valley all:yes
`);
    expect(r.answer(0).text).toContain("Welcome to “Green Valley”");
    expect(r.answer(1).text).toContain("recall rules can make recall easier, never harder");
    // Proposed from elsewhere: the circle hears of each proposal in its own room.
    for (const n of [2, 3, 4])
      expect(r.answer(n).text).toMatch(/^Proposal #\d+ of “Green Valley”, by @mallory/);
    expect(
      r.notices("shell:#garden").filter((t) => /^Proposal #\d+ of “Green Valley”, by @mallory/.test(t)),
    ).toHaveLength(3);
    expect(r.answer(8).text).toContain("You have no voice in proposal #7");
    expect(r.notices("shell:#garden")).toContainEqual(
      expect.stringContaining(
        "@mallory is no longer a member of “Green Valley”, as decided by “Green Valley”",
      ),
    );
    const show = r.answer(9).text;
    expect(show).toContain("Home: shell:#garden");
    expect(show).toContain("open to join");
    expect(show).toContain("Federation: Jura");
    expect(show).toContain("Members (4): @alice, @bob, @carol, @dan");
    expect(show).not.toContain("mallory");
    const proposals = r.last();
    // Nothing mallory proposed took effect: it lapsed unsupported, or was withdrawn when he was removed.
    for (const id of [4, 5, 6])
      expect(proposals).toMatch(
        new RegExp(`#${id} “Green Valley”: .*\\((withdrawn|lapsed \\(1 agree[^)]*\\))\\)`),
      );
    expect(proposals).toMatch(/#7 “Green Valley”: \/circle remove @mallory \(passed \(2 agree/);
  });

  it("GIVEN a secret ballot THEN nobody can learn who voted what from counts, replies or the result", async () => {
    const r = await play(`
as alice in #garden: poll start Spend the reserve on a van? secret:yes closes:2d
as zoe in #x: poll show 1
as bob in #garden: poll vote 1 yes
as bob in @bob: poll vote 1 yes
as zoe in #x: poll show 1
as carol in @carol: poll vote 1 no
as zoe in #x: poll show 1
advance 2d
as zoe in #x: poll show 1
`);
    const shows = [r.answer(1), r.answer(4), r.answer(6)].map((m) => m.text);
    expect(new Set(shows).size).toBe(1);
    expect(shows[0]).not.toMatch(/yes: \d|voted/);
    expect(r.answer(2)).toMatchObject({ kind: "error", place: "shell:#garden" });
    expect(r.answer(2).text).toContain("This vote was not counted");
    expect(r.answer(3)).toMatchObject({ kind: "reply", place: "shell:@bob" });
    expect(r.answer(5)).toMatchObject({ kind: "reply", place: "shell:@carol" });
    const visible = r.all.filter((m) => !m.place.startsWith("shell:@")).map((m) => m.text);
    expect(
      visible.some((t) => /@bob|@carol/.test(t) && /yes|no\b/.test(t) && !t.startsWith("Poll #1 of")),
    ).toBe(false);
    const result = r.last();
    expect(result).toContain("yes: 1 · no: 1");
    expect(result).not.toMatch(/@bob|@carol/);
  });

  it("GIVEN a member of another circle who sabotages the federation THEN every change waits for the federation, which says no", async () => {
    const r = await play(`
as alice in #garden: convergence schedule Spring assembly at:2026-04-18T10:00 federation:Jura
as alice in #garden: rotation create facilitator every:monthly federation:Jura
as alice in #garden: story add How we began text:"Two circles met." founding:yes federation:Jura
as mallory in #bakery: circle join
as mallory in #bakery: convergence cancel 1
as mallory in #bakery: calendar remove 1
as mallory in #bakery: calendar announce 2 no
as mallory in #bakery: rotation end facilitator federation:Jura
as mallory in #bakery: rotation edit facilitator every:weekly federation:Jura
as mallory in #bakery: story add Our story text:"Mallory founded it." founding:yes federation:Jura
as mallory in #bakery: federation set Jura digest:90
as bob in #garden: proposal object 4 our assembly stays
as bob in #garden: proposal object 5 we keep the Commune
as bob in #garden: proposal object 6 we keep May Day
as bob in #garden: proposal object 7 the role stays
as bob in #garden: proposal object 8 monthly is enough
advance 14d
as zoe in #x: convergence list Jura
as zoe in #x: calendar list Jura
as zoe in #x: rotation show facilitator federation:Jura
as zoe in #x: story tell federation:Jura
as zoe in #x: aid digest Jura
`);
    for (const n of [4, 5, 6, 7, 8]) expect(r.answer(n).text).toMatch(/^Proposal #\d+ is open: /);
    // Five open proposals are as many as one person may have: the sixth is refused outright.
    expect(r.answer(10).text).toContain("You have 5 open proposals, the most one person may");
    // Each circle is told in its own room, where its voice is given.
    expect(
      r
        .notices("shell:#garden")
        .filter((t) => /^Federation proposal #\d+ of “Jura”, by @mallory of “Bakery”/.test(t)),
    ).toHaveLength(5);
    expect(r.answer(9).text).toContain("already has a founding story");
    expect(r.answer(11).text).toContain(
      "“Green Valley” answers federation proposal #4: object (given by @bob under mandate #1)",
    );
    const outcomes = r.notices("shell:#jura").filter((t) => /did not pass/.test(t));
    expect(outcomes).toHaveLength(5);
    const [convergences, calendar, rotation, story, digest] = [-5, -4, -3, -2, -1].map(
      (i) => r.all.filter((m) => m.kind !== "notice").at(i)?.text ?? "",
    );
    expect(convergences).toContain("Spring assembly");
    expect(convergences).not.toContain("cancelled");
    expect(calendar).toContain("18 March: The Paris Commune is proclaimed (18 March 1871) (announced)");
    expect(calendar).toMatch(/1 May: May Day[^\n]*\(announced\)/);
    expect(rotation).toContain("facilitator of “Jura” · every month at 09:00");
    expect(story).toContain("Two circles met.");
    expect(digest).toContain("every 7 days");
  });
});

import { describe, expect, it } from "vitest";
import { runJura, tempDir } from "../support/jura-process.js";

/**
 * The open record in the shell, through the built `jura` (dist/main.js) on a virtual clock:
 * history pages, outcomes in lists, agenda and minutes, and the page link.
 */
const SCRIPT = `
as alice in #jura: federation create Jura tz:Europe/Zurich
as alice in #garden: circle create Green Valley tz:Europe/Zurich open:yes
as bob in #garden: circle join
as carol in #garden: circle join
as bob in #garden: federation join Jura
as alice in #garden: proposal agree 1
advance 2d
as alice in #garden: mandate grant @bob speak for us until:30d
as carol in #garden: proposal agree 2
as bob in #garden: proposal agree 2
advance 2d
as alice in #garden: convergence schedule Spring assembly at:2026-03-21T10:00 federation:Jura
as carol in #garden: convergence agenda 1 who insures the van?
as alice in #garden: poll start Buy a van? closes:1d
as bob in #garden: poll vote 1 yes
advance 20d
as alice in #garden: convergence minutes 1 We agreed to share the van. decisions:2
as bob in #garden: mandate renounce 1
as carol in #garden: poll list Green Valley all:yes
as carol in #garden: mandate list Green Valley all:yes
as carol in #garden: proposal list Green Valley all:yes
as carol in #garden: convergence show 1
as carol in #garden: circle history
as carol in #garden: circle history kind:mandate
as carol in @carol: federation page Jura
`;

describe("the open record in the shell", () => {
  it("GIVEN a scripted federation THEN history, outcomes, agenda and minutes read in the shell", async () => {
    const result = await runJura(["shell", "--json", "--clock", "2026-03-01T09:00:00Z"], SCRIPT, {
      JURA_DATA_DIR: await tempDir(),
      JURA_PUBLIC_URL: "https://jura.example.org",
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const messages = result.messages();
    expect(messages.filter((m) => m.kind === "error")).toEqual([]);
    const replies = messages.filter((m) => m.kind === "reply").map((m) => m.text);
    const reply = (start: string) => replies.find((r) => r.startsWith(start)) ?? "";
    expect(reply("Polls (1)")).toContain(
      "#1 “Green Valley”: Buy a van? (closed: yes 1 · no 0; no option carried it)",
    );
    expect(reply("Mandates in “Green Valley”")).toMatch(
      /#1 @bob for “Green Valley”: speak for us \(renounced by the delegate 2026-03-25/,
    );
    expect(reply("Proposals (2)")).toContain("/mandate grant @bob “speak for us” until:30d (passed (3 agree");
    const show = replies.findLast((r) => r.startsWith("Convergence #1")) ?? "";
    expect(show).toContain("Minutes of 2026-03-21: We agreed to share the van.");
    expect(show).toMatch(/- proposal #2: \/mandate grant @bob “speak for us” until:30d \(passed/);
    const history = replies.filter((r) => r.startsWith("History of “Green Valley”"));
    expect(history).toHaveLength(2);
    expect(history[0]).toContain("@bob gave back mandate #1 of “Green Valley”.");
    expect(history[0]).toContain("@bob voted for option 1 in poll #1.");
    expect(history[0]).toContain(
      "“Green Valley” put an item on the agenda of convergence #1: who insures the van?",
    );
    expect(history[1]?.split("\n").slice(1, 3)).toEqual([
      "2026-03-25 10:00 · @bob gave back mandate #1 of “Green Valley”.",
      "2026-03-05 10:00 · “Green Valley” gave @bob mandate #1: speak for us. (decided by proposal #2)",
    ]);
    expect(reply("The page of “Jura”")).toMatch(
      /^The page of “Jura”, for you as a member: https:\/\/jura\.example\.org\/federations\/Jura\?key=\d+\.[\w-]{43}/,
    );
  });
});

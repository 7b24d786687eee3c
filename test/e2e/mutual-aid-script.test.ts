import { describe, expect, it } from "vitest";
import { runJura, tempDir } from "../support/jura-process.js";

const SCRIPT = `
# Two circles of a federation; a reflection is answered, a request expires, two weekly digests
as ana in #jura: federation create Jura tz:Europe/Zurich
as ana in #garden: circle create Garden tz:Europe/Zurich open:yes
as ben in #garden: circle join
as cleo in #bakery: circle create Bakery tz:Europe/Zurich open:yes
as dev in #bakery: circle join
as ana in #garden: federation join Jura
as cleo in #bakery: federation join Jura
as ben in #garden: proposal agree 1
as dev in #bakery: proposal agree 2
advance 2d
as ana in #garden: reflect share our stall ran out of leaflets learned:"print twice as many" needs:"material|advice|affirmation"
as cleo in #bakery: reflect advise 1 ask the print shop for a standing order
as cleo in #bakery: reflect affirm 1
as cleo in #bakery: aid offer 1 500 leaflets amount:500 for:reflection
as ana in #garden: aid request tables for the fair amount:3 unit:tables by:4d urgency:high
as ana in #garden: aid request bean seeds amount:2 unit:kg by:20d urgency:low
advance 4d
as cleo in #bakery: aid request flour amount:40 unit:kg by:30d
advance 2d
as ana in #garden: reflect resolve 1 note:"a standing order with the print shop"
as cleo in #bakery: aid offer 2 two bags of beans amount:2
as ana in #garden: aid accept 2
as cleo in #bakery: aid fulfilled 2
advance 7d
as ana in #garden: reflect show 1
`;

describe("mutual aid in the shell on a virtual clock", () => {
  it("GIVEN a reflection and requests WHEN two weeks pass THEN it is answered, the unanswered request expires once, and the digests list what was open each week and what concerns each room", async () => {
    const result = await runJura(["shell", "--json", "--clock", "2026-03-04T09:00:00Z"], SCRIPT, {
      JURA_DATA_DIR: await tempDir(),
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const messages = result.messages();
    expect(messages.filter((m) => m.kind === "error")).toEqual([]);
    const notices = messages.filter((m) => m.kind === "notice");
    const expired = notices.filter((m) => m.text.includes("expired unanswered"));
    expect(expired.map((m) => m.place).sort()).toEqual(["shell:#garden", "shell:#jura"]);
    expect(expired[0]?.text).toContain("Aid request #1 of “Garden” expired unanswered: tables for the fair");
    const digests = notices.filter((m) => m.text.startsWith("Mutual aid in “Jura”"));
    expect(digests).toHaveLength(6);
    const federationRoom = digests.filter((m) => m.place === "shell:#jura");
    expect(federationRoom).toHaveLength(2);
    const [week1, week2] = [federationRoom[0]?.text ?? "", federationRoom[1]?.text ?? ""];
    expect(week1).toContain("Open requests (2):\n- Request #3 of “Bakery” (normal): flour");
    expect(week1).toContain("- Request #2 of “Garden” (low): bean seeds");
    expect(week1).not.toContain("Request #1 ");
    // Reflection #1 has advice, an affirmation and an offer: it is not awaiting answers.
    expect(week1).not.toContain("Reflection #1");
    const garden = digests.find((m) => m.place === "shell:#garden")?.text ?? "";
    expect(garden).toContain("Requests of “Garden” (1):\n- Request #2 of “Garden” (low): bean seeds");
    expect(garden).toContain("Requests “Garden” could answer (1):\n- Request #3 of “Bakery” (normal): flour");
    expect(week2).toContain("Open requests (1):\n- Request #3 of “Bakery” (normal): flour");
    expect(week2).not.toContain("Request #2 ");
    expect(week2).not.toContain("Reflection #1");
    const show = messages.at(-1)?.text ?? "";
    expect(show).toContain("@cleo: ask the print shop for a standing order");
    expect(show).toContain("Affirmations: 1");
    expect(show).toContain("Offer #1 from “Bakery”: 500 leaflets (500) [offered]");
    expect(show).toContain("a standing order with the print shop");
  });
});

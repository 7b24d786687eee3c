import { describe, expect, it } from "vitest";
import { learnCommandIds, toDiscord } from "../../src/adapters/discord/render.js";
import { matrixText } from "../../src/adapters/matrix/render.js";
import { tokenize } from "../../src/core/commands/parser.js";
import { displayPerson } from "../../src/core/ids.js";
import { PeopleDirectory, peopleDirectory } from "../../src/core/people-directory.js";
import { withDirectory } from "../../src/core/people-resolve.js";
import { renderPlain, setCommandNames } from "../../src/core/people-text.js";

const BOB = "discord:1577674735347695623";
const ALICE = "matrix:@alice:example.org";

describe("people across platforms", () => {
  it("GIVEN a Discord member's name WHEN a text names them THEN other platforms read 'Name (Discord)', never digits", () => {
    const book = new PeopleDirectory();
    book.remember(BOB, "Bob");
    const text = `New delegate: ${displayPerson(BOB)} for “River”, carried out by @1577674735347695623.`;
    expect(renderPlain(text, book, "matrix")).toBe(
      "New delegate: Bob (Discord) for “River”, carried out by Bob (Discord).",
    );
    expect(renderPlain(text, book, "discord")).toBe("New delegate: @Bob for “River”, carried out by @Bob.");
    expect(renderPlain(displayPerson("discord:42"), book, "matrix")).toBe("a Discord member");
  });

  it("GIVEN two accounts with one name on a platform THEN each shows its handle, and the name alone is ambiguous", () => {
    const book = new PeopleDirectory();
    book.remember("discord:100000000000000001", "Sam");
    book.remember("discord:100000000000000002", "Sam");
    expect(renderPlain(displayPerson("discord:100000000000000002"), book, "matrix")).toBe(
      "Sam (Discord ~sam2)",
    );
    const resolve = withDirectory(() => undefined, book);
    expect(() => resolve("Sam (Discord)")).toThrow(/Who do you mean by “Sam \(Discord\)”\? 2 people fit/);
    expect(resolve("Sam (Discord ~sam2)")).toBe("discord:100000000000000002");
    expect(resolve("~sam")).toBe("discord:100000000000000001");
    expect(() => resolve("Nobody (Discord)")).toThrow(/I know nobody called “Nobody \(Discord\)”/);
  });

  it("GIVEN what Jura shows THEN it can be typed back: a quoted name, Discord's <@id>, an id of any platform", () => {
    const book = new PeopleDirectory();
    book.remember(BOB, "Bob");
    const matrixOwn = withDirectory((raw) => `matrix:@${raw.replace(/^@/, "")}:example.org`, book);
    expect(tokenize('recall @"Bob (Discord)"')).toEqual([
      { kind: "word", value: "recall" },
      { kind: "mention", value: "Bob (Discord)" },
    ]);
    expect(tokenize('x person:@"Bob (Discord)"')[1]).toEqual({
      kind: "named",
      key: "person",
      value: "@Bob (Discord)",
    });
    expect(matrixOwn("Bob (Discord)")).toBe(BOB);
    expect(matrixOwn("<@1577674735347695623>")).toBe(BOB);
    expect(matrixOwn("1577674735347695623")).toBe(BOB);
    expect(matrixOwn("discord:1577674735347695623")).toBe(BOB);
    expect(matrixOwn("carol")).toBe("matrix:@carol:example.org");
  });

  it("GIVEN a Matrix reader THEN Matrix people are pills named by display name and commands start with !jura", () => {
    setCommandNames([{ group: "aid", name: "offer" }]);
    peopleDirectory.remember(ALICE, "Alice");
    peopleDirectory.remember(BOB, "Bob");
    const { body, html } = matrixText(
      `${displayPerson(ALICE)} asks; ${displayPerson(BOB)} may answer with /aid offer 1 …`,
    );
    expect(body).toBe("Alice asks; Bob (Discord) may answer with !jura aid offer 1 …");
    expect(html).toBe(
      '<a href="https://matrix.to/#/@alice:example.org">Alice</a> asks; Bob (Discord) may answer with !jura aid offer 1 …',
    );
  });

  it("GIVEN a display name with control characters or Jura's token brackets THEN they never reach a text", () => {
    const book = new PeopleDirectory();
    book.remember(BOB, "Bo\u27e6b\u202e\n");
    expect(renderPlain(displayPerson(BOB), book, "matrix")).toBe("Bo b (Discord)");
  });

  it("GIVEN a Discord reader THEN Discord people are mentions, others are named with their platform, and known commands are clickable", () => {
    setCommandNames([{ group: "aid", name: "offer" }]);
    learnCommandIds([{ id: "42", name: "aid", options: [{ type: 1, name: "offer" }] }]);
    peopleDirectory.remember(ALICE, "Alice");
    const text = `${displayPerson(ALICE)} asks; ${displayPerson(BOB)} may answer with /aid offer 1, or \`/aid offer\` typed.`;
    expect(toDiscord(text)).toBe(
      "Alice (Matrix) asks; <@1577674735347695623> may answer with </aid offer:42> 1, or `/aid offer` typed.",
    );
  });

  it("GIVEN a linked person THEN each platform mentions them with its own account", () => {
    const linkedDiscord = "discord:1577674735347695699";
    peopleDirectory.remember(linkedDiscord, "Ally");
    peopleDirectory.link(linkedDiscord, ALICE);
    expect(toDiscord(displayPerson(ALICE))).toBe("<@1577674735347695699>");
    expect(matrixText(displayPerson(linkedDiscord)).body).toBe("Alice");
    expect(withDirectory(() => undefined)("<@1577674735347695699>")).toBe(ALICE);
    peopleDirectory.unlink(linkedDiscord);
    expect(toDiscord(displayPerson(ALICE))).toBe("Alice (Matrix)");
  });
});

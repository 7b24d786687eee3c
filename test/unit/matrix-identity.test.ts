import { describe, expect, it } from "vitest";
import {
  aliasesIn,
  inviterAllowed,
  isMatrixId,
  mentionResolver,
  placeResolver,
  roomOf,
} from "../../src/adapters/matrix/identity.js";
import { dropBeforeOwnJoin, prependGap, stateOnly } from "../../src/adapters/matrix/timeline.js";
import { UserError } from "../../src/core/errors.js";

describe("Matrix people and places", () => {
  it("GIVEN ids as homeservers send them, and ones they never do THEN only the first are Matrix ids", () => {
    expect(isMatrixId("!room:example.org", "!")).toBe(true);
    expect(isMatrixId("@alice:example.org", "@")).toBe(true);
    expect(isMatrixId("$event-id", "$")).toBe(true);
    for (const bad of [
      "",
      "!",
      "garbage",
      "@alice:example.org",
      "!nul\u0000:x",
      "!tab\t:x",
      `!${"a".repeat(255)}`,
    ]) {
      expect(isMatrixId(bad, "!"), JSON.stringify(bad)).toBe(false);
    }
    expect(isMatrixId(42, "!")).toBe(false);
    expect(isMatrixId(undefined, "@")).toBe(false);
  });

  it.each(["discord:1200000000000000001/1200000000000000002", "shell:#garden", "DISCORD:1/2"])(
    "GIVEN a place of another platform (%s) typed on Matrix THEN it is refused, saying why",
    (raw) => {
      const place = placeResolver(new Map());
      expect(() => place(raw)).toThrow(UserError);
      expect(() => place(raw)).toThrow(/is a place on another platform: from Matrix, name a Matrix room/);
    },
  );

  const mention = mentionResolver("@alice:example.org");

  it.each([
    ["bob:example.org", "matrix:@bob:example.org"],
    ["@bob:other.net", "matrix:@bob:other.net"],
    ["bob", "matrix:@bob:example.org"],
    ["discord:123", "discord:123"],
    ["not valid:", undefined],
  ])("GIVEN the mention %j THEN the person is %j", (raw, person) => {
    expect(mention(raw)).toBe(person);
  });

  it("resolves room ids, matrix.to links and aliases resolved beforehand", () => {
    const place = placeResolver(new Map([["#garden:example.org", "!abc:example.org"]]));
    expect(place("!xyz:example.org")).toBe("matrix:!xyz:example.org");
    expect(place("https://matrix.to/#/!xyz:example.org?via=example.org")).toBe("matrix:!xyz:example.org");
    expect(place("#garden:example.org")).toBe("matrix:!abc:example.org");
    expect(place("#unknown:example.org")).toBeUndefined();
    expect(place("https://matrix.to/#/%E0%A4%A")).toBeUndefined();
    expect(aliasesIn('circle create X place:#garden:example.org "#other:b.c"')).toEqual([
      "#garden:example.org",
      "#other:b.c",
    ]);
    expect(place("matrix:!xyz:example.org")).toBe("matrix:!xyz:example.org");
    expect(roomOf("matrix:!abc")).toBe("!abc");
    expect(roomOf("discord:1/2")).toBeUndefined();
  });

  it("GIVEN MATRIX_ALLOWED_INVITERS patterns THEN only those people or servers may invite", () => {
    const patterns = ["@alice:example.org", "*:trusted.net", "@*:Other.org"];
    expect(inviterAllowed(patterns, "@alice:example.org")).toBe(true);
    expect(inviterAllowed(patterns, "@bob:example.org")).toBe(false);
    expect(inviterAllowed(patterns, "@anyone:trusted.net")).toBe(true);
    expect(inviterAllowed(patterns, "@x:other.org")).toBe(true);
    expect(inviterAllowed(patterns, "@x:untrusted.net")).toBe(false);
    expect(inviterAllowed([], "@x:anywhere")).toBe(true);
  });
});

describe("sync timelines", () => {
  const me = "@jura:example.org";
  const message = (id: string) => ({ event_id: id, type: "m.room.message", content: { body: id } });
  const join = (id: string, prev?: string) => ({
    event_id: id,
    type: "m.room.member",
    state_key: me,
    content: { membership: "join" },
    unsigned: prev ? { prev_content: { membership: prev } } : {},
  });

  it("GIVEN history before the bot's join in one batch THEN only what follows the join is kept (plus state)", () => {
    const name = { event_id: "$n", type: "m.room.name", state_key: "", content: {} };
    const events = [message("$old"), name, join("$j", "invite"), message("$new")];
    expect(dropBeforeOwnJoin(events, me).map((e) => e.event_id)).toEqual(["$n", "$j", "$new"]);
  });

  it("GIVEN a profile change (join after join) THEN nothing is dropped", () => {
    const events = [message("$a"), join("$j", "join"), message("$b")];
    expect(dropBeforeOwnJoin(events, me)).toEqual(events);
  });

  it("GIVEN the first sync THEN messages are history; a back-filled gap is prepended without repeats", () => {
    expect(stateOnly([message("$a"), join("$j")])).toEqual({ kept: [join("$j")], skipped: 1 });
    const merged = prependGap([message("$1"), message("$2")], [message("$2"), message("$3")]);
    expect(merged.map((e) => e.event_id)).toEqual(["$1", "$2", "$3"]);
  });
});

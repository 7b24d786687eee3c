import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shellPerson } from "../../src/adapters/shell/identity.js";
import { parseAmount } from "../../src/core/commands/args.js";
import { bindArgs } from "../../src/core/commands/bind.js";
import { tokenize } from "../../src/core/commands/parser.js";
import { Registry } from "../../src/core/commands/registry.js";
import { isUserError, UserError } from "../../src/core/errors.js";
import { t } from "../../src/core/i18n.js";
import { findUnsafeCharacter, visible } from "../../src/core/text.js";
import { parseMoment } from "../../src/core/time.js";

const registry = new Registry();
const bind = (group: string, name: string, text: string) => {
  const spec = registry.get(group, name);
  if (!spec) throw new Error(`no ${group} ${name}`);
  return bindArgs(spec, tokenize(text), { mention: shellPerson });
};
const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (isUserError(error)) return error.message;
    throw error;
  }
  throw new Error("expected a refusal");
};

const NUL = "\u0000";
const ESC = "\u001b";
const RLO = "\u202e";
const ZWSP = "\u200b";

describe("one policy for the characters of every field", () => {
  it.each([
    ["NUL", NUL, "\\u0000"],
    ["ESC", ESC, "\\u001b"],
    ["a right-to-left override", RLO, "\\u202e"],
    ["a left-to-right isolate", "\u2066", "\\u2066"],
    ["a zero-width space", ZWSP, "\\u200b"],
    ["a soft hyphen", "\u00ad", "\\u00ad"],
    ["a byte-order mark", "\ufeff", "\\ufeff"],
    ["a Hangul filler", "\u3164", "\\u3164"],
    ["a line separator", "\u2028", "\\u2028"],
    ["a paragraph separator", "\u2029", "\\u2029"],
    ["a tab", "\t", "\\u0009"],
    ["a lone surrogate", "\ud800", "\\ud800"],
    ["a tag character", "\u{e0041}", "\\u{e0041}"],
  ])("refuses %s and shows it as an escape", (_, char, shown) => {
    expect(findUnsafeCharacter(`ab${char}c`)).toEqual({ char, position: 3 });
    expect(visible(`ab${char}c`)).toBe(`ab${shown}c`);
  });

  it.each([
    ["plain text", "Green Valley, 3 kg"],
    ["a newline in free text", "first\nsecond"],
    ["accents, scripts and emoji", "Café Ünïcode 日本語 عربى 🌱"],
    ["an emoji sequence joined by ZWJ", "👩‍👩‍👧 and 🏳️‍🌈"],
    ["a Persian word with ZWNJ", "می‌خواهم"],
    ["a no-break space", "50\u00a0%"],
  ])("accepts %s", (_, text) => {
    expect(findUnsafeCharacter(text)).toBeUndefined();
    expect(visible(text)).toBe(text);
  });

  it("refuses a joiner that joins nothing", () => {
    expect(findUnsafeCharacter("\u200dabc")).toEqual({ char: "\u200d", position: 1 });
    expect(findUnsafeCharacter("abc \u200c def")).toEqual({ char: "\u200c", position: 5 });
  });

  it("counts positions in characters, not UTF-16 units", () => {
    expect(findUnsafeCharacter(`🌱🌱${NUL}`)).toEqual({ char: NUL, position: 3 });
  });

  it("PROPERTY: what visible() shows is always acceptable, and acceptable text is shown unchanged", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        expect(findUnsafeCharacter(visible(text))).toBeUndefined();
        if (findUnsafeCharacter(text) === undefined) expect(visible(text)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("every field of every command is screened before its schema", () => {
  it.each([
    ["reflect", "list", `search:a${NUL}b`, "search"],
    ["aid", "request", `flour amount:3 unit:k${NUL}g`, "unit"],
    ["poll", "start", `Q? options:"a${NUL}|b"`, "options"],
    ["aid", "request", `flour amount:3 unit:k${RLO}g`, "unit"],
    ["poll", "start", `Q? options:"a${RLO}|b"`, "options"],
    ["circle", "create", `Gar${ZWSP}den`, "name"],
    ["story", "add", `Title text:"one${ESC}[31mtwo"`, "text"],
  ])("GIVEN %s %s %j THEN the field is named and the character shown", (group, name, args, field) => {
    const message = refusal(() => bind(group, name, args));
    expect(message).toMatch(new RegExp(`^${field}: character \\d+ is \\\\u[0-9a-f]{4}`));
    expect(findUnsafeCharacter(message)).toBeUndefined();
    expect(message).toContain("Usage: /");
  });

  it("GIVEN a Windows line break inside quoted text THEN it is one newline, accepted", () => {
    expect(bind("story", "add", 'Title federation:Jura text:"one\r\ntwo"')).toMatchObject({
      text: "one\ntwo",
    });
  });
});

describe("numbers are read strictly", () => {
  it.each(["0x10", "1e3", "1e309", "Infinity", " ", "+5", "1_000", "9999999999999999", "٣"])(
    "refuses %j where a number is expected",
    (value) => {
      expect(refusal(() => bind("rotation", "show", `cook count:"${value}"`))).toContain(
        "is not a plain number",
      );
      expect(refusal(() => bind("poll", "show", `"${value}"`))).toMatch(/is not a plain number|Too small/);
    },
  );

  it("accepts plain digits and applies the field's own bounds after", () => {
    expect(bind("rotation", "show", "cook count:07")).toMatchObject({ count: 7 });
    expect(refusal(() => bind("rotation", "show", "cook count:21"))).toContain("count:");
  });

  it.each([
    ["3", 3],
    ["2.5", 2.5],
    ["2,5", 2.5],
    [" 1200 ", 1200],
    ["0x10", undefined],
    ["1e3", undefined],
    ["-3", undefined],
    ["1.2.3", undefined],
    ["1 000", undefined],
    ["9999999999999", undefined],
    ["Infinity", undefined],
  ])("reads the amount %j as %s", (text, value) => expect(parseAmount(text)).toBe(value));
});

describe("echoed text", () => {
  it("GIVEN a zero-width character in a command name THEN the error shows it visibly", () => {
    expect(new UserError("command.unknown", { name: `circle${ZWSP}` }).message).toBe(
      "There is no command `circle\\u200b`. Try `help` to see what exists.",
    );
  });

  it("GIVEN ESC and NUL in what is quoted THEN neither reaches the message", () => {
    const message = t("args.bad_mention", { raw: `x${ESC}[2J${NUL}` });
    expect(message).toBe("`@x\\u001b[2J\\u0000` does not name a person I can recognise.");
  });
});

describe("moments are bounded", () => {
  const from = new Date("2026-03-20T10:00:00Z");

  it.each(["9999d", "600w", "121mo", "11y", "2036-03-21", "9999-12-31T23:59"])(
    "refuses %j: more than 10 years ahead",
    (text) => {
      expect(() => parseMoment(text, "UTC", from)).toThrow(
        "That is more than 10 years away: give a moment before 2036-03-20.",
      );
    },
  );

  it("accepts up to 10 years, and leaves what is not a moment to the caller", () => {
    expect(parseMoment("10y", "UTC", from)?.toISOString()).toBe("2036-03-20T10:00:00.000Z");
    expect(parseMoment("99999d", "UTC", from)).toBeUndefined();
  });
});

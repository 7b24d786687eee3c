import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_COMMAND_LENGTH, tokenize } from "../../src/core/commands/parser.js";
import { UserError } from "../../src/core/errors.js";

describe("tokenize", () => {
  it("splits words, an optional leading slash and key:value options", () => {
    expect(tokenize("/circle create Garden tz:Europe/Paris")).toEqual([
      { kind: "word", value: "circle" },
      { kind: "word", value: "create" },
      { kind: "word", value: "Garden" },
      { kind: "named", key: "tz", value: "Europe/Paris" },
    ]);
  });

  it("keeps quoted text together, as a positional or as an option value", () => {
    expect(tokenize('a "two words" purpose:"grow food" b')).toEqual([
      { kind: "word", value: "a" },
      { kind: "quoted", value: "two words" },
      { kind: "named", key: "purpose", value: "grow food" },
      { kind: "word", value: "b" },
    ]);
  });

  it("accepts typographic quotes that phones insert, and backslash escapes", () => {
    expect(tokenize("x “a b” c:“d e” 'f'")).toEqual([
      { kind: "word", value: "x" },
      { kind: "quoted", value: "a b" },
      { kind: "named", key: "c", value: "d e" },
      { kind: "word", value: "'f'" },
    ]);
    expect(tokenize('"say \\"hi\\""')).toEqual([{ kind: "quoted", value: 'say "hi"' }]);
  });

  it("reads @mentions, including Matrix ids whose colons are not options", () => {
    expect(tokenize("@alice @bob:example.org")).toEqual([
      { kind: "mention", value: "alice" },
      { kind: "mention", value: "bob:example.org" },
    ]);
  });

  it("lower-cases option keys and keeps times and quoted URLs positional", () => {
    expect(tokenize('Until:90d 18:00 "https://x.org"')).toEqual([
      { kind: "named", key: "until", value: "90d" },
      { kind: "word", value: "18:00" },
      { kind: "quoted", value: "https://x.org" },
    ]);
  });

  it("GIVEN an unclosed quote THEN it says where the quote opened", () => {
    expect(() => tokenize('circle create "Green')).toThrow(/character 15/);
  });

  it("GIVEN an overlong command THEN it refuses before reading it", () => {
    expect(() => tokenize("x".repeat(MAX_COMMAND_LENGTH + 1))).toThrow(UserError);
  });

  it("never fails with anything but a UserError, whatever is typed", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        try {
          const tokens = tokenize(text);
          for (const token of tokens)
            expect(typeof (token.kind === "named" ? token.key : token.value)).toBe("string");
        } catch (error) {
          expect(error).toBeInstanceOf(UserError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("round-trips any quoted value", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (value) => {
        const escaped = value.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
        expect(tokenize(`k:"${escaped}"`)).toEqual([{ kind: "named", key: "k", value }]);
      }),
    );
  });
});

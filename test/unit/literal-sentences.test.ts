import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { literalSentences, scanSentences } from "../support/literal-sentences.js";

const ROOT = join(import.meta.dirname, "../..");

/**
 * Handler files that still build sentences outside the catalogue (issue 16), with how many. The
 * count may only shrink: convert a sentence to a catalogue message (t(…)) and lower it here; a
 * file not listed may have none. registry.ts and command-texts.ts are left out: their texts are command texts,
 * translated through messages/<locale>/commands.ts like summaries.
 */
const REMAINING: Readonly<Record<string, number>> = {
  "federation/set.ts": 2,
  "ledger/shared.ts": 1,
  "recall/recall.ts": 1,
  "reflect/share.ts": 2,
  "rotation/edit.ts": 2,
  "rotation/show.ts": 4,
};

describe("handlers speak through the catalogue", () => {
  it("finds sentences (the scan itself works)", () => {
    expect(
      literalSentences(
        `const a = \`Offer #\${id} is accepted for request\`; t("not.this one here"); const b = "ok";`,
      ),
    ).toEqual(["Offer # …  is accepted for request"]);
    expect(
      literalSentences('throw new Error("an internal failure here"); x.describe("what to type here")'),
    ).toEqual([]);
  });

  it("GIVEN src/core/commands THEN no handler returns or throws a literal sentence beyond the allowance", () => {
    const found = scanSentences(ROOT, "src/core/commands");
    // Command texts (group descriptions, the help command's), translated through commands.ts.
    delete found["src/core/commands/registry.ts"];
    delete found["src/core/commands/command-texts.ts"];
    const counts = Object.fromEntries(
      Object.entries(found).map(([file, sentences]) => [
        file.replace("src/core/commands/", ""),
        sentences.length,
      ]),
    );
    const over = Object.entries(counts)
      .filter(([file, n]) => n > (REMAINING[file] ?? 0))
      .map(([file]) => `${file}: ${found[`src/core/commands/${file}`]?.join(" | ")}`);
    expect(over, "say these through t() and a catalogue key").toEqual([]);
    // Lower the allowance as sentences are converted, so it never grows back.
    expect(counts).toEqual(REMAINING);
  });
});

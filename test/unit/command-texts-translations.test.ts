import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/core/commands/registry.js";
import { commands as es } from "../../src/core/messages/es/commands.js";
import { commands as fr } from "../../src/core/messages/fr/commands.js";
import { commands as italian } from "../../src/core/messages/it/commands.js";

/** The English command texts: `"<group> <name>"` summaries and `"<group> <name>|<arg>"` descriptions. */
function englishTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const spec of COMMANDS) {
    const key = spec.name ? `${spec.group} ${spec.name}` : spec.group;
    texts.set(key, spec.summary);
    const shape = (spec.args as unknown as { shape: Record<string, { description?: string }> }).shape;
    for (const [arg, schema] of Object.entries(shape)) {
      if (schema.description) texts.set(`${key}|${arg}`, schema.description);
    }
  }
  return texts;
}

describe("the translated command texts", () => {
  const english = englishTexts();
  for (const [locale, texts] of [
    ["fr", fr],
    ["es", es],
    ["it", italian],
  ] as const) {
    it(`GIVEN ${locale} THEN every text names a command or argument that has one, and fits Discord's 100 characters`, () => {
      const stale = Object.keys(texts).filter((key) => !english.has(key));
      const tooLong = Object.entries(texts)
        .filter(([, text]) => text.trim() === "" || [...text].length > 100)
        .map(([key, text]) => `${key} (${[...text].length})`);
      expect({ stale, tooLong }).toEqual({ stale: [], tooLong: [] });
    });
  }
});

import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { GROUPS, Registry } from "../../src/core/commands/registry.js";
import { commandText } from "../../src/core/i18n.js";
import { argumentTexts } from "../../src/core/messages/arguments.js";
import { argumentTexts as esArguments } from "../../src/core/messages/es/arguments.js";
import { commands as es } from "../../src/core/messages/es/commands.js";
import { argumentTexts as frArguments } from "../../src/core/messages/fr/arguments.js";
import { commands as fr } from "../../src/core/messages/fr/commands.js";
import { argumentTexts as itArguments } from "../../src/core/messages/it/arguments.js";
import { commands as italian } from "../../src/core/messages/it/commands.js";

type Layers = { innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType };

/** A field's description, wherever its wrappers (optional, default, pipe) keep it. */
function describedAs(schema: z.ZodType): string | undefined {
  if (schema.description !== undefined) return schema.description;
  const d = schema._zod.def as unknown as Layers;
  for (const inner of [d.innerType, d.in, d.out]) {
    const found = inner && describedAs(inner);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The English command texts, keyed as the catalogues are: `"<group>"` (a group's description, or
 * a single command's summary), `"<group> <name>"` summaries, `"<group> <name>|<arg>"` descriptions.
 */
function englishTexts(): Map<string, string> {
  const registry = new Registry();
  const texts = new Map<string, string>();
  for (const group of registry.groups()) {
    if (!registry.get(group, "")) texts.set(group, GROUPS[group] ?? group);
    for (const spec of registry.inGroup(group)) {
      const key = spec.name ? `${spec.group} ${spec.name}` : spec.group;
      texts.set(key, spec.summary);
      for (const [arg, field] of Object.entries(spec.args.shape as Record<string, z.ZodType>)) {
        const description = describedAs(field);
        if (description) texts.set(`${key}|${arg}`, description);
      }
    }
  }
  return texts;
}

/** The English argument text a command's argument shows: the most specific key arguments.ts has. */
function argumentKey(key: string): keyof typeof argumentTexts | undefined {
  const [command = "", arg = ""] = key.split("|");
  const [group = "", name = ""] = command.split(" ");
  const candidates = [...(name ? [`arg.${group}.${name}.${arg}`] : []), `arg.${group}.${arg}`, `arg.${arg}`];
  return candidates.find((c) => c in argumentTexts) as keyof typeof argumentTexts | undefined;
}

describe("the translated command texts", () => {
  const english = englishTexts();
  for (const [locale, texts, args] of [
    ["fr", fr, frArguments],
    ["es", es, esArguments],
    ["it", italian, itArguments],
  ] as const) {
    it(`GIVEN ${locale} THEN every command text is there, names a command, group or argument, and fits Discord's 100 characters`, () => {
      const missing = [...english.keys()].filter((key) => !key.includes("|") && !(key in texts));
      const stale = Object.keys(texts).filter((key) => key.includes("|") || !english.has(key));
      const tooLong = Object.entries(texts)
        .filter(([, text]) => text.trim() === "" || [...text].length > 100)
        .map(([key, text]) => `${key} (${[...text].length})`);
      expect({ missing, stale, tooLong }).toEqual({ missing: [], stale: [], tooLong: [] });
    });

    it(`GIVEN ${locale} THEN each argument shows the translation of the English text it shows, within 100 characters`, () => {
      const wrong = [...new Set([...english.keys(), ...Object.keys(texts)])].flatMap((key) => {
        const code = key.includes("|") ? argumentKey(key) : undefined;
        return code && commandText(locale, key, "") !== args[code] ? [`${key}: not ${code}`] : [];
      });
      const tooLong = Object.entries(args)
        .filter(([, text]) => text.trim() === "" || [...text].length > 100)
        .map(([key, text]) => `${key} (${[...text].length})`);
      expect({ wrong, tooLong }).toEqual({ wrong: [], tooLong: [] });
    });
  }
});

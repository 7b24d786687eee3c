import type { z } from "zod";
import { commandKey } from "../i18n.js";
import { GROUPS, type Registry } from "./registry.js";

/** The help command's own texts, which no spec declares (chat platforms list it with the others). */
export const HELP_TEXTS = {
  help: "How to use Jura: every command, one group, or one command",
  "help|topic": "a group or a command, such as circle or circle create",
} as const;

/**
 * Every English command text a translation may replace, keyed as the command catalogues are
 * (see commandKey): each group's description, each command's summary, each argument's
 * description. What `scripts/command-texts.ts` prints for translators, and what tests compare
 * `messages/<locale>/commands.ts` against.
 */
export function commandTexts(registry: Registry): Record<string, string> {
  const texts: Record<string, string> = { ...HELP_TEXTS };
  for (const group of registry.groups()) {
    const single = registry.get(group, "");
    if (!single) texts[commandKey(group, "")] = GROUPS[group] ?? group;
    for (const spec of registry.inGroup(group)) {
      texts[commandKey(spec.group, spec.name)] = spec.summary;
      for (const [arg, field] of Object.entries(spec.args.shape as Record<string, z.ZodType>)) {
        const description = describedAs(field);
        if (description) texts[commandKey(spec.group, spec.name, arg)] = description;
      }
    }
  }
  return texts;
}

type Layers = { innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType };

/** A field's description, wherever its wrappers (optional, default, pipe) keep it. */
export function describedAs(schema: z.ZodType): string | undefined {
  if (schema.description !== undefined) return schema.description;
  const d = schema._zod.def as unknown as Layers;
  for (const inner of [d.innerType, d.in, d.out]) {
    const found = inner && describedAs(inner);
    if (found !== undefined) return found;
  }
  return undefined;
}

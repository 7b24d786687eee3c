import type { z } from "zod";
import { argumentTexts } from "../messages/arguments.js";

type ArgumentKey = keyof typeof argumentTexts;
const texts: Readonly<Record<string, string>> = argumentTexts;

/**
 * The key of the English text that describes one argument of a command: the most specific of
 * `arg.<group>.<command>.<argument>`, `arg.<group>.<argument>` and `arg.<argument>` that
 * messages/arguments.ts holds, or undefined.
 */
export function argumentKey(group: string, name: string, key: string): ArgumentKey | undefined {
  const candidates = [...(name ? [`arg.${group}.${name}.${key}`] : []), `arg.${group}.${key}`, `arg.${key}`];
  return candidates.find((c) => c in texts) as ArgumentKey | undefined;
}

/**
 * The spec's arguments, each described from messages/arguments.ts, so what help and Discord
 * show is written in one place. These are the English command texts; translations of them are
 * keyed by command and argument like the commands' summaries.
 */
export function describedArgs<Schema extends z.ZodObject>(group: string, name: string, args: Schema): Schema {
  const shape = args.shape as Record<string, z.ZodType>;
  const described: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(shape)) {
    const code = argumentKey(group, name, key);
    if (code) described[key] = field.describe(texts[code] ?? "");
  }
  return args.extend(described) as unknown as Schema;
}

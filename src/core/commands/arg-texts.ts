import type { z } from "zod";
import { type MessageCode, messageCodes, t } from "../i18n.js";

let known: ReadonlySet<string> | undefined;

/**
 * The catalogue key that describes one argument of a command: the most specific of
 * `arg.<group>.<command>.<argument>`, `arg.<group>.<argument>` and `arg.<argument>` that exists
 * (see messages/arguments.ts), or undefined. Adapters that localize option descriptions read
 * the same key in another language.
 */
export function argumentKey(group: string, name: string, key: string): MessageCode | undefined {
  known ??= new Set(messageCodes());
  const candidates = [...(name ? [`arg.${group}.${name}.${key}`] : []), `arg.${group}.${key}`, `arg.${key}`];
  return candidates.find((c) => known?.has(c)) as MessageCode | undefined;
}

/**
 * The spec's arguments, each described from the catalogue (in English; help and Discord read
 * `description`), so what people see is written in one place and translated there.
 */
export function describedArgs<Schema extends z.ZodObject>(group: string, name: string, args: Schema): Schema {
  const shape = args.shape as Record<string, z.ZodType>;
  const described: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(shape)) {
    const code = argumentKey(group, name, key);
    if (code) described[key] = field.meta({ description: t(code), descriptionKey: code });
  }
  return args.extend(described) as unknown as Schema;
}

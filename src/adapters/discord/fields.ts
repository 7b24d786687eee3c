import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { z } from "zod";
import { argKind } from "../../core/commands/args.js";
import { isOptional } from "../../core/commands/usage.js";

/** How one argument of a command spec becomes a Discord option. */
export interface FieldShape {
  type:
    | ApplicationCommandOptionType.String
    | ApplicationCommandOptionType.Integer
    | ApplicationCommandOptionType.Number
    | ApplicationCommandOptionType.Boolean
    | ApplicationCommandOptionType.User
    | ApplicationCommandOptionType.Channel;
  required: boolean;
  description: string | undefined;
  /** A default the schema applies when the option is left out, shown in the description. */
  fallback: string | undefined;
  choices?: string[];
  minValue?: number;
  maxValue?: number;
  minLength?: number;
  maxLength?: number;
}

/** Discord's bounds: string lengths 0-6000 (max at least 1), numbers within ±2^53. */
export const DISCORD_MAX_LENGTH = 6000;
export const DISCORD_MAX_NUMBER = 2 ** 53;

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; defaultValue?: unknown };

const def = (schema: z.ZodType): Def => schema._zod.def as unknown as Def;

/** The schemas a field is made of, outermost first: wrappers, then both sides of each pipe. */
function layers(schema: z.ZodType): z.ZodType[] {
  const d = def(schema);
  const inner = [d.innerType, d.in, d.out].filter((s): s is z.ZodType => s !== undefined);
  return [schema, ...inner.flatMap(layers)];
}

/** The base schema under optional/default/nullable wrappers (a pipe is kept as is). */
function core(schema: z.ZodType): z.ZodType {
  const inner = def(schema).innerType;
  return inner ? core(inner) : schema;
}

/** `z.stringbool()`: a pipe from a string to a boolean. */
function isStringBool(schema: z.ZodType): boolean {
  const d = def(schema);
  return d.type === "pipe" && d.in instanceof z.ZodString && d.out instanceof z.ZodBoolean;
}

function defaultOf(schema: z.ZodType): unknown {
  for (const layer of layers(schema)) {
    const d = def(layer);
    if (d.type === "default" || d.type === "prefault") return d.defaultValue;
  }
  return undefined;
}

function describeDefault(value: unknown, boolean: boolean): string | undefined {
  if (value === undefined) return undefined;
  if (boolean || typeof value === "boolean") return value === true || value === "true" ? "yes" : "no";
  if (typeof value === "number" && value > 0 && value < 1) return `${Math.round(value * 100)}%`;
  return String(value);
}

function numberLimits(number: z.ZodNumber, field: z.ZodType): Pick<FieldShape, "minValue" | "maxValue"> {
  const limits: Pick<FieldShape, "minValue" | "maxValue"> = {};
  let min = number.minValue;
  let max = number.maxValue;
  if (min !== null && Number.isFinite(min)) {
    if (number.isInt && !field.safeParse(min).success) min += 1;
    limits.minValue = Math.max(min, -DISCORD_MAX_NUMBER);
  }
  if (max !== null && Number.isFinite(max)) {
    if (number.isInt && !field.safeParse(max).success) max -= 1;
    limits.maxValue = Math.min(max, DISCORD_MAX_NUMBER);
  }
  return limits;
}

/**
 * The length bounds of a text field: the tightest of every string schema it is made of (before
 * and after a transform), within what Discord accepts. A minimum of 0 says nothing and is left out.
 */
function lengthLimits(layers: z.ZodType[]): Pick<FieldShape, "minLength" | "maxLength"> {
  const strings = layers.filter((s): s is z.ZodString => s instanceof z.ZodString);
  const mins = strings.map((s) => s.minLength).filter((n): n is number => typeof n === "number");
  const maxes = strings.map((s) => s.maxLength).filter((n): n is number => typeof n === "number");
  const limits: Pick<FieldShape, "minLength" | "maxLength"> = {};
  const min = Math.min(Math.max(0, ...mins), DISCORD_MAX_LENGTH);
  if (min > 0) limits.minLength = min;
  if (maxes.length > 0) limits.maxLength = Math.max(1, min, Math.min(...maxes, DISCORD_MAX_LENGTH));
  return limits;
}

/**
 * Reads a zod field the way Discord needs it: people become USER options, places CHANNEL
 * options, `z.stringbool()` BOOLEAN, integers INTEGER (with their bounds), enums get choices, the
 * rest is STRING (with the length limits the schema declares).
 */
export function fieldShape(schema: z.ZodType): FieldShape {
  const all = layers(schema);
  const description = all.map((s) => s.description).find((d) => d !== undefined);
  const required = !isOptional(schema);
  const base = core(schema);
  const kind = argKind(schema);
  const common = { required, description };
  if (kind === "person") return { ...common, type: ApplicationCommandOptionType.User, fallback: undefined };
  if (kind === "place") return { ...common, type: ApplicationCommandOptionType.Channel, fallback: undefined };
  if (isStringBool(base))
    return {
      ...common,
      type: ApplicationCommandOptionType.Boolean,
      fallback: describeDefault(defaultOf(schema), true),
    };
  const fallback = describeDefault(defaultOf(schema), false);
  if (base instanceof z.ZodNumber) {
    const type = base.isInt ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
    return { ...common, type, fallback, ...numberLimits(base, base) };
  }
  if (base instanceof z.ZodEnum) {
    const choices = base.options.map(String);
    return { ...common, type: ApplicationCommandOptionType.String, fallback, choices };
  }
  return { ...common, type: ApplicationCommandOptionType.String, fallback, ...lengthLimits(all) };
}

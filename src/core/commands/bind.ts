import { z } from "zod";
import { UserError } from "../errors.js";
import { codeOfEnglish, msg, Text } from "../i18n.js";
import type { PersonId, PlaceId } from "../ids.js";
import { findUnsafeCharacter } from "../text.js";
import { argKind } from "./args.js";
import type { Token } from "./parser.js";
import type { AnyCommandSpec } from "./spec.js";
import { usageLine } from "./usage.js";

/** Turns `@raw` into a person id, or undefined when the platform cannot tell who that is. */
export type MentionResolver = (raw: string) => PersonId | undefined;

/** Turns what a user typed for a place (`#general`, a room link) into a place id, if it can. */
export type PlaceResolver = (raw: string) => PlaceId | undefined;

export interface Resolvers {
  mention: MentionResolver;
  place?: PlaceResolver;
}

/**
 * Maps the tokens after `group sub` onto the spec's arguments and validates them with its zod
 * schema. Any problem becomes one UserError listing every issue plus the usage line.
 */
export function bindArgs(spec: AnyCommandSpec, tokens: readonly Token[], resolvers: Resolvers): unknown {
  return parseRaw(spec, rawArgs(spec, tokens, resolvers));
}

/**
 * The arguments as typed, by name, with people and places already resolved: what a proposal
 * keeps, to run the command once it passes (durations such as `until:60d` then count from then).
 */
export function rawArgs(
  spec: AnyCommandSpec,
  tokens: readonly Token[],
  resolvers: Resolvers,
): Record<string, string> {
  const raw: Record<string, string> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === "named") {
      if (!(token.key in spec.args.shape)) throw new UserError("args.unknown_key", { key: token.key });
      if (token.key in raw) throw new UserError("args.duplicate_key", { key: token.key });
      raw[token.key] = namedPerson(spec, token.key, token.value, resolvers.mention);
    } else if (token.kind === "mention") {
      const person = resolvers.mention(token.value);
      if (person === undefined) throw new UserError("args.bad_mention", { raw: token.value });
      positionals.push(person);
    } else {
      positionals.push(token.value);
    }
  }
  assignPositionals(spec, positionals, raw);
  const problems = screen(spec, raw);
  if (problems.length > 0) {
    throw new UserError("args.invalid", { problems: joined(problems), usage: usageLine(spec) });
  }
  resolvePlaces(spec, raw, resolvers.place);
  return raw;
}

/** `person:@carol`: a person field given by name is resolved like a mention. */
function namedPerson(spec: AnyCommandSpec, key: string, value: string, mention: MentionResolver): string {
  const field = (spec.args.shape as Record<string, z.ZodType>)[key];
  if (!field || argKind(field) !== "person" || !value.startsWith("@")) return value;
  const person = mention(value.slice(1));
  if (person === undefined) throw new UserError("args.bad_mention", { raw: value.slice(1) });
  return person;
}

/** Validates raw arguments with the spec's schema; one UserError lists every problem. */
export function parseRaw(spec: AnyCommandSpec, raw: Readonly<Record<string, string>>): unknown {
  const parsed = spec.args.safeParse(raw);
  if (!parsed.success) {
    throw new UserError("args.invalid", { problems: describeIssues(parsed.error), usage: usageLine(spec) });
  }
  return parsed.data;
}

/**
 * The checks every field gets before its own schema, so no command can forget them: no control,
 * invisible or direction-changing character in any value (see core/text.ts), and numbers
 * written as plain decimal digits. `z.coerce.number()` alone would read `0x10` as 16, `1e3` as
 * 1000, ` ` as 0 and 20 digits as a rounded float.
 */
function screen(spec: AnyCommandSpec, raw: Record<string, string>): Text[] {
  const shape = spec.args.shape as Record<string, z.ZodType>;
  const problems: Text[] = [];
  for (const [field, value] of Object.entries(raw)) {
    const unsafe = findUnsafeCharacter(value);
    if (unsafe) {
      problems.push(msg("input.unsafe_character", { field, char: unsafe.char, position: unsafe.position }));
      continue;
    }
    const number = numberSchema(shape[field]);
    if (number && !PLAIN_NUMBER.test(value.trim())) {
      const example = number.isInt ? "12" : "2.5";
      problems.push(msg("input.not_a_number", { field, value: value.slice(0, 40), example }));
    }
  }
  return problems;
}

/** Digits, an optional minus and decimal part; at most 15 digits each, so no float rounding or overflow. */
const PLAIN_NUMBER = /^-?\d{1,15}(?:\.\d{1,15})?$/;

/** The number schema a field is, under optional/default wrappers. */
function numberSchema(schema: z.ZodType | undefined): z.ZodNumber | undefined {
  if (schema === undefined) return undefined;
  if (schema instanceof z.ZodNumber) return schema;
  const inner = (schema._zod.def as { innerType?: z.ZodType }).innerType;
  return numberSchema(inner);
}

function assignPositionals(spec: AnyCommandSpec, values: string[], raw: Record<string, string>): void {
  const free = spec.positional.filter((name) => !(name in raw));
  values.forEach((value, index) => {
    const name = free[index];
    const last = free[free.length - 1];
    if (name !== undefined) {
      raw[name] = value;
    } else if (spec.rest && last !== undefined) {
      raw[last] = `${raw[last]} ${value}`;
    } else {
      throw new UserError("args.too_many", { extra: value.slice(0, 80) });
    }
  });
}

function resolvePlaces(
  spec: AnyCommandSpec,
  raw: Record<string, string>,
  resolve: PlaceResolver | undefined,
) {
  if (!resolve) return;
  const shape = spec.args.shape as Record<string, z.ZodType>;
  for (const [key, value] of Object.entries(raw)) {
    const field = shape[key];
    if (field && argKind(field) === "place") raw[key] = resolve(value) ?? value;
  }
}

/** Problems one a line, each said in the reader's language when the error is shown. */
function joined(problems: readonly Text[]): Text {
  return new Text((tr) => problems.map((p) => p.render(tr)).join("\n"));
}

/**
 * Every problem zod found, one a line. Schemas carry catalogue messages rendered in English when
 * they are built; those are said again in the reader's language (see codeOfEnglish), zod's own
 * stay as zod words them.
 */
function describeIssues(error: z.ZodError): Text {
  return joined(
    error.issues.map((issue) => {
      const field = issue.path.join(".");
      // A text's length bound carries its number, so it is said from the issue, not its English.
      if (issue.code === "too_big" && issue.origin === "string") {
        const max = Number(issue.maximum);
        return new Text((tr) => `${field ? `${field}: ` : ""}${tr("text.too_long", { max })}`);
      }
      const code =
        issue.code === "invalid_type" && issue.input === undefined
          ? "args.required"
          : codeOfEnglish(issue.message);
      return new Text((tr) => {
        const message = code ? tr(code) : issue.message;
        return field ? `${field}: ${message}` : message;
      });
    }),
  );
}

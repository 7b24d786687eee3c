import type { z } from "zod";
import { UserError } from "../errors.js";
import type { PersonId, PlaceId } from "../ids.js";
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
      raw[token.key] = token.value;
    } else if (token.kind === "mention") {
      const person = resolvers.mention(token.value);
      if (person === undefined) throw new UserError("args.bad_mention", { raw: token.value });
      positionals.push(person);
    } else {
      positionals.push(token.value);
    }
  }
  assignPositionals(spec, positionals, raw);
  resolvePlaces(spec, raw, resolvers.place);
  return raw;
}

/** Validates raw arguments with the spec's schema; one UserError lists every problem. */
export function parseRaw(spec: AnyCommandSpec, raw: Readonly<Record<string, string>>): unknown {
  const parsed = spec.args.safeParse(raw);
  if (!parsed.success) {
    throw new UserError("args.invalid", { problems: describeIssues(parsed.error), usage: usageLine(spec) });
  }
  return parsed.data;
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

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.join(".");
      const message =
        issue.code === "invalid_type" && issue.input === undefined ? "is required" : issue.message;
      return field ? `${field}: ${message}` : message;
    })
    .join("\n");
}

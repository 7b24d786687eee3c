import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { shellPerson } from "../../src/adapters/shell/identity.js";
import { argumentKey } from "../../src/core/commands/arg-texts.js";
import { bindArgs } from "../../src/core/commands/bind.js";
import { help } from "../../src/core/commands/help.js";
import { tokenize } from "../../src/core/commands/parser.js";
import { Registry } from "../../src/core/commands/registry.js";
import type { AnyCommandSpec } from "../../src/core/commands/spec.js";

const registry = new Registry();
const label = (spec: AnyCommandSpec) => `${spec.group}${spec.name ? ` ${spec.name}` : ""}`;

/** Words that say nothing about what to type. */
const FILLER = new Set([
  "a",
  "an",
  "the",
  "of",
  "its",
  "it",
  "this",
  "that",
  "name",
  "number",
  "text",
  "optional",
]);

/**
 * What is wrong with an argument's description, or undefined: empty, longer than a Discord
 * option description (100), no example, or nothing but its own name.
 */
function problemOf(key: string, description: string | undefined): string | undefined {
  const text = (description ?? "").trim();
  if (text === "") return "empty";
  if ([...text].length > 100) return `${[...text].length} characters (Discord allows 100)`;
  const nameWords = new Set(key.toLowerCase().split(/[_\s-]+/));
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !FILLER.has(w) && !nameWords.has(w) && !nameWords.has(w.replace(/s$/, "")));
  if (words.length < 2) return "repeats its name";
  if (!/e\.g\.|:\s*\S/.test(text)) return "gives no example (e.g. …)";
  return undefined;
}

describe("help that teaches", () => {
  it("GIVEN the checker THEN it refuses the kinds of description people complained about", () => {
    expect(problemOf("role", "role")).toBe("repeats its name");
    expect(problemOf("id", "number")).toBe("repeats its name");
    expect(problemOf("circle", "name of the circle")).toBe("repeats its name");
    expect(problemOf("title", "")).toBe("empty");
    expect(problemOf("memo", "x".repeat(101))).toMatch(/101 characters/);
    expect(problemOf("memo", "what the money was for")).toMatch(/no example/);
    expect(problemOf("role", "the role's name, e.g. treasurer")).toBeUndefined();
  });

  it("GIVEN every argument of every command THEN it has a catalogue description saying what to type, with an example", () => {
    const problems: string[] = [];
    for (const spec of registry.commands) {
      const shape = spec.args.shape as Record<string, z.ZodType>;
      for (const [key, field] of Object.entries(shape)) {
        if (!argumentKey(spec.group, spec.name, key))
          problems.push(`${label(spec)} ${key}: not in the catalogue`);
        const problem = problemOf(key, field.description);
        if (problem) problems.push(`${label(spec)} ${key}: ${problem} (“${field.description ?? ""}”)`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("GIVEN every command THEN it has examples, and each parses with the command's own parser", () => {
    const problems: string[] = [];
    for (const spec of registry.commands) {
      if (spec.examples.length === 0) problems.push(`${label(spec)}: no examples`);
      for (const example of spec.examples) {
        const tokens = tokenize(example);
        const words = tokens.map((t) => ("value" in t ? t.value : ""));
        if (words[0] !== spec.group || (spec.name !== "" && words[1] !== spec.name))
          problems.push(`${label(spec)}: example “${example}” runs another command`);
        try {
          bindArgs(spec, tokens.slice(spec.name === "" ? 1 : 2), { mention: shellPerson });
        } catch (error) {
          problems.push(`${label(spec)}: example “${example}” does not parse: ${String(error)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("GIVEN help <group> <command> THEN it shows the summary, usage, every argument with its description, and examples", () => {
    const text = help(registry, ["rotation", "create"]);
    expect(text).toContain("Usage: /rotation create <role…>");
    expect(text).toContain("role: the role to rotate, e.g. treasurer, facilitator or custodian");
    expect(text).toContain("lead (optional): how long before a handoff");
    expect(text).toContain("Examples:\n  rotation create spokesperson");
  });

  it("GIVEN a group that is one command WHEN help names it once or twice THEN its usage and arguments show", () => {
    for (const words of [["recall"], ["recall", "recall"], ["/recall"]]) {
      const text = help(registry, words);
      expect(text, words.join(" ")).toContain("Usage: /recall <person>");
      expect(text).toContain("person: the delegate to recall, as an @mention, e.g. @bob");
      expect(text).toContain("recall @bob mandate:1 closes:2d");
    }
  });

  it("GIVEN help <group> THEN it lists the commands and says how to ask about one", () => {
    const text = help(registry, ["poll"]);
    expect(text).toContain("/poll start");
    expect(text).toContain("Say help poll <command> for one of them, e.g. help poll start.");
  });
});

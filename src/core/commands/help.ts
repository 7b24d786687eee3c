import type { z } from "zod";
import { UserError } from "../errors.js";
import { commandKey, commandText, currentLocale, t } from "../i18n.js";
import { policyText } from "./policy.js";
import { GROUPS, type Registry } from "./registry.js";
import type { AnyCommandSpec } from "./spec.js";
import { isOptional, usageLine } from "./usage.js";

/**
 * Help generated from the specs: `help`, `help <group>`, `help <group> <command>`. A group that
 * is a single command (`recall`, `propose`) answers `help recall` and `help recall recall` with
 * that command's help; a leading `/` or `!` is ignored, as people copy usage lines.
 */
export function help(registry: Registry, words: readonly string[]): string {
  const [group, name] = words.map((w) => w.toLowerCase().replace(/^[/!]+/, ""));
  if (group === undefined || group === "") {
    const rows = registry.groups().map((g) => `  ${g} — ${groupText(g)}`);
    return [t("help.intro"), ...rows, t("help.more")].join("\n");
  }
  const specs = registry.inGroup(group);
  if (specs.length === 0) throw new UserError("command.unknown", { name: group });
  const single = specs.length === 1 && specs[0]?.name === "" ? specs[0] : undefined;
  if (single) return commandHelp(single);
  if (name === undefined) {
    return [
      `${group}: ${groupText(group)}`,
      ...specs.map((s) => `  ${usageLine(s)}\n      ${summaryOf(s)}`),
      t("help.group_more", { group, example: specs[0]?.name ?? "" }),
    ].join("\n");
  }
  const spec = registry.get(group, name);
  if (!spec)
    throw new UserError("command.unknown_sub", { group, name, subs: specs.map((s) => s.name).join(", ") });
  return commandHelp(spec);
}

/** One command: what it does, how to type it, who may run it, each argument, examples. */
function commandHelp(spec: AnyCommandSpec): string {
  const shape = spec.args.shape as Record<string, z.ZodType>;
  const args = Object.entries(shape).map(
    ([key, field]) =>
      `  ${t(isOptional(field) ? "help.argument_optional" : "help.argument", { name: key, description: commandText(currentLocale(), commandKey(spec.group, spec.name, key), field.description ?? "") })}`,
  );
  return [
    summaryOf(spec),
    t("help.usage", { usage: usageLine(spec) }),
    ...describePolicy(spec),
    ...(args.length ? [t("help.arguments"), ...args] : []),
    t("help.examples"),
    ...spec.examples.map((e) => `  ${e}`),
  ].join("\n");
}

/** What a group is for, in the reader's language. */
function groupText(group: string): string {
  return commandText(currentLocale(), group, GROUPS[group] ?? "");
}

/** A command's summary in the reader's language (see commandText). */
function summaryOf(spec: AnyCommandSpec): string {
  return commandText(currentLocale(), commandKey(spec.group, spec.name), spec.summary);
}

/** Who may run it, in words, from the declaration the framework enforces. */
function describePolicy(spec: AnyCommandSpec): string[] {
  const { policy } = spec;
  if (typeof policy === "string") return [policyText(policy)];
  return [
    t("help.policy_circle", { text: policyText(policy.circle) }),
    t("help.policy_federation", { text: policyText(policy.federation) }),
  ];
}

import type { z } from "zod";
import { UserError } from "../errors.js";
import { commandKey, commandText, currentLocale, t } from "../i18n.js";
import { policyText } from "./policy.js";
import { GROUPS, type Registry } from "./registry.js";
import type { AnyCommandSpec } from "./spec.js";
import { isOptional, usageLine } from "./usage.js";

/** Help generated from the specs: `help`, `help <group>`, `help <group> <command>`. */
export function help(registry: Registry, words: readonly string[]): string {
  const [group, name] = words.map((w) => w.toLowerCase());
  if (group === undefined) {
    const rows = registry.groups().map((g) => `  ${g} — ${groupText(g)}`);
    return [
      "Jura helps circles and federations run themselves. Command groups:",
      ...rows,
      "Say help <group> for its commands.",
    ].join("\n");
  }
  const specs = registry.inGroup(group);
  if (specs.length === 0) throw new UserError("command.unknown", { name: group });
  if (name === undefined) {
    return [
      `${group}: ${groupText(group)}`,
      ...specs.map((s) => `  ${usageLine(s)}\n      ${summaryOf(s)}`),
    ].join("\n");
  }
  const spec = registry.get(group, name);
  if (!spec)
    throw new UserError("command.unknown_sub", { group, name, subs: specs.map((s) => s.name).join(", ") });
  const shape = spec.args.shape as Record<string, z.ZodType>;
  const args = Object.entries(shape).map(
    ([key, field]) =>
      `  ${key}${isOptional(field) ? " (optional)" : ""}: ${commandText(currentLocale(), commandKey(spec.group, spec.name, key), field.description ?? "")}`,
  );
  return [
    usageLine(spec),
    summaryOf(spec),
    ...describePolicy(spec),
    ...(args.length ? ["Arguments:", ...args] : []),
    "Examples:",
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

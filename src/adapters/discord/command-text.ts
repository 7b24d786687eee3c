import { ApplicationCommandOptionType } from "discord-api-types/v10";
import type { AnyCommandSpec } from "../../core/commands/spec.js";
import { personOf, placeOf } from "./identity.js";
import { specOptions } from "./slash-commands.js";

/** One filled-in option as a chat-input interaction carries it. */
export interface GivenOption {
  name: string;
  type: ApplicationCommandOptionType;
  value: string | number | boolean | undefined;
}

/** `"…"` as the core's tokenizer reads it back: backslash escapes `\` and `"`. */
export function quote(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

function valueText(given: GivenOption, guildId: string): string | undefined {
  const { value } = given;
  if (value === undefined) return undefined;
  switch (given.type) {
    case ApplicationCommandOptionType.User:
      return personOf(String(value));
    case ApplicationCommandOptionType.Channel:
      return placeOf(guildId, String(value));
    case ApplicationCommandOptionType.Boolean:
      return value === true ? "yes" : "no";
    default:
      return String(value);
  }
}

/**
 * The text command a slash command stands for, e.g. `circle create name:"Green Valley" tz:"UTC"`:
 * every option becomes a quoted `key:"value"` so the core's one parser and validator reads it,
 * people as `discord:<id>` and channels as `discord:<guild>/<channel>` places. Options the spec
 * does not know are left out (a stale registration); the core then reports what is missing.
 */
export function commandText(spec: AnyCommandSpec, given: readonly GivenOption[], guildId: string): string {
  const byName = new Map(specOptions(spec).map((o) => [o.name, o]));
  const parts = spec.name ? [spec.group, spec.name] : [spec.group];
  for (const option of given) {
    const known = byName.get(option.name);
    const text = known ? valueText(option, guildId) : undefined;
    if (known && text !== undefined) parts.push(`${known.key}:${quote(text)}`);
  }
  return parts.join(" ");
}

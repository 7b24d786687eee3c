import { IntlMessageFormat } from "intl-messageformat";
import { base } from "./messages/base.js";
import { counts } from "./messages/counts.js";
import { digestTexts } from "./messages/digest.js";
import { governance } from "./messages/governance.js";
import { helpTexts } from "./messages/help.js";
import { input } from "./messages/input.js";
import { limits } from "./messages/limits.js";
import { people } from "./messages/people.js";
import { platforms } from "./messages/platforms.js";
import { record } from "./messages/record.js";
import { schedules } from "./messages/schedules.js";
import { settings } from "./messages/settings.js";
import { treasury } from "./messages/treasury.js";
import { visible } from "./text.js";

/**
 * English message catalogue. Every text a user can see from the core goes through `t()`, so a
 * second language is one more catalogue, not a hunt through handlers. Messages are ICU
 * MessageFormat: `{name}` arguments, `{count, plural, one {# member} other {# members}}`
 * plurals and `{kind, select, …}` selects. Each area keeps its messages in its own file under
 * `messages/`; a key may be declared only once.
 */
const en = {
  ...base,
  ...governance,
  ...platforms,
  ...input,
  ...limits,
  ...schedules,
  ...record,
  ...treasury,
  ...people,
  ...helpTexts,
  ...counts,
  ...settings,
  ...digestTexts,
} as const;

export type MessageCode = keyof typeof en;
export type MessageParams = Readonly<Record<string, string | number>>;

const compiled = new Map<MessageCode, IntlMessageFormat>();

/**
 * Renders a catalogue message; a missing argument is shown as `{name}`, never thrown. Text
 * arguments are shown with control and invisible characters escaped (see `visible`), so a
 * message that quotes what someone typed can neither hide nor inject anything.
 */
export function t(code: MessageCode, params: MessageParams = {}): string {
  let format = compiled.get(code);
  if (!format) {
    format = new IntlMessageFormat(en[code], "en", undefined, { ignoreTag: true });
    compiled.set(code, format);
  }
  const values: Record<string, string | number> = {};
  for (const name of argumentNames(en[code])) {
    const value = params[name] ?? `{${name}}`;
    values[name] = typeof value === "string" ? visible(value) : value;
  }
  return String(format.format(values));
}

const names = new Map<string, string[]>();
function argumentNames(message: string): string[] {
  let found = names.get(message);
  if (!found) {
    found = [...new Set([...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1] ?? ""))];
    names.set(message, found);
  }
  return found;
}

/** Every key of the catalogue, for tests that check each one renders. */
export function messageCodes(): MessageCode[] {
  return Object.keys(en) as MessageCode[];
}

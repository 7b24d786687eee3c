import { isPersonId, type PersonId, TOKEN_CLOSE, TOKEN_OPEN } from "./ids.js";

/**
 * Handles inside free text (a proposal's title names its delegate, a story may name anyone):
 * exports and pages show a handle only for a person who agreed, so every `@mention` in a text
 * is read back to the person it names and replaced by "a member" unless they did. Reads
 * `displayPerson`'s tokens (`⟦discord:123…⟧`), and the forms texts written before them hold:
 * `@name` (shell), `@user:server` (Matrix), `@123…` (Discord). Scans once, character by
 * character: no pattern to backtrack on.
 */
const HANDLE = /[\p{L}\p{N}_.=/+:-]/u;
const WORD = /[\p{L}\p{N}_]/u;

/** The mentions in a text: where each starts and ends, and whom it names. */
function scan(text: string): Array<{ start: number; end: number; person: PersonId }> {
  const found: Array<{ start: number; end: number; person: PersonId }> = [];
  const chars = [...text];
  let offset = 0;
  const offsets = chars.map((c) => {
    const at = offset;
    offset += c.length;
    return at;
  });
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === TOKEN_OPEN) {
      let j = i + 1;
      while (j < chars.length && j - i < 300 && chars[j] !== TOKEN_CLOSE) j++;
      const id = chars.slice(i + 1, j).join("");
      if (chars[j] === TOKEN_CLOSE && isPersonId(id)) {
        found.push({ start: offsets[i] ?? 0, end: offsets[j + 1] ?? text.length, person: id });
        i = j;
      }
      continue;
    }
    if (chars[i] !== "@" || (i > 0 && WORD.test(chars[i - 1] ?? ""))) continue;
    let j = i + 1;
    while (j < chars.length && HANDLE.test(chars[j] ?? "")) j++;
    // A mention ends before trailing punctuation: "@gina." names gina.
    while (j > i + 1 && /[.:=/+-]/.test(chars[j - 1] ?? "")) j--;
    if (j === i + 1) continue;
    const local = chars.slice(i + 1, j).join("");
    const person = local.includes(":")
      ? `matrix:@${local}`
      : /^\d{15,25}$/.test(local)
        ? `discord:${local}`
        : `shell:${local}`;
    found.push({
      start: offsets[i] ?? 0,
      end: j < chars.length ? (offsets[j] ?? text.length) : text.length,
      person,
    });
    i = j - 1;
  }
  return found;
}

/** Everyone a text mentions. */
export function mentionedIn(text: string): PersonId[] {
  return scan(text).map((m) => m.person);
}

/** The text with every mention of someone not in `shown` replaced by `someone`. */
export function redactMentions(text: string, shown: ReadonlySet<PersonId>, someone: string): string {
  let out = "";
  let last = 0;
  for (const m of scan(text)) {
    if (shown.has(m.person)) continue;
    out += text.slice(last, m.start) + someone;
    last = m.end;
  }
  return out + text.slice(last);
}

/** Every mention in every text of a plain value (objects, arrays, strings; dates kept). */
export function mentionedInAll(value: unknown, into: PersonId[] = []): PersonId[] {
  if (typeof value === "string") into.push(...mentionedIn(value));
  else if (Array.isArray(value)) for (const item of value) mentionedInAll(item, into);
  else if (value && typeof value === "object" && !(value instanceof Date))
    for (const item of Object.values(value)) mentionedInAll(item, into);
  return into;
}

/** {@link redactMentions} through every text of a plain value, keeping its shape. */
export function redactAll<T>(value: T, shown: ReadonlySet<PersonId>, someone: string): T {
  if (typeof value === "string") return redactMentions(value, shown, someone) as T;
  if (Array.isArray(value)) return value.map((item) => redactAll(item, shown, someone)) as T;
  if (value && typeof value === "object" && !(value instanceof Date))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactAll(v, shown, someone)])) as T;
  return value;
}

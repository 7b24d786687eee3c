import { UserError } from "../errors.js";

/**
 * One token of a text command. `quoted` values are always positional (so `"https://x"` never
 * turns into an option); `named` is `key:value`; `mention` is `@something`, resolved to a person
 * by the adapter that knows the platform.
 */
export type Token =
  | { kind: "word"; value: string }
  | { kind: "quoted"; value: string }
  | { kind: "named"; key: string; value: string }
  | { kind: "mention"; value: string };

export const MAX_COMMAND_LENGTH = 4000;

const OPEN_QUOTES: Record<string, string> = { '"': '"', "“": "”", "„": "“", "«": "»" };
/** Visible whitespace only: invisible characters such as U+FEFF stay inside a word (and are refused there). */
const SPACE = /[\p{Zs}\t\n\r\v\f]/u;
const MAX_KEY = 32;
const KEY = /^[a-z][a-z0-9_-]{0,31}$/i;

/**
 * Splits `/group sub positional "quoted text" key:value key:"quoted value" @person`.
 * A leading `/` is optional. Throws a UserError for input nobody could mean.
 */
export function tokenize(input: string): Token[] {
  if (input.length > MAX_COMMAND_LENGTH) {
    throw new UserError("input.too_long", { length: input.length, max: MAX_COMMAND_LENGTH });
  }
  // A Windows or old-Mac line break is one newline: only \n may stay inside quoted text.
  const text = input.replace(/\r\n?/g, "\n").replace(/^\s*\//, "");
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? "";
    if (SPACE.test(ch)) {
      i++;
      continue;
    }
    // `@"Bob (Discord)"`: a person named as Jura shows them, spaces and all.
    const named = ch === "@" ? OPEN_QUOTES[text[i + 1] ?? ""] : undefined;
    if (named !== undefined) {
      const [value, next] = readQuoted(text, i + 2, named, i + 1);
      tokens.push({ kind: "mention", value });
      i = next;
      continue;
    }
    const close = OPEN_QUOTES[ch];
    if (close !== undefined) {
      const [value, next] = readQuoted(text, i + 1, close, i);
      tokens.push({ kind: "quoted", value });
      i = next;
      continue;
    }
    let j = i;
    while (j < text.length && !SPACE.test(text[j] ?? "")) {
      const colon = text[j] === ":" && j - i <= MAX_KEY && KEY.test(text.slice(i, j)) && text[i] !== "@";
      // `key:"…"`, and `person:@"Bob (Discord)"`: a quoted person keeps its `@`.
      const at = colon && text[j + 1] === "@" ? 1 : 0;
      const quote = colon ? OPEN_QUOTES[text[j + 1 + at] ?? ""] : undefined;
      if (quote !== undefined) {
        const [quoted, next] = readQuoted(text, j + 2 + at, quote, j + 1 + at);
        const value = at ? `@${quoted}` : quoted;
        tokens.push({ kind: "named", key: text.slice(i, j).toLowerCase(), value });
        i = next;
        j = -1;
        break;
      }
      j++;
    }
    if (j === -1) continue;
    tokens.push(classify(text.slice(i, j)));
    i = j;
  }
  return tokens;
}

function classify(raw: string): Token {
  if (raw.startsWith("@") && raw.length > 1) return { kind: "mention", value: raw.slice(1) };
  const colon = raw.indexOf(":");
  if (colon > 0 && KEY.test(raw.slice(0, colon))) {
    return { kind: "named", key: raw.slice(0, colon).toLowerCase(), value: raw.slice(colon + 1) };
  }
  return { kind: "word", value: raw };
}

function readQuoted(text: string, start: number, close: string, openedAt: number): [string, number] {
  let value = "";
  for (let k = start; k < text.length; k++) {
    const c = text[k] ?? "";
    if (c === "\\" && k + 1 < text.length) {
      value += text[k + 1];
      k++;
    } else if (c === close || (close !== '"' && c === '"')) {
      return [value, k + 1];
    } else {
      value += c;
    }
  }
  throw new UserError("input.unterminated_quote", { position: openedAt + 1 });
}

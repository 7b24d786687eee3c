/**
 * One policy for the characters Jura accepts in what people type, and one way of showing text
 * back. Control characters (NUL, ESC…), bidirectional overrides, invisible characters (zero-width
 * spaces, soft hyphens, fillers that render as nothing), line and paragraph separators, lone
 * surrogates and non-characters are refused in every field: they let one person make a name,
 * an option or a log line read differently to everyone else. Two exceptions keep real text
 * working: a newline (free text may span lines), and the zero-width joiner and non-joiner
 * between two visible characters (emoji sequences, Persian and Indic scripts need them).
 */
const CANDIDATE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\u2800\uFDD0-\uFDEF\uFFFE\uFFFF]/gu;
const JOINERS = new Set(["\u200c", "\u200d"]);
const SPACE_OR_CANDIDATE =
  /^[\s\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\u2800\uFDD0-\uFDEF\uFFFE\uFFFF]$/u;

/** An unsafe character found in a text: itself, and its 1-based position in characters (code points). */
export interface UnsafeCharacter {
  char: string;
  position: number;
}

/** The first character the policy above refuses, or undefined when the text is acceptable. */
export function findUnsafeCharacter(text: string): UnsafeCharacter | undefined {
  for (const match of text.matchAll(CANDIDATE)) {
    if (isAllowed(text, match[0], match.index)) continue;
    return { char: match[0], position: [...text.slice(0, match.index)].length + 1 };
  }
  return undefined;
}

export function hasUnsafeCharacter(text: string): boolean {
  return findUnsafeCharacter(text) !== undefined;
}

/**
 * The text with every refused character written as an escape (`\u200b`, `\u0000`,
 * `\u{e0041}`), so an error that quotes what someone typed is readable and harmless. Newlines and
 * joiners between visible characters stay as they are.
 */
export function visible(text: string): string {
  return text.replace(CANDIDATE, (char, index: number) =>
    isAllowed(text, char, index) ? char : escapeCharacter(char),
  );
}

/** `\u202e`, or `\u{1f600}` beyond the basic plane. */
export function escapeCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

function isAllowed(text: string, char: string, index: number): boolean {
  if (char === "\n") return true;
  if (!JOINERS.has(char)) return false;
  const before = codePointBefore(text, index);
  const after = text.codePointAt(index + 1);
  return (
    before !== undefined &&
    after !== undefined &&
    !SPACE_OR_CANDIDATE.test(String.fromCodePoint(before)) &&
    !SPACE_OR_CANDIDATE.test(String.fromCodePoint(after))
  );
}

/** The code point that ends just before `index`, reading a surrogate pair as one. */
function codePointBefore(text: string, index: number): number | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const pair = text.codePointAt(index - 2) ?? low;
    if (pair > 0xffff) return pair;
  }
  return low;
}

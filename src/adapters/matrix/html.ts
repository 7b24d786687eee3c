/**
 * The little HTML Jura reads and writes. Input comes from anyone, so reading never builds a
 * DOM or trusts structure: it takes the text out with linear regexes and tolerates any mess.
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * A matrix.to link to a user (`https://matrix.to/#/@alice:example.org`), as Element's pills are.
 * Spans are bounded so hostile input (thousands of unclosed links) stays linear.
 */
const USER_PILL =
  /<a\s[^>]*?href\s*=\s*["']https:\/\/matrix\.to\/#\/((?:@|%40)[^"'?\s>]+)[^"']*["'][^>]{0,512}>[\s\S]{0,512}?<\/a\s*>/gi;

/**
 * Plain command text from an HTML message body: user pills become their user ids (so
 * `@mentions` resolve exactly), line breaks stay, every other tag goes, entities are decoded.
 */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<mx-reply>[\s\S]*?<\/mx-reply>/gi, "")
      .replace(USER_PILL, (_whole, id: string) => safeDecode(id))
      .replace(/<br\s*\/?>|<\/p\s*>|<\/div\s*>|<\/li\s*>/gi, "\n")
      .replace(/<[^<>]*>/g, ""),
  );
}

/** Whether an HTML body mentions someone with a pill (then its text beats the plain body). */
export function hasUserPill(html: string): boolean {
  USER_PILL.lastIndex = 0;
  const found = USER_PILL.test(html);
  USER_PILL.lastIndex = 0;
  return found;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const MATRIX_USER = /(^|[\s(“])(@[a-z0-9._=\-/+]+:[a-z0-9.-]*[a-z0-9](?::\d{1,5})?)(?=$|[\s)”.,;:!?&])/gi;

/**
 * HTML for a notice: escaped text, Matrix user ids as pills, line breaks kept, leading spaces
 * (help's indentation) kept.
 */
export function textToHtml(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      const indent = /^ */.exec(line)?.[0].length ?? 0;
      const body = escapeHtml(line.slice(indent)).replace(
        MATRIX_USER,
        (_whole, before: string, id: string) => `${before}<a href="https://matrix.to/#/${id}">${id}</a>`,
      );
      return "&nbsp;".repeat(indent) + body;
    })
    .join("<br>");
}

/**
 * The little HTML Jura reads and writes. Input comes from anyone, so reading never builds a
 * DOM or trusts structure: it walks the tags once, in linear time, and tolerates any mess.
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

/** A tag Jura reads: its lower-cased name, whether it closes, and (for `<a>`) a user pill's id. */
interface Tag {
  name: string;
  closing: boolean;
  pill: string | undefined;
}

/** Tags longer than this are never pills (an Element pill's tag is under 200 characters). */
const MAX_TAG = 2_048;
const TAG = /<([^<>]*)>/g;
const TAG_NAME = /^(\/?)\s*([a-z][a-z0-9-]{0,31})/i;
/** A matrix.to link to a user (`https://matrix.to/#/@alice:example.org`), as Element's pills are. */
const PILL_HREF = /\bhref\s*=\s*["']https:\/\/matrix\.to\/#\/((?:@|%40)[^"'?\s>]+)/i;

function readTag(inside: string): Tag | undefined {
  const name = TAG_NAME.exec(inside);
  if (!name?.[2]) return undefined;
  const closing = name[1] === "/";
  const tag = name[2].toLowerCase();
  const href = tag === "a" && !closing && inside.length <= MAX_TAG ? PILL_HREF.exec(inside) : null;
  return { name: tag, closing, pill: href?.[1] ? safeDecode(href[1]) : undefined };
}

/**
 * The text and tags of an HTML body, in order, in one pass: a `<` without a `>` before the
 * next `<` is text, as browsers show it. Linear in the input whatever it holds.
 */
function* pieces(html: string): Generator<string | Tag> {
  let last = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match !== null; match = TAG.exec(html)) {
    if (match.index > last) yield html.slice(last, match.index);
    last = TAG.lastIndex;
    yield readTag(match[1] ?? "") ?? { name: "", closing: false, pill: undefined };
  }
  if (last < html.length) yield html.slice(last);
}

const LINE_BREAKS = new Set(["br", "/p", "/div", "/li"]);

/**
 * Plain command text from an HTML message body: user pills become their user ids (so
 * `@mentions` resolve exactly), the `<mx-reply>` quote goes, line breaks stay, every other tag
 * goes, entities are decoded. One pass, no backtracking: hostile input (thousands of unclosed
 * links or quotes) costs what its length costs.
 */
export function htmlToText(html: string): string {
  const replyEnd = html.toLowerCase().indexOf("</mx-reply");
  const out: string[] = [];
  let inReply = false;
  /** Text inside a pill, dropped when the pill closes, kept if it never does. */
  let pillText: string[] | undefined;
  for (const piece of pieces(html)) {
    if (typeof piece === "string") {
      if (inReply) continue;
      (pillText ?? out).push(decodeEntities(piece));
      continue;
    }
    if (piece.name === "mx-reply") {
      inReply = !piece.closing && replyEnd !== -1;
      continue;
    }
    if (inReply) continue;
    if (piece.name === "a" && pillText) {
      if (!piece.closing) out.push(...pillText);
      pillText = undefined;
      if (piece.closing) continue;
    }
    if (piece.pill !== undefined) {
      out.push(piece.pill);
      pillText = [];
    } else if (LINE_BREAKS.has(piece.closing ? `/${piece.name}` : piece.name)) {
      (pillText ?? out).push("\n");
    }
  }
  if (pillText) out.push(...pillText);
  return out.join("");
}

/** Whether an HTML body mentions someone with a pill (then its text beats the plain body). */
export function hasUserPill(html: string): boolean {
  for (const piece of pieces(html)) if (typeof piece !== "string" && piece.pill !== undefined) return true;
  return false;
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

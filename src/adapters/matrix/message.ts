import { hasUserPill, htmlToText } from "./html.js";

/** Who the bot is, to recognise a command addressed to it. */
export interface BotIdentity {
  userId: string;
  /** Its display name, if it has one (Element's mentions show it in the plain body). */
  displayName?: string | undefined;
}

/** The command prefix in rooms: `!jura circle list`. */
export const PREFIX = "!jura";

/** Bodies past this are not read at all (Synapse's event limit is 64 KiB anyway). */
const MAX_BODY = 65_536;
/**
 * HTML bodies past this are not parsed: the plain body is read instead. A command is at most
 * 4000 characters; its HTML, pills included, stays far below this.
 */
export const MAX_HTML = 16_384;

const SEPARATOR = /^[\s:,]/;

/**
 * The command text of an `m.room.message` addressed to the bot (`!jura …`, or a message that
 * starts by mentioning it), or undefined for anything else. Content is untrusted: wrong types,
 * missing fields, huge or broken HTML all mean "not a command" rather than an exception.
 * Only `m.text` counts: notices are other bots talking, and answering them could loop.
 *
 * Every message of every room comes through here, so whether it is addressed to the bot is
 * decided first, from the plain body, `m.mentions` and a substring search of the HTML for the
 * bot's id; only then, and only for HTML under {@link MAX_HTML}, is the HTML read for pills.
 */
export function commandText(
  content: unknown,
  bot: BotIdentity,
  groups: readonly string[] = [],
): string | undefined {
  if (typeof content !== "object" || content === null) return undefined;
  const c = content as Record<string, unknown>;
  if (c.msgtype !== "m.text" || typeof c.body !== "string") return undefined;
  if (c.body.length > MAX_BODY) return undefined;
  const relation = c["m.relates_to"];
  const isReply =
    typeof relation === "object" &&
    relation !== null &&
    typeof (relation as { "m.in_reply_to"?: unknown })["m.in_reply_to"] === "object";
  const mentions = (c["m.mentions"] as { user_ids?: unknown } | undefined)?.user_ids;
  const mentioned = Array.isArray(mentions) && mentions.includes(bot.userId);
  const plain = addressedText((isReply ? stripReplyFallback(c.body) : c.body).trim(), bot, mentioned, groups);
  const html =
    c.format === "org.matrix.custom.html" &&
    typeof c.formatted_body === "string" &&
    c.formatted_body.length <= MAX_HTML
      ? c.formatted_body
      : undefined;
  if (html === undefined || (plain === undefined && !namesBot(html, bot))) return plain;
  if (!hasUserPill(html)) return plain;
  return addressedText(htmlToText(html).trim(), bot, mentioned, groups) ?? plain;
}

/** Whether an HTML body contains the bot's user id, plainly or percent-encoded (a pill to it). */
function namesBot(html: string, bot: BotIdentity): boolean {
  const lower = html.toLowerCase();
  const id = bot.userId.toLowerCase();
  return (
    lower.includes(id) ||
    lower.includes(encodeURIComponent(id).toLowerCase()) ||
    lower.includes(`%40${id.slice(1)}`)
  );
}

/** Removes the `> quoted` lines a reply starts with (clients before Matrix 1.13 add them). */
function stripReplyFallback(body: string): string {
  if (!body.startsWith("> ")) return body;
  const lines = body.split("\n");
  let i = 0;
  while (i < lines.length && (lines[i] ?? "").startsWith(">")) i++;
  return lines.slice(i).join("\n");
}

/**
 * `!jura`, the bot's user id and `@localpart` always address it; its bare name only with a colon
 * or comma after it (`Jura: help`) or when the message mentions it (`m.mentions`), so a sentence
 * that merely starts with the word "jura" is left alone.
 */
function addressedText(
  text: string,
  bot: BotIdentity,
  mentioned: boolean,
  groups: readonly string[],
): string | undefined {
  const slashed = slashCommand(text, groups);
  if (slashed !== undefined) return slashed;
  const localpart = bot.userId.slice(1, bot.userId.indexOf(":"));
  const strong = [PREFIX, bot.userId, `@${localpart}`];
  const weak = [bot.displayName, localpart].filter(
    (n): n is string => typeof n === "string" && n.trim() !== "",
  );
  const lower = text.toLowerCase();
  for (const name of [...strong, ...weak]) {
    if (!lower.startsWith(name.toLowerCase())) continue;
    const rest = text.slice(name.length);
    if (rest !== "" && !SEPARATOR.test(rest)) continue;
    if (!strong.includes(name) && !mentioned && !/^\s*[:,]/.test(rest)) continue;
    const command = rest.replace(/^[\s:,]+/, "").trim();
    return command === "" ? "help" : command;
  }
  return undefined;
}

/**
 * `/convergence rsvp 1 no`, typed in Element as Discord people write it (Element offers to send
 * an unknown slash command as a message): a command, but only when its first word is one of
 * Jura's command groups, so `/shrug`, `/me` or another bot's commands are left alone. Jura
 * answers it as if `!jura` had been written (which its replies then show).
 */
function slashCommand(text: string, groups: readonly string[]): string | undefined {
  if (!text.startsWith("/") || groups.length === 0) return undefined;
  const group = /^\/([a-z][a-z-]{0,31})(?=$|\s)/.exec(text)?.[1];
  return group && groups.includes(group) ? text.slice(1).trim() : undefined;
}

/** Matrix event ids: `$` and up to 255 bytes of anything printable. */
const EVENT_ID = /^\$[\x21-\x7e]{1,254}$/;

/**
 * The root of the thread a message was written in (`m.relates_to` with `rel_type: m.thread`,
 * as Element sends it), or undefined for a message in the main timeline or a malformed relation.
 */
export function threadOf(content: unknown): string | undefined {
  if (typeof content !== "object" || content === null) return undefined;
  const relation = (content as Record<string, unknown>)["m.relates_to"];
  if (typeof relation !== "object" || relation === null) return undefined;
  const { rel_type: type, event_id: root } = relation as Record<string, unknown>;
  return type === "m.thread" && typeof root === "string" && EVENT_ID.test(root) ? root : undefined;
}

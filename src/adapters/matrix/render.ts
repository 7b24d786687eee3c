import type { Outcome } from "../../app/jura.js";
import { t } from "../../core/i18n.js";
import { accountOf, accountOn, plainName } from "../../core/people.js";
import { peopleDirectory } from "../../core/people-directory.js";
import { renderFor, type Surface } from "../../core/people-text.js";
import type { OutgoingMessage, PollStartPayload } from "../../core/ports.js";
import { escapeHtml, textToHtml } from "./html.js";
import { PREFIX } from "./message.js";
import { pollEndEvent, pollStartEvent } from "./polls.js";
import { PROPOSAL_FIELD } from "./proposal-posts.js";

/**
 * One Matrix event Jura sends: an `m.room.message` notice, or an MSC3381 poll start or end.
 */
export interface OutgoingEvent {
  type: string;
  content: Record<string, unknown>;
}

/** The command event a reply answers. */
export interface ReplyTarget {
  eventId: string;
  sender: string;
  /** The thread the command was written in: the reply goes there too. */
  threadId?: string | undefined;
}

/**
 * An `m.notice` with a plain `body` and an HTML `formatted_body`. As a reply it points at the
 * command (`m.in_reply_to`) and mentions only its sender; an announcement mentions nobody, so
 * names in it do not ping the whole room. A reply to a command written in a thread stays in
 * that thread: `rel_type: m.thread` on the thread's root, and a real reply to the command
 * (`is_falling_back: false`), which is how Element sends a reply inside a thread.
 */
export function notice(text: string, replyTo?: ReplyTarget): OutgoingEvent {
  const { body, html } = matrixText(text);
  const content: Record<string, unknown> = {
    msgtype: "m.notice",
    body,
    format: "org.matrix.custom.html",
    formatted_body: html,
    "m.mentions": replyTo ? { user_ids: [replyTo.sender] } : {},
  };
  if (replyTo?.threadId) {
    content["m.relates_to"] = {
      rel_type: "m.thread",
      event_id: replyTo.threadId,
      is_falling_back: false,
      "m.in_reply_to": { event_id: replyTo.eventId },
    };
  } else if (replyTo) {
    content["m.relates_to"] = { "m.in_reply_to": { event_id: replyTo.eventId } };
  }
  return { type: "m.room.message", content };
}

/** A notice to one person in their direct room with Jura (not a reply: what it answers is elsewhere). */
export function personalNotice(text: string, userId: string): OutgoingEvent {
  const event = notice(text);
  event.content["m.mentions"] = { user_ids: [userId] };
  return event;
}

/** Pills are placed after escaping, at these marks (private-use characters no text holds). */
const PILL_OPEN = "\ue000";
const PILL_CLOSE = "\ue001";

/**
 * A core text as a Matrix message's plain body and HTML (the one rendering step of people and
 * commands on Matrix): a Matrix person as a pill named by their display name (the name alone in
 * the body, as Element writes pills), a person of another platform by name and platform ("Bob
 * (Discord)"), commands as `!jura group sub`.
 */
export function matrixText(text: string): { body: string; html: string } {
  const pills: Array<{ id: string; name: string }> = [];
  const surface: Surface = {
    person: ({ id, code }) => {
      const account = accountOn(peopleDirectory, id, "matrix");
      if (!account) return plainName(accountOf(peopleDirectory, id), "matrix");
      const user = account.id.slice("matrix:".length);
      const name = account.name ?? user;
      if (code) return user;
      pills.push({ id: user, name });
      return `${PILL_OPEN}${pills.length - 1}${PILL_CLOSE}`;
    },
    command: (piece) => `${PREFIX} ${piece.sub ? `${piece.group} ${piece.sub}` : piece.group}`,
  };
  const marked = renderFor(text, surface);
  if (pills.length === 0) return { body: marked, html: textToHtml(marked) };
  const mark = new RegExp(`${PILL_OPEN}(\\d{1,4})${PILL_CLOSE}`, "g");
  const body = marked.replace(mark, (_w, n: string) => pills[Number(n)]?.name ?? "");
  const html = textToHtml(marked).replace(mark, (_w, n: string) => {
    const pill = pills[Number(n)];
    return pill ? `<a href="https://matrix.to/#/${escapeHtml(pill.id)}">${escapeHtml(pill.name)}</a>` : "";
  });
  return { body, html };
}

/**
 * Core texts write commands Discord-style (`/circle join`); in Matrix they start with `!jura`.
 * `groups` are the command groups, so only real commands are rewritten.
 */
export function matrixCommands(text: string, groups: readonly string[]): string {
  if (groups.length === 0) return text;
  const slash = new RegExp(`(^|[\\s(“"'\`])/(${groups.join("|")})\\b`, "gm");
  return text.replace(slash, `$1${PREFIX} $2`);
}

/** What a command's outcome looks like in the room; nothing for a duplicate. */
export function renderOutcome(outcome: Outcome, replyTo: ReplyTarget): OutgoingEvent[] {
  if (outcome.kind === "duplicate") return [];
  return [notice(outcome.text, replyTo)];
}

/** What rendering an announcement needs to know besides the message. */
export interface AnnouncementContext {
  /** Jura's user id, for people to find its direct chat. */
  botUserId: string;
  /** The command groups, to write commands as `!jura …`. */
  groups: readonly string[];
  /** For a poll end: its start was a secret ballot's notice, not an MSC3381 poll. */
  secretStart?: boolean;
}

const MOMENT = /\d{4}-\d{2}-\d{2} \d{2}:\d{2} \([^)\n]{1,64}\)/;

/**
 * A secret ballot as a notice, never an MSC3381 poll: poll responses are room events everyone
 * reads, so its text says to vote in a direct chat with Jura instead. Its title, options and
 * counting rules come from the core's text; the way to vote is Matrix's.
 */
function secretPollNotice(
  payload: PollStartPayload,
  text: string,
  context: AnnouncementContext,
): OutgoingEvent {
  const lines = text.split("\n");
  const until = MOMENT.exec(text)?.[0] ?? payload.closesAt;
  const rules = lines.filter((line, i) => i > 0 && line.startsWith("Quorum"));
  const body = [
    lines[0] ?? payload.question,
    ...payload.options.map((option, i) => `  ${i + 1}. ${option}`),
    t("matrix.secret_poll_how", { id: payload.pollId, bot: context.botUserId, until }),
    ...rules,
  ].join("\n");
  return notice(body);
}

/**
 * An outbox message (an announcement) as the events to post, the first being the one the outbox
 * records. A public poll start is an MSC3381 poll (Element's form, text fallback included); a
 * secret ballot's start is a notice saying to vote in a direct chat. A poll end is an MSC3381 end
 * event relating to the start, then the counted result as a notice: clients tally the responses
 * they see, including non-members', so Jura's count is said in words too (a secret ballot's end
 * is the notice alone, since its start was no poll). A poll end whose start was never delivered
 * (no `relatesTo`) is the notice alone. A proposal says it can be answered with reactions.
 * Commands in texts are written the Matrix way (`!jura …`).
 */
export function renderAnnouncement(message: OutgoingMessage, context: AnnouncementContext): OutgoingEvent[] {
  const { payload } = message;
  const text = matrixCommands(message.text, context.groups);
  if (payload?.type === "poll-start")
    return [
      payload.secret
        ? secretPollNotice(payload, message.text, context)
        : pollStartEvent(payload, matrixText(message.text).body),
    ];
  if (payload?.type === "poll-end" && message.relatesTo && !context.secretStart)
    return [pollEndEvent(message.relatesTo, matrixText(text).body), notice(text)];
  if (payload?.type === "proposal") {
    const event = notice(`${text}\n${t("matrix.proposal_react", { id: payload.proposalId })}`);
    event.content[PROPOSAL_FIELD] = payload.proposalId;
    return [event];
  }
  return [notice(text)];
}

import type { Outcome } from "../../app/jura.js";
import { t } from "../../core/i18n.js";
import type { OutgoingMessage, PollStartPayload } from "../../core/ports.js";
import { textToHtml } from "./html.js";
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
  const content: Record<string, unknown> = {
    msgtype: "m.notice",
    body: text,
    format: "org.matrix.custom.html",
    formatted_body: textToHtml(text),
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
        : pollStartEvent(payload, message.text),
    ];
  if (payload?.type === "poll-end" && message.relatesTo && !context.secretStart)
    return [pollEndEvent(message.relatesTo, text), notice(text)];
  if (payload?.type === "proposal") {
    const event = notice(`${text}\n${t("matrix.proposal_react", { id: payload.proposalId })}`);
    event.content[PROPOSAL_FIELD] = payload.proposalId;
    return [event];
  }
  return [notice(text)];
}

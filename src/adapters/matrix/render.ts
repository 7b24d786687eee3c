import type { Outcome } from "../../app/jura.js";
import type { OutgoingMessage } from "../../core/ports.js";
import { textToHtml } from "./html.js";
import { pollEndEvent, pollStartEvent } from "./polls.js";

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

/** What a command's outcome looks like in the room; nothing for a duplicate. */
export function renderOutcome(outcome: Outcome, replyTo: ReplyTarget): OutgoingEvent[] {
  if (outcome.kind === "duplicate") return [];
  return [notice(outcome.text, replyTo)];
}

/**
 * An outbox message (an announcement) as the events to post, the first being the one the outbox
 * records. A poll start is an MSC3381 poll (Element's form, text fallback included). A poll end
 * is an MSC3381 end event relating to the start, then the counted result as a notice: clients
 * tally the responses they see, including non-members', so Jura's count is said in words too.
 * A poll end whose start was never delivered (no `relatesTo`) is the notice alone.
 */
export function renderAnnouncement(message: OutgoingMessage): OutgoingEvent[] {
  const { payload } = message;
  if (payload?.type === "poll-start") return [pollStartEvent(payload, message.text)];
  if (payload?.type === "poll-end" && message.relatesTo)
    return [pollEndEvent(message.relatesTo, message.text), notice(message.text)];
  return [notice(message.text)];
}

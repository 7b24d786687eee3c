import type { Outcome } from "../../app/jura.js";
import type { OutgoingMessage } from "../../core/ports.js";
import { textToHtml } from "./html.js";

/**
 * One Matrix event Jura sends. Replies and announcements are `m.room.message` notices today;
 * polls (MSC3381) will add `org.matrix.msc3381.poll.start` events rendered next to these.
 */
export interface OutgoingEvent {
  type: string;
  content: Record<string, unknown>;
}

/** The command event a reply answers. */
export interface ReplyTarget {
  eventId: string;
  sender: string;
}

/**
 * An `m.notice` with a plain `body` and an HTML `formatted_body`. As a reply it points at the
 * command (`m.in_reply_to`) and mentions only its sender; an announcement mentions nobody, so
 * names in it do not ping the whole room.
 */
export function notice(text: string, replyTo?: ReplyTarget): OutgoingEvent {
  const content: Record<string, unknown> = {
    msgtype: "m.notice",
    body: text,
    format: "org.matrix.custom.html",
    formatted_body: textToHtml(text),
    "m.mentions": replyTo ? { user_ids: [replyTo.sender] } : {},
  };
  if (replyTo) content["m.relates_to"] = { "m.in_reply_to": { event_id: replyTo.eventId } };
  return { type: "m.room.message", content };
}

/** What a command's outcome looks like in the room; nothing for a duplicate. */
export function renderOutcome(outcome: Outcome, replyTo: ReplyTarget): OutgoingEvent[] {
  if (outcome.kind === "duplicate") return [];
  return [notice(outcome.text, replyTo)];
}

/**
 * An outbox message (an announcement) as the events to post. Poll payloads are posted as their
 * text fallback for now; MSC3381 rendering (`org.matrix.msc3381.poll.start`, and the end event
 * relating to `message.relatesTo`) belongs here when it lands.
 */
export function renderAnnouncement(message: OutgoingMessage): OutgoingEvent[] {
  return [notice(message.text)];
}

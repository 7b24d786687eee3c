import type { Jura, Outcome } from "../../app/jura.js";
import type { Log } from "../../log.js";
import { mentionResolver, personOf, placeOf } from "./identity.js";

/** A raw room event; nothing in it is trusted. */
type RawEvent = Record<string, unknown>;

export const REACTION = "m.reaction";

/** Reaction keys that answer a convergence announcement (variation selectors and skin tones aside). */
const RSVP_KEYS: ReadonlyMap<string, "yes" | "maybe" | "no"> = new Map([
  ["👍", "yes"],
  ["🤔", "maybe"],
  ["👎", "no"],
]);

export interface ReactionDeps {
  jura: Jura;
  log: Log;
  /** Which convergence a bot message announces (its reminder or start), if any. */
  convergenceOf(eventId: string): Promise<number | undefined>;
}

/** `{eventId, key}` of an `m.annotation` reaction, or undefined for anything else. */
export function readReaction(content: unknown): { eventId: string; key: string } | undefined {
  if (typeof content !== "object" || content === null) return undefined;
  const relation = (content as RawEvent)["m.relates_to"];
  if (typeof relation !== "object" || relation === null) return undefined;
  const { rel_type: relType, event_id: eventId, key } = relation as RawEvent;
  if (relType !== "m.annotation" || typeof eventId !== "string" || typeof key !== "string") return undefined;
  return { eventId, key };
}

/** The RSVP a reaction key means: 👍 yes, 🤔 maybe, 👎 no (with or without U+FE0F or a skin tone). */
export function rsvpAnswer(key: string): "yes" | "maybe" | "no" | undefined {
  return RSVP_KEYS.get(key.replace(/[\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}]/gu, "").trim());
}

/**
 * A 👍 / 🤔 / 👎 reaction to one of Jura's convergence announcements (a reminder or the start),
 * as `convergence rsvp <id> yes|maybe|no`; the reaction's event id is the command's, so a
 * redelivered reaction counts once. Other reactions, and reactions to other messages, are ignored.
 *
 * Returns the outcome to answer the person with (a refusal), a duplicate for a redelivered
 * reaction, or undefined when there is nothing to say (the reaction itself shows the answer).
 */
export async function handleReaction(
  deps: ReactionDeps,
  roomId: string,
  event: RawEvent,
): Promise<{ outcome: Outcome; announcement: string } | undefined> {
  const sender = event.sender as string;
  const eventId = event.event_id as string;
  const reaction = readReaction(event.content);
  const answer = reaction ? rsvpAnswer(reaction.key) : undefined;
  if (!reaction || !answer) return undefined;
  const convergenceId = await deps.convergenceOf(reaction.eventId);
  const context = { roomId, eventId, sender, convergenceId, announcement: reaction.eventId, answer };
  if (convergenceId === undefined) return undefined;
  const outcome = await deps.jura.handle({
    actor: personOf(sender),
    place: placeOf(roomId),
    text: `convergence rsvp ${convergenceId} ${answer}`,
    resolveMention: mentionResolver(sender),
    eventId,
  });
  if (outcome.kind === "reply") {
    deps.log.info(context, "an RSVP by reaction was noted");
    return undefined;
  }
  if (outcome.kind !== "duplicate")
    deps.log.info({ ...context, reason: outcome.text }, "an RSVP by reaction was refused");
  return { outcome, announcement: reaction.eventId };
}

import type { Jura, Outcome } from "../../app/jura.js";
import { t } from "../../core/i18n.js";
import type { UnitOfWork } from "../../core/ports.js";
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

/** Reaction keys that answer a proposal: 👎 asks for a reason instead of answering. */
const PROPOSAL_KEYS: ReadonlyMap<string, "agree" | "abstain" | "object"> = new Map([
  ["👍", "agree"],
  ["🤷", "abstain"],
  ["😐", "abstain"],
  ["👎", "object"],
]);

export interface ReactionDeps {
  jura: Jura;
  log: Log;
  uow: UnitOfWork;
  /** Which convergence a bot message announces (its reminder or start), if any. */
  convergenceOf(eventId: string): Promise<number | undefined>;
  /** Which proposal a bot message puts to its deciders, if any. */
  proposalOf(eventId: string): Promise<number | undefined>;
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

/** A reaction key without variation selectors, skin tones or a gender sign (🤷‍♀️ is 🤷). */
const bare = (key: string) =>
  key.replace(/\u200D[\u2640\u2642]|[\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}]/gu, "").trim();

/** The RSVP a reaction key means: 👍 yes, 🤔 maybe, 👎 no (with or without U+FE0F or a skin tone). */
export function rsvpAnswer(key: string): "yes" | "maybe" | "no" | undefined {
  return RSVP_KEYS.get(bare(key));
}

/** The answer to a proposal a reaction key means: 👍 agree, 🤷 or 😐 abstain, 👎 an objection (which needs words). */
export function proposalAnswer(key: string): "agree" | "abstain" | "object" | undefined {
  return PROPOSAL_KEYS.get(bare(key));
}

/**
 * A reaction to one of Jura's messages that people answer:
 * - on a convergence announcement (a reminder or the start), 👍 / 🤔 / 👎 is
 *   `convergence rsvp <id> yes|maybe|no`;
 * - on a proposal put to its deciders, 👍 is `proposal agree <id>` and 🤷 or 😐
 *   `proposal abstain <id>`; 👎 is answered with how to object, since an objection needs a
 *   reason the others can answer.
 * The reaction's event id is the command's, so a redelivered reaction counts once (and its
 * answer is not repeated). Other reactions, and reactions to other messages, are ignored.
 *
 * Returns the outcome to answer the person with (a refusal, how to object), a duplicate for a
 * redelivered reaction, or undefined when there is nothing to say (the reaction shows the answer).
 */
export async function handleReaction(
  deps: ReactionDeps,
  roomId: string,
  event: RawEvent,
  isPrivate = false,
): Promise<{ outcome: Outcome; announcement: string } | undefined> {
  const sender = event.sender as string;
  const eventId = event.event_id as string;
  const reaction = readReaction(event.content);
  if (!reaction) return undefined;
  const rsvp = rsvpAnswer(reaction.key);
  const answer = proposalAnswer(reaction.key);
  const proposalId = answer ? await deps.proposalOf(reaction.eventId) : undefined;
  const convergenceId =
    rsvp && proposalId === undefined ? await deps.convergenceOf(reaction.eventId) : undefined;
  const base = { roomId, eventId, sender, announcement: reaction.eventId };
  if (proposalId !== undefined && answer) {
    const context = { ...base, proposalId, answer };
    if (answer === "object")
      return { outcome: await howToObject(deps, eventId, proposalId), announcement: reaction.eventId };
    return answered(deps, context, reaction.eventId, "a proposal answer by reaction", {
      actor: personOf(sender),
      place: placeOf(roomId),
      text: `proposal ${answer} ${proposalId}`,
      resolveMention: mentionResolver(sender),
      eventId,
      private: isPrivate,
    });
  }
  if (convergenceId === undefined || !rsvp) return undefined;
  return answered(deps, { ...base, convergenceId, answer: rsvp }, reaction.eventId, "an RSVP by reaction", {
    actor: personOf(sender),
    place: placeOf(roomId),
    text: `convergence rsvp ${convergenceId} ${rsvp}`,
    resolveMention: mentionResolver(sender),
    eventId,
    private: isPrivate,
  });
}

/** Runs the command a reaction stands for; only a refusal (or a redelivery) is returned. */
async function answered(
  deps: ReactionDeps,
  context: Record<string, unknown>,
  announcement: string,
  what: string,
  input: Parameters<Jura["handle"]>[0],
): Promise<{ outcome: Outcome; announcement: string } | undefined> {
  const outcome = await deps.jura.handle(input);
  if (outcome.kind === "reply") {
    deps.log.info(context, `${what} was noted`);
    return undefined;
  }
  if (outcome.kind !== "duplicate")
    deps.log.info({ ...context, reason: outcome.text }, `${what} was refused`);
  return { outcome, announcement };
}

/**
 * 👎 on a proposal: an objection needs a reason, so the person is told how to give one (once
 * per reaction: a redelivered one is a duplicate), or that the proposal is closed already.
 */
async function howToObject(deps: ReactionDeps, eventId: string, proposalId: number): Promise<Outcome> {
  const found = await deps.uow.run(async (store) =>
    (await store.events.claim(eventId, new Date()))
      ? { proposal: await store.proposals.byId(proposalId) }
      : undefined,
  );
  if (!found) return { kind: "duplicate", text: "" };
  const { proposal } = found;
  if (proposal && proposal.status !== "open")
    return { kind: "error", text: t("proposal.closed", { id: proposalId, status: proposal.status }) };
  return { kind: "reply", text: t("matrix.proposal_object_how", { id: proposalId }) };
}

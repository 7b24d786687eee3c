import type { Jura, Outcome } from "../../app/jura.js";
import { t } from "../../core/i18n.js";
import type { UnitOfWork } from "../../core/ports.js";
import type { Log } from "../../log.js";
import { mentionResolver, personOf, placeOf } from "./identity.js";
import type { PollStarts } from "./poll-starts.js";
import { chosenOption, readPollResponse } from "./polls.js";

/** A raw room event; nothing in it is trusted. */
type RawEvent = Record<string, unknown>;

export interface PollVoteDeps {
  jura: Jura;
  polls: PollStarts;
  log: Log;
}

/**
 * MSC3381 poll responses (unstable `org.matrix.msc3381.poll.response` and stable
 * `m.poll.response`) to Jura's polls, as `poll vote <id> <n>` commands: the core checks the voter
 * against the roster snapshot, so a non-member's response is refused and never counted, and it
 * keeps each voter's latest vote (responses run in timeline order, in the room's command lane).
 * A response with no answer withdraws the vote (`poll unvote`), as MSC3381 counts only the latest
 * response. The response's event id is the command's, so a redelivered response counts once.
 * Responses to polls that are not Jura's, and answer ids Jura never gave, are ignored.
 *
 * Returns the outcome to answer the voter with (a refusal), a duplicate for a redelivered
 * response, or undefined when there is nothing to say (a counted vote is shown by the client).
 */
export async function handlePollResponse(
  deps: PollVoteDeps,
  roomId: string,
  event: RawEvent,
): Promise<Outcome | undefined> {
  const { jura, polls, log } = deps;
  const sender = event.sender as string;
  const eventId = event.event_id as string;
  const response = readPollResponse(event.content);
  const context = { roomId, eventId, sender, type: event.type };
  if (!response) {
    log.debug(context, "a malformed poll response: ignored");
    return undefined;
  }
  const pollId = await polls.pollOf(response.startEventId);
  const pollContext = { ...context, pollId, startEventId: response.startEventId };
  if (pollId === undefined) {
    log.debug(pollContext, "a response to a poll that is not Jura's: ignored");
    return undefined;
  }
  const withdrawal = response.answers.length === 0;
  const adopted = await polls.answerIds(response.startEventId);
  const first = response.answers[0];
  const option = adopted
    ? first === undefined || !adopted.includes(first)
      ? undefined
      : adopted.indexOf(first) + 1
    : chosenOption(response.answers);
  if (!withdrawal && option === undefined) {
    log.info(
      { ...pollContext, answers: response.answers.slice(0, 3).map((a) => a.slice(0, 40)) },
      "a poll response names an answer id Jura never gave: ignored",
    );
    return undefined;
  }
  const outcome = await jura.handle({
    actor: personOf(sender),
    place: placeOf(roomId),
    text: withdrawal ? `poll unvote ${pollId}` : `poll vote ${pollId} #${option}`,
    resolveMention: mentionResolver(sender),
    eventId,
  });
  if (outcome.kind === "duplicate") return outcome;
  if (outcome.kind === "reply") {
    log.info({ ...pollContext, withdrawal }, withdrawal ? "poll vote withdrawn" : "poll vote counted");
    return undefined;
  }
  log.info({ ...pollContext, withdrawal, reason: outcome.text }, "a poll response was not counted");
  // Withdrawing a vote one never had is not worth a message in the room.
  return withdrawal ? undefined : outcome;
}

/**
 * A poll response to a secret ballot: Jura never posts secret ballots as MSC3381 polls (their
 * responses are room events everyone reads), but a client can still send one. It is never
 * counted, and the person is told how to vote (the caller tells them privately if it can).
 * Returns undefined for any other event; a duplicate for a redelivered one.
 */
export async function secretBallotResponse(
  deps: { polls: PollStarts; uow: UnitOfWork; log: Log },
  roomId: string,
  event: RawEvent,
): Promise<Outcome | undefined> {
  const response = readPollResponse(event.content);
  if (!response || !(await deps.polls.isSecret(response.startEventId))) return undefined;
  const pollId = await deps.polls.pollOf(response.startEventId);
  if (pollId === undefined) return undefined;
  const eventId = event.event_id as string;
  deps.log.info(
    { roomId, eventId, sender: event.sender, pollId },
    "a poll response to a secret ballot: not counted",
  );
  const first = await deps.uow.run((store) => store.events.claim(eventId, new Date()));
  if (!first) return { kind: "duplicate", text: "" };
  return { kind: "error", text: t("matrix.secret_poll_response", { id: pollId }) };
}

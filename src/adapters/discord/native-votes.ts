import type { EventEmitter } from "node:events";
import type { Client } from "discord.js";
import {
  GatewayDispatchEvents,
  type GatewayDispatchPayload,
  type GatewayMessagePollVoteDispatchData,
} from "discord-api-types/v10";
import type { Jura } from "../../app/jura.js";
import type { Log } from "../../log.js";
import { mentionResolver, personOf, placeOf } from "./identity.js";
import type { Lanes } from "./lanes.js";
import type { PollMessages } from "./poll-messages.js";

export interface NativeVoteDeps {
  jura: Jura;
  polls: PollMessages;
  lanes: Lanes;
  log: Log;
  allowed(guildId: string): boolean;
}

/**
 * Native poll votes as `poll vote <id> <answer>` commands, so the core checks each voter against
 * the roster snapshot: a non-member's vote is refused and never counted (Discord still shows it
 * in its own counter; Jura's result message is the count that matters). Votes of one person on
 * one poll run in order, so a change of mind lands last. The event id is the gateway session
 * and sequence number, which a RESUME replays unchanged.
 */
export function attachNativeVotes(client: Client, deps: NativeVoteDeps): void {
  const sessions = new Map<number, string>();
  const emitter: EventEmitter = client;
  emitter.on("raw", (packet: GatewayDispatchPayload, shardId: number) => {
    if (packet.t === GatewayDispatchEvents.Ready) sessions.set(shardId, packet.d.session_id);
    const verb =
      packet.t === GatewayDispatchEvents.MessagePollVoteAdd
        ? "vote"
        : packet.t === GatewayDispatchEvents.MessagePollVoteRemove
          ? "unvote"
          : undefined;
    if (!verb) return;
    const vote = readVote(packet.d);
    if (!vote) {
      deps.log.debug({ t: packet.t, s: packet.s }, "a malformed poll vote frame: ignored");
      return;
    }
    const session = sessions.get(shardId);
    const eventId =
      session && typeof packet.s === "number" ? `discord:vote:${session}:${packet.s}` : undefined;
    void deps.lanes.run(`vote:${vote.message_id}:${vote.user_id}`, () =>
      onVote(deps, vote, eventId, verb).catch((err: unknown) =>
        deps.log.error({ err, vote, eventId, verb }, "a native poll vote could not be handled"),
      ),
    );
  });
}

const SNOWFLAKE = /^\d{1,25}$/;

/** The fields of a vote frame Jura uses, when each has the type and form Discord documents. */
function readVote(data: unknown): GatewayMessagePollVoteDispatchData | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const d = data as Record<string, unknown>;
  const ids = [d.user_id, d.channel_id, d.message_id];
  if (!ids.every((id) => typeof id === "string" && SNOWFLAKE.test(id))) return undefined;
  if (d.guild_id !== undefined && (typeof d.guild_id !== "string" || !SNOWFLAKE.test(d.guild_id)))
    return undefined;
  if (
    typeof d.answer_id !== "number" ||
    !Number.isInteger(d.answer_id) ||
    d.answer_id < 1 ||
    d.answer_id > 99
  )
    return undefined;
  return d as unknown as GatewayMessagePollVoteDispatchData;
}

async function onVote(
  deps: NativeVoteDeps,
  vote: GatewayMessagePollVoteDispatchData,
  eventId: string | undefined,
  verb: "vote" | "unvote" = "vote",
): Promise<void> {
  const guildId = vote.guild_id;
  if (!guildId || !deps.allowed(guildId)) return;
  const pollId = await deps.polls.pollOf(vote.message_id);
  if (pollId === undefined) return;
  const outcome = await deps.jura.handle({
    actor: personOf(vote.user_id),
    place: placeOf(guildId, vote.channel_id),
    // A withdrawal names the answer, so a change of mind (remove A, add B, in any order) keeps B.
    text: `poll ${verb} ${pollId} #${vote.answer_id}`,
    resolveMention: mentionResolver,
    ...(eventId ? { eventId } : {}),
  });
  const context = { pollId, userId: vote.user_id, answerId: vote.answer_id, eventId, verb };
  if (outcome.kind === "error")
    deps.log.info({ ...context, reason: outcome.text }, "a native poll vote was not counted");
  else if (outcome.kind === "reply") deps.log.debug(context, "native poll vote counted");
}

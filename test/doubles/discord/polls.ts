import {
  type APIEmbedField,
  type APIUser,
  EmbedType,
  GatewayDispatchEvents,
  GatewayIntentBits,
  type GatewayMessagePollVoteDispatchData,
  MessageType,
} from "discord-api-types/v10";
import { apiErrors } from "./api-error.js";
import type { DoubleContext } from "./context.js";
import { createMessage, dispatchMessage } from "./messages.js";
import type { PollState, StoredMessage } from "./state.js";

function openPoll(stored: StoredMessage): PollState {
  const poll = stored.poll;
  if (!poll || !stored.message.poll) throw new Error(`message ${stored.message.id} has no poll`);
  const expiry = stored.message.poll.expiry
    ? Date.parse(stored.message.poll.expiry)
    : Number.POSITIVE_INFINITY;
  if (poll.finalized || Date.now() > expiry) throw new Error(`poll ${stored.message.id} has ended`);
  return poll;
}

function voteEvent(
  stored: StoredMessage,
  userId: string,
  answerId: number,
): GatewayMessagePollVoteDispatchData {
  const data: GatewayMessagePollVoteDispatchData = {
    user_id: userId,
    channel_id: stored.message.channel_id,
    message_id: stored.message.id,
    answer_id: answerId,
  };
  if (stored.guildId) data.guild_id = stored.guildId;
  return data;
}

function send(
  ctx: DoubleContext,
  event: GatewayDispatchEvents,
  stored: StoredMessage,
  userId: string,
  answerId: number,
): void {
  ctx.gateway.dispatch(event, voteEvent(stored, userId, answerId), {
    intent: stored.guildId ? GatewayIntentBits.GuildMessagePolls : GatewayIntentBits.DirectMessagePolls,
    guildId: stored.guildId,
  });
}

/**
 * Records a person's vote like the Discord client does: on a single-choice poll a vote for
 * another answer first removes the old one (REMOVE then ADD); voting twice for the same answer
 * changes nothing. Throws when the poll has ended or the answer does not exist.
 */
export function votePoll(ctx: DoubleContext, stored: StoredMessage, userId: string, answerId: number): void {
  const poll = openPoll(stored);
  if (!stored.message.poll?.answers.some((a) => a.answer_id === answerId))
    throw new Error(`poll has no answer ${answerId}`);
  if (poll.votes.get(answerId)?.includes(userId)) return;
  if (!stored.message.poll.allow_multiselect) {
    for (const [other, voters] of poll.votes) {
      if (voters.includes(userId)) removeVote(ctx, stored, poll, userId, other);
    }
  }
  poll.votes.set(answerId, [...(poll.votes.get(answerId) ?? []), userId]);
  ctx.state.user(userId);
  send(ctx, GatewayDispatchEvents.MessagePollVoteAdd, stored, userId, answerId);
  ctx.feed.notify();
}

/** Withdraws a vote; a no-op when the person had not voted for that answer. */
export function unvotePoll(
  ctx: DoubleContext,
  stored: StoredMessage,
  userId: string,
  answerId: number,
): void {
  const poll = openPoll(stored);
  if (poll.votes.get(answerId)?.includes(userId)) removeVote(ctx, stored, poll, userId, answerId);
  ctx.feed.notify();
}

function removeVote(
  ctx: DoubleContext,
  stored: StoredMessage,
  poll: PollState,
  userId: string,
  answerId: number,
): void {
  poll.votes.set(
    answerId,
    (poll.votes.get(answerId) ?? []).filter((id) => id !== userId),
  );
  send(ctx, GatewayDispatchEvents.MessagePollVoteRemove, stored, userId, answerId);
}

/** Voters of one answer, ordered by user id, paged like `GET .../answers/:id?after=&limit=`. */
export function pollVoters(
  ctx: DoubleContext,
  stored: StoredMessage,
  answerId: number,
  after: string | null,
  limit: number,
): APIUser[] {
  if (!stored.message.poll?.answers.some((a) => a.answer_id === answerId)) throw apiErrors.unknownMessage();
  return [...(stored.poll?.votes.get(answerId) ?? [])]
    .sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1))
    .filter((id) => after === null || BigInt(id) > BigInt(after))
    .slice(0, limit)
    .map((id) => ctx.state.user(id));
}

/**
 * Ends a poll now: results become final, MESSAGE_UPDATE is dispatched, and the channel gets the
 * POLL_RESULT system message Discord posts when a poll closes.
 */
export function expirePoll(ctx: DoubleContext, stored: StoredMessage): void {
  const poll = stored.poll;
  const apiPoll = stored.message.poll;
  if (!poll || !apiPoll) throw apiErrors.cannotExpireNonPoll();
  if (poll.finalized) throw apiErrors.pollExpired();
  poll.finalized = true;
  apiPoll.expiry = new Date().toISOString();
  dispatchMessage(ctx, GatewayDispatchEvents.MessageUpdate, stored);

  const counts = apiPoll.answers.map((a) => ({ answer: a, votes: poll.votes.get(a.answer_id)?.length ?? 0 }));
  const total = counts.reduce((n, c) => n + c.votes, 0);
  const best = Math.max(0, ...counts.map((c) => c.votes));
  const leaders = counts.filter((c) => c.votes === best && best > 0);
  const fields: APIEmbedField[] = [
    { name: "poll_question_text", value: apiPoll.question.text ?? "", inline: false },
    { name: "victor_answer_votes", value: String(best), inline: false },
    { name: "total_votes", value: String(total), inline: false },
  ];
  const victor = leaders.length === 1 ? leaders[0] : undefined;
  if (victor) {
    fields.push(
      { name: "victor_answer_id", value: String(victor.answer.answer_id), inline: false },
      { name: "victor_answer_text", value: victor.answer.poll_media.text ?? "", inline: false },
    );
  }
  createMessage(ctx, {
    channelId: stored.message.channel_id,
    author: stored.message.author,
    type: MessageType.PollResult,
    body: {
      embeds: [{ type: EmbedType.PollResult, fields }],
      messageReference: { message_id: stored.message.id, channel_id: stored.message.channel_id },
      files: [],
    },
  });
  ctx.feed.notify();
}

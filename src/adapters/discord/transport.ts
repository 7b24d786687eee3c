import { createHash } from "node:crypto";
import { DiscordAPIError, RateLimitError, type REST } from "discord.js";
import {
  type APIMessage,
  RESTJSONErrorCodes,
  type RESTPostAPIChannelMessageJSONBody,
  Routes,
} from "discord-api-types/v10";
import { RetryAfterError } from "../../core/errors.js";
import { t } from "../../core/i18n.js";
import type {
  OutgoingMessage,
  PollEndPayload,
  PollStartPayload,
  RoleSyncPayload,
  Transport,
} from "../../core/ports.js";
import type { Log } from "../../log.js";
import { channelOf } from "./identity.js";
import { announcementMentions } from "./mentions.js";
import { buttonPollBody, fitsNativePoll, nativePollBody } from "./poll-body.js";
import type { PollMessages } from "./poll-messages.js";
import { proposalBody } from "./proposal-buttons.js";
import { renderText } from "./render.js";
import { rsvpBody } from "./rsvp-buttons.js";
import { ScheduledEvents } from "./scheduled-events.js";

/**
 * Discord's message nonce for an outbox key (≤ 25 characters). With `enforce_nonce`, Discord
 * answers a second create with the same nonce (within a few minutes) with the first message
 * instead of posting again, so a retried send never shows twice.
 */
export function nonceFor(key: string): string {
  return createHash("sha256").update(key).digest("base64url").slice(0, 25);
}

const IGNORED_ON_END = new Set<number>([
  RESTJSONErrorCodes.PollExpired,
  RESTJSONErrorCodes.UnknownMessage,
  RESTJSONErrorCodes.UnknownChannel,
]);

/**
 * The outbox's transport for `discord:` places. Plain announcements become messages (an embed
 * when long); a `poll-start` becomes a native poll when it fits Discord's limits and is public,
 * else text with vote buttons; a `poll-end` expires the native poll (or retires the buttons) and
 * posts the result as a reply to it; a `convergence-event` creates, moves or cancels the guild
 * scheduled event that mirrors a convergence (see {@link ScheduledEvents}); an `rsvp` (a
 * convergence reminder or start) is text with Yes/Maybe/No buttons; a `proposal` is text with
 * Agree/Abstain/Object/Block buttons; a `role-sync` brings the guild's Delegate/Spokesperson
 * roles in line and posts nothing, unless Jura may not change them (then it says so in the
 * circle's channel, since no command is there to answer with the problem). Its REST client
 * rejects instead of waiting on a rate limit, so a 429 (or a bucket that is empty) becomes
 * {@link RetryAfterError}: the delivery queue pauses for every process and retries without
 * counting a failure.
 */
export class DiscordTransport implements Transport {
  private readonly events: ScheduledEvents;
  private syncRoles: ((guildId: string) => Promise<string | undefined>) | undefined;

  constructor(
    private readonly rest: REST,
    private readonly polls: PollMessages,
    private readonly log: Log,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.events = new ScheduledEvents(rest, log, now);
  }

  /**
   * How `role-sync` rows are carried out: the gateway client's role sync of a guild (it needs
   * the guild's roles and Jura's own member), set once the bot has started. Until then such
   * rows are done at once, since the sync the bot runs when it starts covers them.
   */
  useRoleSync(sync: (guildId: string) => Promise<string | undefined>): void {
    this.syncRoles = sync;
  }

  async send(message: OutgoingMessage): Promise<string> {
    const where = channelOf(message.place);
    if (!where) throw new Error(`${message.place} is not a Discord channel`);
    try {
      const payload = message.payload;
      if (payload?.type === "poll-start") return await this.startPoll(where.channelId, message, payload);
      if (payload?.type === "poll-end") return await this.endPoll(where.channelId, message, payload);
      if (payload?.type === "convergence-event") return await this.events.sync(where.guildId, payload);
      if (payload?.type === "role-sync") return await this.roleSync(where, message, payload);
      if (payload?.type === "proposal")
        return (await this.post(where.channelId, proposalBody(payload, message.text), message.key)).id;
      if (payload?.type === "rsvp")
        return (await this.post(where.channelId, rsvpBody(payload, message.text), message.key)).id;
      const body = renderText(message.text, announcementMentions(message.key));
      return (await this.post(where.channelId, body, message.key)).id;
    } catch (error) {
      throw this.explain(error, message);
    }
  }

  /**
   * Brings the guild's synced roles in line. A missing permission is not retried: it is logged
   * and said once in the circle's channel (the row's place), where people can fix it.
   */
  private async roleSync(
    where: { guildId: string; channelId: string },
    message: OutgoingMessage,
    payload: RoleSyncPayload,
  ): Promise<string> {
    const { guildId } = where;
    if (!this.syncRoles) {
      this.log.debug(
        { guildId, circleId: payload.circleId },
        "role sync before start: the start-up sync covers it",
      );
      return `role-sync:${guildId}`;
    }
    const problem = await this.syncRoles(guildId);
    if (!problem) {
      this.log.debug({ guildId, circleId: payload.circleId }, "roles synced after a mandate change");
      return `role-sync:${guildId}`;
    }
    this.log.warn({ guildId, circleId: payload.circleId }, problem);
    const body = renderText(t("discord.role_sync_problem", { problem }));
    return (await this.post(where.channelId, body, message.key)).id;
  }

  private async post(channelId: string, body: RESTPostAPIChannelMessageJSONBody, key: string) {
    return (await this.rest.post(Routes.channelMessages(channelId), {
      body: { ...body, nonce: nonceFor(key), enforce_nonce: true },
    })) as APIMessage;
  }

  private async startPoll(channelId: string, message: OutgoingMessage, payload: PollStartPayload) {
    const native = fitsNativePoll(payload, this.now());
    const body = native
      ? nativePollBody(payload, message.text, this.now())
      : buttonPollBody(payload, message.text);
    const sent = await this.post(channelId, body, message.key);
    this.polls.remember(sent.id, payload.pollId);
    this.log.info({ channelId, pollId: payload.pollId, messageId: sent.id, native }, "poll posted");
    return sent.id;
  }

  private async endPoll(channelId: string, message: OutgoingMessage, payload: PollEndPayload) {
    const start = message.relatesTo ?? undefined;
    if (start) await this.retire(channelId, start, payload.pollId);
    const body: RESTPostAPIChannelMessageJSONBody = {
      ...renderText(message.text),
      ...(start ? { message_reference: { message_id: start, fail_if_not_exists: false } } : {}),
    };
    return (await this.post(channelId, body, message.key)).id;
  }

  /** Ends the native poll now, or takes the vote buttons off a button poll. Safe to repeat. */
  private async retire(channelId: string, messageId: string, pollId: number): Promise<void> {
    try {
      await this.rest.post(Routes.expirePoll(channelId, messageId));
    } catch (error) {
      if (!(error instanceof DiscordAPIError) || typeof error.code !== "number") throw error;
      if (error.code === RESTJSONErrorCodes.CannotExpireANonPollMessage) {
        await this.rest
          .patch(Routes.channelMessage(channelId, messageId), { body: { components: [] } })
          .catch((err: unknown) => this.log.info({ err, pollId }, "could not remove a poll's buttons"));
      } else if (!IGNORED_ON_END.has(error.code)) {
        throw error;
      }
    }
  }

  /** Turns SDK errors into what the delivery worker understands, with a reason people can act on. */
  private explain(error: unknown, message: OutgoingMessage): unknown {
    if (error instanceof RateLimitError) return new RetryAfterError(Math.max(1, Math.ceil(error.retryAfter)));
    if (!(error instanceof DiscordAPIError)) return error;
    const where = channelOf(message.place)?.channelId ?? message.place;
    if (error.status === 429) return new RetryAfterError(1000);
    const denied =
      error.code === RESTJSONErrorCodes.MissingPermissions || error.code === RESTJSONErrorCodes.MissingAccess;
    if (denied && message.payload?.type === "convergence-event")
      return new Error(
        `Jura may not manage events in server ${channelOf(message.place)?.guildId ?? message.place}: give it Create Events and Manage Events (${error.message})`,
        { cause: error },
      );
    if (denied)
      return new Error(
        `Jura may not post in channel ${where}: give it View Channel, Send Messages and Create Polls there (${error.message})`,
        { cause: error },
      );
    if (error.code === RESTJSONErrorCodes.UnknownChannel)
      return new Error(`channel ${where} no longer exists or Jura cannot see it`, { cause: error });
    return error;
  }
}

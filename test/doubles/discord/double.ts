import type {
  APIApplicationCommand,
  APIGuildScheduledEvent,
  APIInteraction,
  APIMessage,
  GatewayDispatchEvents,
} from "discord-api-types/v10";
import type { WaitOptions } from "./change-feed.js";
import type { ReceivedFrame } from "./gateway-types.js";
import type {
  AutocompleteInjection,
  ChatInputInjection,
  ComponentInjection,
  GuildSeed,
  Inject5xxOptions,
  Inject429Options,
  InteractionCallbackRecord,
  InteractionRecord,
  ModalSubmitInjection,
  RecordedRequest,
} from "./types.js";

/** A person posting in a channel (what MESSAGE_CREATE would carry to the bot). */
export interface UserMessageInjection {
  channelId: string;
  userId: string;
  content: string;
}

/**
 * A running fake Discord (REST + gateway) for the real discord.js client:
 * `new Client({ intents, rest: { api: double.apiBase } })` then `client.login(token)`.
 * Inspection helpers return copies; injection helpers act as a person would in the Discord
 * client and throw when that person could not do it (unknown command, option or button).
 */
export interface DiscordDouble {
  /** `http://127.0.0.1:PORT/api`, for discord.js `rest.api`. */
  readonly apiBase: string;
  /** `ws://127.0.0.1:PORT`, what `GET /gateway/bot` advertises. */
  readonly gatewayUrl: string;
  /** Every REST request so far, oldest first. */
  readonly requests: readonly RecordedRequest[];
  /** Bugs of the double itself (answered as 500). A healthy test leaves this empty. */
  readonly internalErrors: readonly Error[];
  /** Frames the clients sent on the gateway (heartbeats, IDENTIFY, RESUME, presence...). */
  readonly gatewayFrames: readonly ReceivedFrame[];
  /** Gateway counters: sockets opened, IDENTIFYs and RESUMEs accepted. */
  readonly gatewayStats: Readonly<{ connections: number; identifies: number; resumes: number }>;
  /** Gateway sessions currently connected (identified or resumed). */
  readonly liveSessions: number;

  /** Messages of a channel, oldest first, as `as` (a user id) sees them: ephemeral ones only for their recipient. */
  messages(channelId: string, options?: { as?: string }): APIMessage[];
  /** The application's commands: global ones, or a guild's. */
  commands(guildId?: string): APIApplicationCommand[];
  scheduledEvents(guildId: string): APIGuildScheduledEvent[];
  /** Role ids of a member (without @everyone). */
  memberRoles(guildId: string, userId: string): string[];
  /** An injected interaction and what the bot did with it so far. */
  interaction(id: string): InteractionRecord;

  /** Sends any dispatch to every identified session (buffered for disconnected ones); returns how many. */
  dispatch(event: GatewayDispatchEvents | string, data: unknown): number;
  /**
   * Someone adds the bot to a new server: it exists from now on and its GUILD_CREATE goes to
   * the sessions (with the Guilds intent) that own it, after their READY. Returns how many.
   */
  addGuild(seed: GuildSeed): number;
  /** Closes every gateway socket with `code` (default 4000, resumable); the client should RESUME. */
  disconnect(code?: number): void;
  /** Sends op 7 RECONNECT. */
  requestReconnect(): void;
  /** Sends op 9 INVALID_SESSION. */
  invalidateSession(resumable: boolean): void;
  /** Stop (false) or resume (true) acknowledging heartbeats, to simulate a zombie connection. */
  setHeartbeatAck(enabled: boolean): void;

  injectChatInput(input: ChatInputInjection): InteractionRecord;
  /** The payload `injectChatInput` would send (checked the same way), without sending it. */
  chatInputPayload(input: ChatInputInjection): APIInteraction;
  /**
   * Sends any INTERACTION_CREATE payload unchecked (fresh id and token), and lets the bot answer
   * it: for fuzzing what no Discord client sends.
   */
  injectRawInteraction(payload: Record<string, unknown>): InteractionRecord;
  injectAutocomplete(input: AutocompleteInjection): InteractionRecord;
  injectButton(input: Omit<ComponentInjection, "values">): InteractionRecord;
  injectSelect(input: ComponentInjection & { values: string[] }): InteractionRecord;
  injectModalSubmit(input: ModalSubmitInjection): InteractionRecord;
  /** A member posts a message; dispatches MESSAGE_CREATE (content only with the MessageContent intent). */
  injectMessage(input: UserMessageInjection): APIMessage;

  /** A person votes; dispatches MESSAGE_POLL_VOTE_ADD (and REMOVE first when changing a single-choice vote). */
  votePoll(channelId: string, messageId: string, userId: string, answerId: number): void;
  /** A person withdraws a vote; dispatches MESSAGE_POLL_VOTE_REMOVE. */
  unvotePoll(channelId: string, messageId: string, userId: string, answerId: number): void;
  /** Ends a poll as if its time ran out: final results, MESSAGE_UPDATE and the POLL_RESULT message. */
  endPoll(channelId: string, messageId: string): APIMessage;

  /** The next `count` requests matching `route` get a 429 with Discord's body and headers. */
  inject429(options: Inject429Options): void;
  /** The next `count` requests matching `route` get a 5xx. */
  inject5xx(options: Inject5xxOptions): void;

  /** Resolves with the probe's first truthy value, re-checked on every change of the double. */
  waitFor<T>(probe: () => T | undefined | null | false, options?: WaitOptions): Promise<T>;
  waitForRequest(
    predicate: (request: RecordedRequest) => boolean,
    options?: WaitOptions,
  ): Promise<RecordedRequest>;
  /** A public message of the channel matching the predicate (default: any). */
  waitForMessage(
    channelId: string,
    predicate?: (message: APIMessage) => boolean,
    options?: WaitOptions,
  ): Promise<APIMessage>;
  /** Resolves once the bot answered the interaction's initial callback. */
  interactionResponse(interactionId: string, options?: WaitOptions): Promise<InteractionCallbackRecord>;
  /** Resolves once at least one gateway session is identified (or resumed) and connected. */
  waitForSession(options?: WaitOptions): Promise<void>;

  /** Stops the HTTP server and gateway, dropping every connection; pending waits reject. */
  close(): Promise<void>;
}

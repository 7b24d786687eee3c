import type { APIInteraction, APIMessage, ChannelType, InteractionResponseType } from "discord-api-types/v10";

/** A channel to seed; `type` defaults to a guild text channel. */
export interface ChannelSeed {
  id: string;
  name: string;
  type?: ChannelType;
  parentId?: string;
  position?: number;
  topic?: string;
}

/** A role to seed; `permissions` is Discord's decimal bitfield string (or a bigint). */
export interface RoleSeed {
  id: string;
  name: string;
  permissions?: bigint | string;
  position?: number;
  color?: number;
  hoist?: boolean;
  mentionable?: boolean;
}

/** A person (or another bot) who is a member of the seeded guild. */
export interface MemberSeed {
  id: string;
  username: string;
  globalName?: string;
  nick?: string;
  bot?: boolean;
  /** Role ids besides @everyone. */
  roles?: string[];
}

/**
 * A guild the bot is in. The bot gets a managed role above every seeded role, with the
 * permissions below; `@everyone` (id = guild id) is added unless seeded.
 */
export interface GuildSeed {
  id: string;
  name: string;
  ownerId?: string;
  preferredLocale?: string;
  channels: ChannelSeed[];
  roles?: RoleSeed[];
  members?: MemberSeed[];
  /** Default true. When false, role routes answer 403 50013 "Missing Permissions". */
  botCanManageRoles?: boolean;
  /** Default true. When false, scheduled-event writes answer 403 50013. */
  botCanManageEvents?: boolean;
  /** Overrides the bot role's whole permission bitfield (then the two flags above are ignored). */
  botPermissions?: bigint;
}

/** Per-bucket limit the double enforces and advertises in `x-ratelimit-*` headers. */
export interface RateLimitPolicy {
  limit: number;
  windowSeconds: number;
}

/** Options of {@link startDiscordDouble}. */
export interface DiscordDoubleOptions {
  /** The bot token discord.js logs in with (without the "Bot " prefix). */
  token: string;
  applicationId: string;
  botUserId: string;
  botUsername?: string;
  guilds?: GuildSeed[];
  /** HELLO heartbeat interval; default 41250 ms like Discord. */
  heartbeatIntervalMs?: number;
  /** Time allowed for the initial interaction callback; default 3000 ms like Discord. */
  interactionResponseWindowMs?: number;
  /** Per-route bucket limit; default 5 requests per 5 s (Discord's message-send limit). `false` disables. */
  rateLimit?: RateLimitPolicy | false;
  /** Global requests per second before a global 429; default 50. `false` disables. */
  globalRateLimitPerSecond?: number | false;
  /**
   * Privileged intents enabled for the application in the (imaginary) developer portal;
   * IDENTIFY asking for others is closed with 4014. Default: all three allowed.
   */
  allowedPrivilegedIntents?: number;
}

/** One HTTP request as the double saw it, for asserting on traffic and request rate. */
export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, without the query string, e.g. `/channels/1/messages`. */
  path: string;
  query: URLSearchParams;
  /** Route template that matched, e.g. `POST /channels/:channel_id/messages`, or null. */
  route: string | null;
  /** Parsed JSON body (or `payload_json` of a multipart body). */
  body: unknown;
  /** Names of files in a multipart body. */
  files: string[];
  auditLogReason: string | null;
  /** Epoch ms when the request arrived. */
  time: number;
  status: number;
  /** Parsed JSON reply, when there was one. */
  response: unknown;
}

/** What the bot answered to an interaction through `POST /interactions/:id/:token/callback`. */
export interface InteractionCallbackRecord {
  type: InteractionResponseType;
  data: unknown;
  time: number;
}

/** A message-bearing step the bot took on an interaction after (or as) its callback. */
export interface InteractionStep {
  kind:
    | "callback"
    | "edit-original"
    | "delete-original"
    | "follow-up"
    | "edit-follow-up"
    | "delete-follow-up";
  time: number;
  body: unknown;
  messageId: string | null;
}

/** An injected interaction and everything the bot did with it. */
export interface InteractionRecord {
  id: string;
  token: string;
  payload: APIInteraction;
  createdAt: number;
  callback: InteractionCallbackRecord | null;
  /** The original response message (also for deferred ones: the "thinking" message). */
  original: APIMessage | null;
  followUps: APIMessage[];
  steps: InteractionStep[];
}

/** A chat-input option value given to an injected interaction: name → value. */
export type InjectedOptionValues = Record<string, string | number | boolean>;

/** Arguments of `injectChatInput`. */
export interface ChatInputInjection {
  commandName: string;
  userId: string;
  guildId?: string;
  /** Defaults to the guild's first text channel. */
  channelId?: string;
  subcommandGroup?: string;
  subcommand?: string;
  options?: InjectedOptionValues;
  locale?: string;
}

/** Arguments of `injectAutocomplete`: like a chat input, plus the option being typed. */
export interface AutocompleteInjection extends ChatInputInjection {
  focused: string;
}

/** Arguments of `injectButton` / `injectSelect`. */
export interface ComponentInjection {
  channelId: string;
  messageId: string;
  customId: string;
  userId: string;
  /** Selected values, for a string select. */
  values?: string[];
  locale?: string;
}

/** Arguments of `injectModalSubmit`. */
export interface ModalSubmitInjection {
  /** The interaction whose callback opened the modal (type 9). */
  interactionId: string;
  userId: string;
  fields: Record<string, string>;
}

/** Options of `inject429`. */
export interface Inject429Options {
  /** `"METHOD /path"` or `"/path"` (path after `/api/v10`), or a RegExp tested on `"METHOD /path"`. Omit for any route. */
  route?: string | RegExp;
  global?: boolean;
  /** Seconds, may be fractional; the `retry-after` header carries it rounded up, as Discord does. */
  retryAfter: number;
  count?: number;
  scope?: "user" | "global" | "shared";
}

/** Options of `inject5xx`. */
export interface Inject5xxOptions {
  route?: string | RegExp;
  status?: 500 | 502 | 503 | 504;
  count?: number;
}

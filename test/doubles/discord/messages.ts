import {
  type APIAttachment,
  type APIMessage,
  type APIMessageInteraction,
  type APIMessageInteractionMetadata,
  type APIPoll,
  type APIUser,
  GatewayDispatchEvents,
  GatewayIntentBits,
  MessageFlags,
  MessageType,
  PermissionFlagsBits,
  type RESTAPIPoll,
} from "discord-api-types/v10";
import type { DoubleContext } from "./context.js";
import type { GatewaySession } from "./gateway-types.js";
import { partialMember } from "./payloads.js";
import { memberPermissions } from "./permissions.js";
import type { StoredMessage } from "./state.js";
import type { MessageBody } from "./validate-messages.js";

/** Everything needed to put a new message in a channel. */
export interface NewMessage {
  channelId: string;
  author: APIUser;
  body: MessageBody;
  type?: MessageType;
  /** Visible to this user only; never dispatched on the gateway. */
  ephemeralFor?: string | null;
  webhookId?: string;
  applicationId?: string;
  interactionMetadata?: APIMessageInteractionMetadata;
  interaction?: APIMessageInteraction;
  /** Flags Discord sets itself, e.g. LOADING on a deferred reply. */
  extraFlags?: number;
}

const HOURS = 3_600_000;

function mentions(ctx: DoubleContext, guildId: string | null, authorId: string, body: MessageBody) {
  const content = body.content ?? "";
  const allowed = body.allowedMentions;
  const parse: readonly string[] = allowed?.parse ?? ["users", "roles", "everyone"];
  const userIds = [...content.matchAll(/<@!?(\d{15,21})>/g)].map((m) => m[1] ?? "");
  const roleIds = [...content.matchAll(/<@&(\d{15,21})>/g)].map((m) => m[1] ?? "");
  const users = userIds.filter((id) => parse.includes("users") || allowed?.users?.includes(id));
  const roles = roleIds.filter((id) => parse.includes("roles") || allowed?.roles?.includes(id));
  const guild = guildId ? ctx.state.guilds.get(guildId) : undefined;
  const canEveryone = guild
    ? (memberPermissions(guild, authorId) & PermissionFlagsBits.MentionEveryone) !== 0n
    : false;
  return {
    mentions: [...new Set(users)].map((id) => ctx.state.user(id)),
    mention_roles: [...new Set(roles)],
    mention_everyone: canEveryone && parse.includes("everyone") && /@(everyone|here)/.test(content),
  };
}

function attachments(ctx: DoubleContext, channelId: string, files: string[]): APIAttachment[] {
  return files.map((filename) => {
    const id = ctx.state.ids.next();
    const url = `${ctx.origin()}/attachments/${channelId}/${id}/${encodeURIComponent(filename)}`;
    return { id, filename, size: 0, url, proxy_url: url };
  });
}

function buildPoll(request: RESTAPIPoll, now: number): APIPoll {
  return {
    question: request.question,
    answers: request.answers.map((answer, index) => ({
      answer_id: index + 1,
      poll_media: answer.poll_media,
    })),
    expiry: new Date(now + (request.duration ?? 24) * HOURS).toISOString(),
    allow_multiselect: request.allow_multiselect ?? false,
    layout_type: request.layout_type ?? 1,
  };
}

/** Stores a new message and dispatches MESSAGE_CREATE unless it is ephemeral. */
export function createMessage(ctx: DoubleContext, input: NewMessage): StoredMessage {
  const { channel, guild } = ctx.state.channel(input.channelId);
  const now = Date.now();
  const id = ctx.state.ids.next(now);
  const body = input.body;
  const flags =
    (body.flags ?? 0) | (input.extraFlags ?? 0) | (input.ephemeralFor ? MessageFlags.Ephemeral : 0);
  const message: APIMessage = {
    id,
    channel_id: channel.id,
    author: input.author,
    content: body.content ?? "",
    timestamp: new Date(now).toISOString(),
    edited_timestamp: null,
    tts: body.tts ?? false,
    ...mentions(ctx, guild.id, input.author.id, body),
    attachments: attachments(ctx, channel.id, body.files),
    embeds: body.embeds ?? [],
    pinned: false,
    type: input.type ?? (body.messageReference ? MessageType.Reply : MessageType.Default),
    flags,
    components: body.components ?? [],
  };
  if (body.nonce !== undefined) message.nonce = body.nonce;
  if (input.webhookId) message.webhook_id = input.webhookId;
  if (input.applicationId) message.application_id = input.applicationId;
  if (input.interactionMetadata) message.interaction_metadata = input.interactionMetadata;
  if (input.interaction) message.interaction = input.interaction;
  if (body.messageReference) {
    const referenced = ctx.state.messages.get(body.messageReference.message_id ?? "");
    message.message_reference = {
      type: 0,
      message_id: referenced?.message.id ?? "",
      channel_id: channel.id,
      guild_id: guild.id,
    };
    message.referenced_message = referenced ? renderMessage(referenced) : null;
  }
  if (body.poll) message.poll = buildPoll(body.poll, now);
  const stored: StoredMessage = {
    message,
    guildId: guild.id,
    ephemeralFor: input.ephemeralFor ?? null,
    deleted: false,
    poll: body.poll ? { votes: new Map(), finalized: false } : null,
  };
  ctx.state.store(stored);
  if (!stored.ephemeralFor) {
    channel.lastMessageId = id;
    dispatchMessage(ctx, GatewayDispatchEvents.MessageCreate, stored);
  }
  ctx.feed.notify();
  return stored;
}

/** Applies an edit body (fields present replace the old ones) and dispatches MESSAGE_UPDATE. */
export function updateMessage(ctx: DoubleContext, stored: StoredMessage, body: MessageBody): void {
  const message = stored.message;
  const wasLoading = ((message.flags ?? 0) & MessageFlags.Loading) !== 0;
  if (body.content !== undefined) message.content = body.content;
  if (body.embeds !== undefined) message.embeds = body.embeds;
  if (body.components !== undefined) message.components = body.components;
  if (body.files.length > 0)
    message.attachments = [...message.attachments, ...attachments(ctx, message.channel_id, body.files)];
  if (body.flags !== undefined) {
    const keep = (message.flags ?? 0) & ~(MessageFlags.SuppressEmbeds | MessageFlags.IsComponentsV2);
    message.flags = keep | body.flags;
  }
  if (body.content !== undefined)
    Object.assign(message, mentions(ctx, stored.guildId, message.author.id, body));
  if (body.poll && wasLoading) {
    message.poll = buildPoll(body.poll, Date.now());
    stored.poll = { votes: new Map(), finalized: false };
  }
  message.flags = (message.flags ?? 0) & ~MessageFlags.Loading;
  if (!wasLoading) message.edited_timestamp = new Date().toISOString();
  if (!stored.ephemeralFor) dispatchMessage(ctx, GatewayDispatchEvents.MessageUpdate, stored);
  ctx.feed.notify();
}

/** Marks a message deleted and dispatches MESSAGE_DELETE. */
export function deleteMessage(ctx: DoubleContext, stored: StoredMessage): void {
  stored.deleted = true;
  if (!stored.ephemeralFor) {
    ctx.gateway.dispatch(
      GatewayDispatchEvents.MessageDelete,
      { id: stored.message.id, channel_id: stored.message.channel_id, guild_id: stored.guildId },
      { intent: GatewayIntentBits.GuildMessages, guildId: stored.guildId },
    );
  }
  ctx.feed.notify();
}

/** The message as the API returns it, with current poll results. */
export function renderMessage(stored: StoredMessage): APIMessage {
  const message = structuredClone(stored.message);
  if (message.poll && stored.poll) {
    message.poll.results = {
      is_finalized: stored.poll.finalized,
      answer_counts: [...stored.poll.votes.entries()]
        .filter(([, voters]) => voters.length > 0)
        .map(([id, voters]) => ({ id, count: voters.length, me_voted: false })),
    };
  }
  return message;
}

/**
 * MESSAGE_CREATE / MESSAGE_UPDATE with `guild_id` and the author's partial `member`. Sessions
 * without the MessageContent intent get content, embeds, components, attachments and poll
 * blanked unless the bot wrote or is mentioned in the message, as on Discord.
 */
export function dispatchMessage(
  ctx: DoubleContext,
  event: GatewayDispatchEvents,
  stored: StoredMessage,
): void {
  const guild = stored.guildId ? ctx.state.guilds.get(stored.guildId) : undefined;
  const member = guild?.members.get(stored.message.author.id);
  const { permissions: _omit, ...memberPayload } = member ? partialMember(member) : { permissions: "" };
  const data = {
    ...renderMessage(stored),
    guild_id: stored.guildId,
    ...(member ? { member: memberPayload } : {}),
  };
  const botId = ctx.state.bot.id;
  const visible = data.author.id === botId || data.mentions.some((u) => u.id === botId);
  ctx.gateway.dispatch(event, data, {
    intent: GatewayIntentBits.GuildMessages,
    guildId: stored.guildId,
    transform: (d, session: GatewaySession) =>
      visible || (session.intents & GatewayIntentBits.MessageContent) !== 0
        ? d
        : { ...data, content: "", embeds: [], components: [], attachments: [], poll: undefined },
  });
}

import { randomBytes } from "node:crypto";
import {
  type APIApplicationCommand,
  type APIInteraction,
  ApplicationCommandType,
  ComponentType,
  GatewayDispatchEvents,
  InteractionContextType,
  InteractionType,
} from "discord-api-types/v10";
import type { DoubleContext } from "./context.js";
import { buildOptions } from "./interaction-options.js";
import { renderMessage } from "./messages.js";
import { modalSubmission } from "./modals.js";
import { apiChannel, apiMember, TEXT_CHANNEL_TYPES } from "./payloads.js";
import { memberPermissions } from "./permissions.js";
import type { GuildRecord, StoredMessage } from "./state.js";
import type {
  AutocompleteInjection,
  ChatInputInjection,
  ComponentInjection,
  InteractionRecord,
  ModalSubmitInjection,
} from "./types.js";

function firstGuild(ctx: DoubleContext, guildId: string | undefined): GuildRecord {
  const guild = guildId ? ctx.state.guilds.get(guildId) : ctx.state.guilds.values().next().value;
  if (!guild) throw new Error(guildId ? `guild ${guildId} is not seeded` : "no guild is seeded");
  return guild;
}

/** Fields every guild interaction carries, for `userId` in `channelId`. */
function common(
  ctx: DoubleContext,
  guild: GuildRecord,
  channelId: string | undefined,
  userId: string,
  locale?: string,
) {
  const channel = channelId
    ? guild.channels.get(channelId)
    : [...guild.channels.values()].find((c) => TEXT_CHANNEL_TYPES.includes(c.type));
  if (!channel) throw new Error(`channel ${channelId ?? "(text)"} is not in guild ${guild.id}`);
  const member = guild.members.get(userId);
  if (!member) throw new Error(`user ${userId} is not a member of guild ${guild.id}`);
  return {
    id: ctx.state.ids.next(),
    application_id: ctx.state.options.applicationId,
    token: `aW50ZXJhY3Rpb24${randomBytes(48).toString("base64url")}`,
    version: 1 as const,
    guild: { id: guild.id, locale: guild.preferredLocale, features: [] },
    guild_id: guild.id,
    channel: apiChannel(channel),
    channel_id: channel.id,
    member: { ...apiMember(ctx.state, member), permissions: String(memberPermissions(guild, userId)) },
    app_permissions: String(memberPermissions(guild, ctx.state.bot.id)),
    locale: locale ?? "en-US",
    guild_locale: guild.preferredLocale,
    entitlements: [],
    authorizing_integration_owners: { "0": guild.id },
    context: InteractionContextType.Guild,
    attachment_size_limit: 10_485_760,
  };
}

function registered(ctx: DoubleContext, guild: GuildRecord, name: string): APIApplicationCommand {
  const isChatInput = (c: APIApplicationCommand) =>
    c.name === name && c.type === ApplicationCommandType.ChatInput;
  const command = guild.commands.find(isChatInput) ?? ctx.state.globalCommands.find(isChatInput);
  if (!command)
    throw new Error(`/${name} is not registered (globally or in guild ${guild.id}); register commands first`);
  return command;
}

/** Registers the interaction and sends INTERACTION_CREATE to the shard owning its guild. */
function deliver(ctx: DoubleContext, payload: APIInteraction): InteractionRecord {
  const record: InteractionRecord = {
    id: payload.id,
    token: payload.token,
    payload,
    createdAt: Date.now(),
    callback: null,
    original: null,
    followUps: [],
    steps: [],
  };
  ctx.state.interactions.set(record.id, record);
  ctx.gateway.dispatch(GatewayDispatchEvents.InteractionCreate, payload, {
    guildId: payload.guild_id ?? null,
  });
  ctx.feed.notify();
  return record;
}

function commandInteraction(
  ctx: DoubleContext,
  input: ChatInputInjection,
  focused: string | null,
): InteractionRecord {
  return deliver(ctx, commandPayload(ctx, input, focused));
}

/** The INTERACTION_CREATE payload of a slash command (or autocomplete), checked, not sent. */
function commandPayload(
  ctx: DoubleContext,
  input: ChatInputInjection,
  focused: string | null,
): APIInteraction {
  const guild = firstGuild(ctx, input.guildId);
  const command = registered(ctx, guild, input.commandName);
  const built = buildOptions(ctx.state, guild, command, input, focused);
  const data = {
    id: command.id,
    name: command.name,
    type: ApplicationCommandType.ChatInput,
    ...(command.guild_id ? { guild_id: command.guild_id } : {}),
    ...(built.options.length > 0 ? { options: built.options } : {}),
    ...(built.resolved ? { resolved: built.resolved } : {}),
  };
  const type =
    focused === null ? InteractionType.ApplicationCommand : InteractionType.ApplicationCommandAutocomplete;
  return {
    ...common(ctx, guild, input.channelId, input.userId, input.locale),
    type,
    data,
  } as APIInteraction;
}

/** A valid slash-command payload, not sent: the starting point of a fuzzer's mutations. */
export function chatInputPayload(ctx: DoubleContext, input: ChatInputInjection): APIInteraction {
  return commandPayload(ctx, input, null);
}

/**
 * Sends any INTERACTION_CREATE payload as it is, unchecked, and registers it so the bot can
 * answer it: for fuzzing what a client could never send. Its id and token are fresh.
 */
export function injectRawInteraction(
  ctx: DoubleContext,
  payload: Record<string, unknown>,
): InteractionRecord {
  const fresh = {
    ...payload,
    id: ctx.state.ids.next(),
    token: `aW50ZXJhY3Rpb24${randomBytes(48).toString("base64url")}`,
  };
  return deliver(ctx, fresh as unknown as APIInteraction);
}

/** Injects a slash command as if `userId` ran it; the command must be registered. */
export function injectChatInput(ctx: DoubleContext, input: ChatInputInjection): InteractionRecord {
  return commandInteraction(ctx, input, null);
}

/** Injects an autocomplete request while `userId` types into option `focused`. */
export function injectAutocomplete(ctx: DoubleContext, input: AutocompleteInjection): InteractionRecord {
  return commandInteraction(ctx, input, input.focused);
}

function findComponent(components: unknown, customId: string): Record<string, unknown> | undefined {
  if (!Array.isArray(components)) return undefined;
  for (const component of components) {
    if (typeof component !== "object" || component === null) continue;
    const c = component as Record<string, unknown>;
    if (c.custom_id === customId) return c;
    const nested =
      findComponent(c.components, customId) ??
      (c.accessory ? findComponent([c.accessory], customId) : undefined);
    if (nested) return nested;
  }
  return undefined;
}

function messageFor(ctx: DoubleContext, channelId: string, messageId: string, userId: string): StoredMessage {
  const stored = ctx.state.messages.get(messageId);
  if (!stored || stored.deleted || stored.message.channel_id !== channelId)
    throw new Error(`message ${messageId} is not in channel ${channelId}`);
  if (stored.ephemeralFor && stored.ephemeralFor !== userId)
    throw new Error(`message ${messageId} is ephemeral for someone else`);
  return stored;
}

/** Injects a click on a button (or a choice in a select) of a message the bot sent. */
export function injectComponent(ctx: DoubleContext, input: ComponentInjection): InteractionRecord {
  const stored = messageFor(ctx, input.channelId, input.messageId, input.userId);
  const component = findComponent(stored.message.components, input.customId);
  if (!component) throw new Error(`message ${input.messageId} has no component "${input.customId}"`);
  const type = component.type as ComponentType;
  if (type === ComponentType.Button && input.values) throw new Error("a button takes no values");
  if (type !== ComponentType.Button && !input.values)
    throw new Error(`select "${input.customId}" needs values`);
  if (type === ComponentType.StringSelect && Array.isArray(component.options)) {
    const allowed = component.options.map((o) => (o as { value?: unknown }).value);
    const bad = (input.values ?? []).filter((v) => !allowed.includes(v));
    if (bad.length > 0) throw new Error(`select "${input.customId}" has no option(s) ${bad.join(", ")}`);
  }
  const guild = firstGuild(ctx, stored.guildId ?? undefined);
  const data = {
    custom_id: input.customId,
    component_type: type,
    ...(input.values ? { values: input.values } : {}),
  };
  return deliver(ctx, {
    ...common(ctx, guild, input.channelId, input.userId, input.locale),
    type: InteractionType.MessageComponent,
    data,
    message: renderMessage(stored),
  } as APIInteraction);
}

/**
 * Injects the submission of the modal the bot opened (callback type 9) on `interactionId`, laid
 * out as Discord sends it (see modals.ts); throws when the Discord client would not submit it.
 */
export function injectModalSubmit(ctx: DoubleContext, input: ModalSubmitInjection): InteractionRecord {
  const opener = ctx.state.interactions.get(input.interactionId);
  const modal = opener?.callback?.type === 9 ? (opener.callback.data as Record<string, unknown>) : undefined;
  if (!opener || !modal) throw new Error(`interaction ${input.interactionId} did not open a modal`);
  const components = modalSubmission(modal, input.fields);
  const guild = firstGuild(ctx, opener.payload.guild_id);
  const openerMessage = "message" in opener.payload ? opener.payload.message : undefined;
  return deliver(ctx, {
    ...common(ctx, guild, opener.payload.channel?.id, input.userId),
    type: InteractionType.ModalSubmit,
    data: { custom_id: modal.custom_id, components },
    ...(openerMessage ? { message: openerMessage } : {}),
  } as APIInteraction);
}

/** A record by id, or an error naming the unknown id. */
export function interactionRecord(ctx: DoubleContext, id: string): InteractionRecord {
  const record = ctx.state.interactions.get(id);
  if (!record) throw new Error(`no interaction ${id} was injected`);
  return record;
}

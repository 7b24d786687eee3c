import {
  type APIApplicationCommand,
  type APIGuildScheduledEvent,
  type APIMessage,
  type APIRole,
  type APIUser,
  ChannelType,
  PermissionFlagsBits,
  type RoleFlags,
} from "discord-api-types/v10";
import { apiErrors } from "./api-error.js";
import { SnowflakeFactory } from "./snowflake.js";
import type { DiscordDoubleOptions, GuildSeed, InteractionRecord, MemberSeed, RoleSeed } from "./types.js";

/** A channel as the double stores it; rendered to API shape by `payloads.ts`. */
export interface ChannelRecord {
  id: string;
  guildId: string;
  name: string;
  type: ChannelType;
  parentId: string | null;
  position: number;
  topic: string | null;
  lastMessageId: string | null;
}

export interface MemberRecord {
  userId: string;
  roles: string[];
  nick: string | null;
  joinedAt: string;
}

export interface GuildRecord {
  id: string;
  name: string;
  ownerId: string;
  preferredLocale: string;
  joinedAt: string;
  channels: Map<string, ChannelRecord>;
  roles: Map<string, APIRole>;
  members: Map<string, MemberRecord>;
  botRoleId: string;
  commands: APIApplicationCommand[];
  scheduledEvents: Map<string, APIGuildScheduledEvent>;
}

/** Votes per answer id, in voting order; `finalized` once the poll ended. */
export interface PollState {
  votes: Map<number, string[]>;
  finalized: boolean;
}

/** A message with the facts the API object does not carry. */
export interface StoredMessage {
  message: APIMessage;
  guildId: string | null;
  /** Only this user sees it (ephemeral interaction response). */
  ephemeralFor: string | null;
  deleted: boolean;
  poll: PollState | null;
}

const BASE_BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.SendPolls |
  PermissionFlagsBits.MentionEveryone;

const EVERYONE_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.SendPolls |
  PermissionFlagsBits.CreateEvents;

function role(seed: RoleSeed, position: number, extra: Partial<APIRole> = {}): APIRole {
  const color = seed.color ?? 0;
  return {
    id: seed.id,
    name: seed.name,
    color,
    colors: { primary_color: color, secondary_color: null, tertiary_color: null },
    hoist: seed.hoist ?? false,
    icon: null,
    unicode_emoji: null,
    position: seed.position ?? position,
    permissions: String(seed.permissions ?? 0n),
    managed: false,
    mentionable: seed.mentionable ?? false,
    flags: 0 as RoleFlags,
    ...extra,
  };
}

/**
 * Everything the fake Discord knows. Routes, gateway and test helpers share one instance; it
 * holds no I/O, so state changes are synchronous and easy to reason about.
 */
export class DoubleState {
  readonly ids = new SnowflakeFactory();
  readonly bot: APIUser;
  readonly users = new Map<string, APIUser>();
  readonly guilds = new Map<string, GuildRecord>();
  readonly globalCommands: APIApplicationCommand[] = [];
  readonly messages = new Map<string, StoredMessage>();
  readonly channelMessages = new Map<string, string[]>();
  readonly interactions = new Map<string, InteractionRecord>();

  constructor(readonly options: DiscordDoubleOptions) {
    this.bot = {
      id: options.botUserId,
      username: options.botUsername ?? "Jura",
      discriminator: "0000",
      global_name: null,
      avatar: null,
      bot: true,
    };
    this.users.set(this.bot.id, this.bot);
    for (const seed of options.guilds ?? []) this.guilds.set(seed.id, this.seedGuild(seed));
  }

  /** The bot is added to a server while running (see DiscordDouble.addGuild). */
  addGuild(seed: GuildSeed): GuildRecord {
    const guild = this.seedGuild(seed);
    this.guilds.set(seed.id, guild);
    return guild;
  }

  private seedGuild(seed: GuildSeed): GuildRecord {
    const now = new Date().toISOString();
    const roles = new Map<string, APIRole>();
    const seededRoles = seed.roles ?? [];
    if (!seededRoles.some((r) => r.id === seed.id)) {
      roles.set(seed.id, role({ id: seed.id, name: "@everyone", permissions: EVERYONE_PERMISSIONS }, 0));
    }
    seededRoles.forEach((r, index) => {
      roles.set(r.id, role(r, r.id === seed.id ? 0 : index + 1));
    });
    const botRoleId = this.ids.next();
    const botPermissions =
      seed.botPermissions ??
      BASE_BOT_PERMISSIONS |
        (seed.botCanManageRoles === false ? 0n : PermissionFlagsBits.ManageRoles) |
        (seed.botCanManageEvents === false
          ? 0n
          : PermissionFlagsBits.ManageEvents | PermissionFlagsBits.CreateEvents);
    roles.set(
      botRoleId,
      role({ id: botRoleId, name: this.bot.username, permissions: botPermissions }, seededRoles.length + 1, {
        managed: true,
        tags: { bot_id: this.bot.id },
      }),
    );

    const members = new Map<string, MemberRecord>();
    members.set(this.bot.id, { userId: this.bot.id, roles: [botRoleId], nick: null, joinedAt: now });
    for (const m of seed.members ?? []) {
      this.users.set(m.id, userFromSeed(m));
      members.set(m.id, { userId: m.id, roles: [...(m.roles ?? [])], nick: m.nick ?? null, joinedAt: now });
    }

    const channels = new Map<string, ChannelRecord>();
    seed.channels.forEach((c, index) => {
      channels.set(c.id, {
        id: c.id,
        guildId: seed.id,
        name: c.name,
        type: c.type ?? ChannelType.GuildText,
        parentId: c.parentId ?? null,
        position: c.position ?? index,
        topic: c.topic ?? null,
        lastMessageId: null,
      });
    });

    return {
      id: seed.id,
      name: seed.name,
      ownerId: seed.ownerId ?? seed.members?.find((m) => !m.bot)?.id ?? this.bot.id,
      preferredLocale: seed.preferredLocale ?? "en-US",
      joinedAt: now,
      channels,
      roles,
      members,
      botRoleId,
      commands: [],
      scheduledEvents: new Map(),
    };
  }

  guild(id: string): GuildRecord {
    const guild = this.guilds.get(id);
    if (!guild) throw apiErrors.unknownGuild();
    return guild;
  }

  /** The channel and its guild, or a 404 Unknown Channel. */
  channel(id: string): { channel: ChannelRecord; guild: GuildRecord } {
    for (const guild of this.guilds.values()) {
      const channel = guild.channels.get(id);
      if (channel) return { channel, guild };
    }
    throw apiErrors.unknownChannel();
  }

  /** A known user, or a plausible stand-in so votes and interactions from strangers still work. */
  user(id: string): APIUser {
    const known = this.users.get(id);
    if (known) return known;
    const stub: APIUser = {
      id,
      username: `user${id.slice(-4)}`,
      discriminator: "0",
      global_name: null,
      avatar: null,
    };
    this.users.set(id, stub);
    return stub;
  }

  /** A message visible through channel routes (not deleted, not ephemeral). */
  channelMessage(channelId: string, messageId: string): StoredMessage {
    const stored = this.messages.get(messageId);
    if (!stored || stored.deleted || stored.ephemeralFor || stored.message.channel_id !== channelId) {
      throw apiErrors.unknownMessage();
    }
    return stored;
  }

  store(stored: StoredMessage): void {
    this.messages.set(stored.message.id, stored);
    const list = this.channelMessages.get(stored.message.channel_id) ?? [];
    list.push(stored.message.id);
    this.channelMessages.set(stored.message.channel_id, list);
  }

  /** Messages of a channel, oldest first, as the given viewer would see them. */
  listMessages(channelId: string, viewerId?: string): StoredMessage[] {
    const ids = this.channelMessages.get(channelId) ?? [];
    return ids
      .map((id) => this.messages.get(id))
      .filter((m): m is StoredMessage => m !== undefined && !m.deleted)
      .filter((m) => m.ephemeralFor === null || m.ephemeralFor === viewerId);
  }

  /** The application's commands in a scope (global when `guildId` is null). */
  commands(guildId: string | null): APIApplicationCommand[] {
    return guildId === null ? this.globalCommands : this.guild(guildId).commands;
  }
}

function userFromSeed(seed: MemberSeed): APIUser {
  return {
    id: seed.id,
    username: seed.username,
    discriminator: "0",
    global_name: seed.globalName ?? null,
    avatar: null,
    bot: seed.bot ?? false,
  };
}

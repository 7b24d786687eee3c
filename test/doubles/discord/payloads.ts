import {
  type APIChannel,
  type APIGuild,
  type APIGuildMember,
  type APIInteractionDataResolvedGuildMember,
  ChannelType,
  type GatewayGuildCreateDispatchData,
  GatewayIntentBits,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  type GuildHubType,
  type GuildMemberFlags,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  type GuildSystemChannelFlags,
  GuildVerificationLevel,
  type Locale,
} from "discord-api-types/v10";
import type { ChannelRecord, DoubleState, GuildRecord, MemberRecord } from "./state.js";

/** Channel types a message can be posted in. */
export const TEXT_CHANNEL_TYPES: readonly ChannelType[] = [
  ChannelType.GuildText,
  ChannelType.GuildAnnouncement,
  ChannelType.GuildVoice,
  ChannelType.GuildStageVoice,
  ChannelType.AnnouncementThread,
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
];

/** The channel object Discord returns from `GET /channels/:id` and sends in GUILD_CREATE. */
export function apiChannel(channel: ChannelRecord): APIChannel {
  const base = {
    id: channel.id,
    type: channel.type,
    guild_id: channel.guildId,
    name: channel.name,
    position: channel.position,
    parent_id: channel.parentId,
    permission_overwrites: [],
    nsfw: false,
    flags: 0,
  };
  if (channel.type === ChannelType.GuildCategory) return base as APIChannel;
  return {
    ...base,
    topic: channel.topic,
    last_message_id: channel.lastMessageId,
    rate_limit_per_user: 0,
  } as APIChannel;
}

/** A guild member with its user, as in GUILD_CREATE and member routes. */
export function apiMember(state: DoubleState, member: MemberRecord): APIGuildMember {
  return {
    user: state.user(member.userId),
    nick: member.nick,
    avatar: null,
    banner: null,
    roles: [...member.roles],
    joined_at: member.joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
}

/** A member without `user`, as in interaction `resolved.members` and MESSAGE_CREATE `member`. */
export function partialMember(
  member: MemberRecord,
  permissions?: bigint,
): APIInteractionDataResolvedGuildMember {
  return {
    nick: member.nick,
    avatar: null,
    banner: null,
    roles: [...member.roles],
    joined_at: member.joinedAt,
    premium_since: null,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
    permissions: String(permissions ?? 0n),
  };
}

/** The guild object of `GET /guilds/:id`. */
export function apiGuild(guild: GuildRecord): APIGuild {
  const firstText = [...guild.channels.values()].find((c) => c.type === ChannelType.GuildText);
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: [...guild.roles.values()],
    emojis: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: firstText?.id ?? null,
    system_channel_flags: 0 as GuildSystemChannelFlags,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: GuildPremiumTier.None,
    preferred_locale: guild.preferredLocale as Locale,
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    stickers: [],
    premium_progress_bar_enabled: false,
    hub_type: null satisfies GuildHubType | null,
    safety_alerts_channel_id: null,
    incidents_data: null,
  };
}

/**
 * GUILD_CREATE as Discord sends it after READY. Without the GuildMembers intent only the bot's
 * own member is included, as on Discord.
 */
export function guildCreate(
  state: DoubleState,
  guild: GuildRecord,
  intents: number,
): GatewayGuildCreateDispatchData {
  const members = [...guild.members.values()].filter(
    (m) => (intents & GatewayIntentBits.GuildMembers) !== 0 || m.userId === state.bot.id,
  );
  return {
    ...apiGuild(guild),
    joined_at: guild.joinedAt,
    large: false,
    unavailable: false,
    member_count: guild.members.size,
    voice_states: [],
    members: members.map((m) => apiMember(state, m)),
    channels: [...guild.channels.values()].map(apiChannel) as GatewayGuildCreateDispatchData["channels"],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events:
      (intents & GatewayIntentBits.GuildScheduledEvents) !== 0 ? [...guild.scheduledEvents.values()] : [],
    soundboard_sounds: [],
  };
}

import {
  type APIGuildScheduledEvent,
  type APIRole,
  GatewayDispatchEvents,
  GatewayIntentBits,
  GuildScheduledEventStatus,
  PermissionFlagsBits,
  type RoleFlags,
} from "discord-api-types/v10";
import { apiErrors } from "./api-error.js";
import type { DoubleContext } from "./context.js";
import { FormErrors, isRecord } from "./form-errors.js";
import type { RouteDefinition, RouteRequest } from "./http-router.js";
import { apiChannel, apiGuild, apiMember } from "./payloads.js";
import { highestRolePosition, requirePermission } from "./permissions.js";
import type { GuildRecord, MemberRecord } from "./state.js";
import { validateScheduledEvent } from "./validate-events.js";

const guildOf = (ctx: DoubleContext, request: RouteRequest): GuildRecord =>
  ctx.state.guild(request.param("guild_id"));

function memberOf(guild: GuildRecord, request: RouteRequest): MemberRecord {
  const member = guild.members.get(request.param("user_id"));
  if (!member) throw apiErrors.unknownMember();
  return member;
}

function memberRoleChange(ctx: DoubleContext, add: boolean): RouteDefinition["handle"] {
  return (request) => {
    const guild = guildOf(ctx, request);
    const member = memberOf(guild, request);
    const role = guild.roles.get(request.param("role_id"));
    if (!role) throw apiErrors.unknownRole();
    requirePermission(guild, ctx.state.bot.id, PermissionFlagsBits.ManageRoles);
    if (
      role.managed ||
      role.id === guild.id ||
      role.position >= highestRolePosition(guild, ctx.state.bot.id)
    ) {
      throw apiErrors.missingPermissions();
    }
    const has = member.roles.includes(role.id);
    if (add && !has) member.roles.push(role.id);
    if (!add && has) member.roles = member.roles.filter((id) => id !== role.id);
    if (add !== has) {
      ctx.gateway.dispatch(
        GatewayDispatchEvents.GuildMemberUpdate,
        { guild_id: guild.id, ...apiMember(ctx.state, member) },
        { intent: GatewayIntentBits.GuildMembers, guildId: guild.id },
      );
    }
    ctx.feed.notify();
    return {};
  };
}

function createRole(ctx: DoubleContext, request: RouteRequest) {
  const guild = guildOf(ctx, request);
  requirePermission(guild, ctx.state.bot.id, PermissionFlagsBits.ManageRoles);
  const input = isRecord(request.body) ? request.body : {};
  const errors = new FormErrors();
  const name = errors.string(["name"], input.name, { max: 100 }) ?? "new role";
  const color = errors.integer(["color"], input.color, { min: 0, max: 0xffffff }) ?? 0;
  errors.throwIfAny();
  const permissions = BigInt(
    typeof input.permissions === "string"
      ? input.permissions
      : (guild.roles.get(guild.id)?.permissions ?? "0"),
  );
  for (const role of guild.roles.values()) if (role.id !== guild.id) role.position += 1;
  const role: APIRole = {
    id: ctx.state.ids.next(),
    name,
    color,
    colors: { primary_color: color, secondary_color: null, tertiary_color: null },
    hoist: input.hoist === true,
    icon: null,
    unicode_emoji: null,
    position: 1,
    permissions: String(permissions),
    managed: false,
    mentionable: input.mentionable === true,
    flags: 0 as RoleFlags,
  };
  guild.roles.set(role.id, role);
  ctx.gateway.dispatch(
    GatewayDispatchEvents.GuildRoleCreate,
    { guild_id: guild.id, role },
    { intent: GatewayIntentBits.Guilds, guildId: guild.id },
  );
  ctx.feed.notify();
  return { body: role };
}

function eventOf(guild: GuildRecord, request: RouteRequest): APIGuildScheduledEvent {
  const event = guild.scheduledEvents.get(request.param("event_id"));
  if (!event) throw apiErrors.unknownScheduledEvent();
  return event;
}

function emitEvent(
  ctx: DoubleContext,
  guild: GuildRecord,
  t: GatewayDispatchEvents,
  event: APIGuildScheduledEvent,
): void {
  ctx.gateway.dispatch(t, event, { intent: GatewayIntentBits.GuildScheduledEvents, guildId: guild.id });
  ctx.feed.notify();
}

function scheduledEventRoutes(ctx: DoubleContext): RouteDefinition[] {
  const base = "/guilds/:guild_id/scheduled-events";
  const manage = (guild: GuildRecord) =>
    requirePermission(guild, ctx.state.bot.id, PermissionFlagsBits.ManageEvents);
  return [
    { method: "GET", path: base, handle: (r) => ({ body: [...guildOf(ctx, r).scheduledEvents.values()] }) },
    { method: "GET", path: `${base}/:event_id`, handle: (r) => ({ body: eventOf(guildOf(ctx, r), r) }) },
    {
      method: "POST",
      path: base,
      handle: (request) => {
        const guild = guildOf(ctx, request);
        requirePermission(guild, ctx.state.bot.id, PermissionFlagsBits.CreateEvents);
        const bot = ctx.state.bot;
        const event = validateScheduledEvent(request.body, guild, {
          id: ctx.state.ids.next(),
          guild_id: guild.id,
          channel_id: null,
          creator_id: bot.id,
          creator: bot,
          name: "",
          description: null,
          scheduled_start_time: "",
          scheduled_end_time: null,
          privacy_level: 2,
          status: GuildScheduledEventStatus.Scheduled,
          entity_id: null,
          entity_metadata: null,
          user_count: 0,
          image: null,
          recurrence_rule: null,
        });
        guild.scheduledEvents.set(event.id, event);
        emitEvent(ctx, guild, GatewayDispatchEvents.GuildScheduledEventCreate, event);
        return { body: event };
      },
    },
    {
      method: "PATCH",
      path: `${base}/:event_id`,
      handle: (request) => {
        const guild = guildOf(ctx, request);
        manage(guild);
        const existing = eventOf(guild, request);
        const event = validateScheduledEvent(request.body, guild, existing, existing);
        guild.scheduledEvents.set(event.id, event);
        emitEvent(ctx, guild, GatewayDispatchEvents.GuildScheduledEventUpdate, event);
        return { body: event };
      },
    },
    {
      method: "DELETE",
      path: `${base}/:event_id`,
      handle: (request) => {
        const guild = guildOf(ctx, request);
        manage(guild);
        const event = eventOf(guild, request);
        guild.scheduledEvents.delete(event.id);
        emitEvent(ctx, guild, GatewayDispatchEvents.GuildScheduledEventDelete, event);
        return {};
      },
    },
  ];
}

/** Guild, channel list, member, role and scheduled-event routes. */
export function guildRoutes(ctx: DoubleContext): RouteDefinition[] {
  const allowedPrivileged = ctx.state.options.allowedPrivilegedIntents ?? GatewayIntentBits.GuildMembers;
  return [
    { method: "GET", path: "/guilds/:guild_id", handle: (r) => ({ body: apiGuild(guildOf(ctx, r)) }) },
    {
      method: "GET",
      path: "/guilds/:guild_id/channels",
      handle: (r) => ({ body: [...guildOf(ctx, r).channels.values()].map(apiChannel) }),
    },
    {
      method: "GET",
      path: "/guilds/:guild_id/roles",
      handle: (r) => ({ body: [...guildOf(ctx, r).roles.values()] }),
    },
    { method: "POST", path: "/guilds/:guild_id/roles", handle: (r) => createRole(ctx, r) },
    {
      method: "GET",
      path: "/guilds/:guild_id/members",
      handle: (request) => {
        const guild = guildOf(ctx, request);
        if ((allowedPrivileged & GatewayIntentBits.GuildMembers) === 0) throw apiErrors.missingAccess();
        const limit = Math.min(1000, Math.max(1, Number(request.query.get("limit") ?? 1)));
        const after = BigInt(request.query.get("after") ?? 0);
        const members = [...guild.members.values()]
          .filter((m) => BigInt(m.userId) > after)
          .sort((a, b) => (BigInt(a.userId) < BigInt(b.userId) ? -1 : 1))
          .slice(0, limit);
        return { body: members.map((m) => apiMember(ctx.state, m)) };
      },
    },
    {
      method: "GET",
      path: "/guilds/:guild_id/members/:user_id",
      handle: (r) => ({ body: apiMember(ctx.state, memberOf(guildOf(ctx, r), r)) }),
    },
    {
      method: "PUT",
      path: "/guilds/:guild_id/members/:user_id/roles/:role_id",
      handle: memberRoleChange(ctx, true),
    },
    {
      method: "DELETE",
      path: "/guilds/:guild_id/members/:user_id/roles/:role_id",
      handle: memberRoleChange(ctx, false),
    },
    ...scheduledEventRoutes(ctx),
  ];
}

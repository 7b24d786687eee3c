import {
  GatewayDispatchEvents,
  type GatewayGuildMembersChunkDispatchData,
  GatewayIntentBits,
} from "discord-api-types/v10";
import type { GatewaySession } from "./gateway-types.js";
import { apiMember } from "./payloads.js";
import type { DoubleState } from "./state.js";

/**
 * Answers op 8 REQUEST_GUILD_MEMBERS (what `guild.members.fetch()` sends) with one
 * GUILD_MEMBERS_CHUNK. Listing members by query needs the GuildMembers intent, as on Discord;
 * without it only explicitly requested user ids are returned.
 */
export function handleGuildMembersRequest(
  state: DoubleState,
  session: GatewaySession,
  d: Record<string, unknown>,
  send: (session: GatewaySession, t: string, data: unknown) => void,
): void {
  const guildIds = Array.isArray(d.guild_id) ? d.guild_id : [d.guild_id];
  for (const guildId of guildIds) {
    if (typeof guildId !== "string") continue;
    const guild = state.guilds.get(guildId);
    if (!guild) continue;
    const userIds = d.user_ids === undefined ? null : ([] as unknown[]).concat(d.user_ids).map(String);
    const canList = (session.intents & GatewayIntentBits.GuildMembers) !== 0;
    const query = typeof d.query === "string" ? d.query.toLowerCase() : "";
    const limit = typeof d.limit === "number" && d.limit > 0 ? d.limit : Number.POSITIVE_INFINITY;
    const matches = [...guild.members.values()].filter((m) => {
      if (userIds) return userIds.includes(m.userId);
      if (!canList) return false;
      const user = state.user(m.userId);
      return [user.username, user.global_name ?? "", m.nick ?? ""].some((n) =>
        n.toLowerCase().startsWith(query),
      );
    });
    const chunk: GatewayGuildMembersChunkDispatchData = {
      guild_id: guild.id,
      members: matches.slice(0, limit).map((m) => apiMember(state, m)),
      chunk_index: 0,
      chunk_count: 1,
      not_found: userIds ? userIds.filter((id) => !guild.members.has(id)) : [],
    };
    if (typeof d.nonce === "string") chunk.nonce = d.nonce;
    send(session, GatewayDispatchEvents.GuildMembersChunk, chunk);
  }
}

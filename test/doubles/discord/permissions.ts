import { PermissionFlagsBits } from "discord-api-types/v10";
import { apiErrors } from "./api-error.js";
import type { GuildRecord } from "./state.js";

const ALL_PERMISSIONS = Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n);

/**
 * Guild-level permissions of a member: @everyone plus their roles, everything for the owner or
 * an Administrator. Channel overwrites are not modelled.
 */
export function memberPermissions(guild: GuildRecord, userId: string): bigint {
  if (guild.ownerId === userId) return ALL_PERMISSIONS;
  const member = guild.members.get(userId);
  let bits = BigInt(guild.roles.get(guild.id)?.permissions ?? "0");
  for (const roleId of member?.roles ?? []) bits |= BigInt(guild.roles.get(roleId)?.permissions ?? "0");
  return (bits & PermissionFlagsBits.Administrator) !== 0n ? ALL_PERMISSIONS : bits;
}

/** Throws Discord's 403 50013 unless the user holds every bit of `required`. */
export function requirePermission(guild: GuildRecord, userId: string, required: bigint): void {
  if ((memberPermissions(guild, userId) & required) !== required) throw apiErrors.missingPermissions();
}

/** Position of the member's highest role; @everyone counts as 0. */
export function highestRolePosition(guild: GuildRecord, userId: string): number {
  const member = guild.members.get(userId);
  return Math.max(0, ...(member?.roles ?? []).map((id) => guild.roles.get(id)?.position ?? 0));
}

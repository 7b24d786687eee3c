import type { Interaction, User } from "discord.js";
import { peopleDirectory } from "../../core/people-directory.js";
import { personOf } from "./identity.js";

/** A guild member as the interaction gives it: a cached GuildMember or the API's raw member. */
type AnyMember = { nickname?: string | null; nick?: string | null } | null | undefined;

function nickOf(member: AnyMember): string | null | undefined {
  if (!member) return undefined;
  return "nickname" in member ? member.nickname : member.nick;
}

function learn(user: User, member: AnyMember): void {
  peopleDirectory.remember(personOf(user.id), nickOf(member) || user.globalName || user.username);
}

/**
 * Keeps the directory's names of Discord people fresh from what every interaction carries
 * anyway: its author (their nickname in this guild, else their global name, else username)
 * and the users a command's options name (Discord resolves them with their members). Jura asks
 * for no privileged intent, so this, not member events, is how names arrive and change.
 */
export function learnDiscordNames(interaction: Interaction): void {
  learn(interaction.user, interaction.member as AnyMember);
  if (!interaction.isChatInputCommand() && !interaction.isAutocomplete()) return;
  const resolved = interaction.isChatInputCommand() ? interaction.options.resolved : undefined;
  for (const [id, user] of resolved?.users ?? []) learn(user, resolved?.members?.get(id) as AnyMember);
}

import { ChannelType, type Client, Events, type Guild } from "discord.js";
import type { Jura } from "../../app/jura.js";
import type { Log } from "../../log.js";
import { placeOf } from "./identity.js";

/**
 * Where Jura says its first words in a server it was just added to: the server's system
 * channel (where Discord itself says who joined), else its first text channel.
 */
export function welcomeChannel(guild: Pick<Guild, "systemChannelId" | "channels">): string | undefined {
  if (guild.systemChannelId) return guild.systemChannelId;
  return [...guild.channels.cache.values()]
    .filter((c) => c.type === ChannelType.GuildText)
    .sort((a, b) => ("rawPosition" in a ? a.rawPosition : 0) - ("rawPosition" in b ? b.rawPosition : 0))[0]
    ?.id;
}

/**
 * Welcomes each server Jura is added to, once (the outbox key is the server's): discord.js
 * emits GuildCreate only for a server joined while running, not for those it was already in.
 */
export function attachWelcome(
  client: Client,
  deps: { jura: Pick<Jura, "welcome">; log: Log; allowed(guildId: string): boolean },
): void {
  client.on(Events.GuildCreate, (guild) => {
    if (!deps.allowed(guild.id)) return;
    const channelId = welcomeChannel(guild);
    if (!channelId) {
      deps.log.info({ guildId: guild.id }, "added to a server without a text channel to welcome it in");
      return;
    }
    deps.jura
      .welcome(placeOf(guild.id, channelId), `discord-guild:${guild.id}`)
      .catch((err: unknown) => deps.log.error({ err, guildId: guild.id }, "could not welcome a new server"));
  });
}

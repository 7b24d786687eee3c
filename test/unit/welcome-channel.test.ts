import { ChannelType } from "discord.js";
import { describe, expect, it } from "vitest";
import { welcomeChannel } from "../../src/adapters/discord/welcome.js";

const guild = (
  systemChannelId: string | null,
  channels: { id: string; type: ChannelType; rawPosition: number }[],
) =>
  ({
    systemChannelId,
    channels: { cache: new Map(channels.map((c) => [c.id, c])) },
  }) as unknown as Parameters<typeof welcomeChannel>[0];

describe("where Jura welcomes a new Discord server", () => {
  it("GIVEN a system channel THEN there", () => {
    expect(welcomeChannel(guild("9", [{ id: "1", type: ChannelType.GuildText, rawPosition: 0 }]))).toBe("9");
  });

  it("GIVEN none THEN the first text channel, not a voice channel or a category", () => {
    const channels = [
      { id: "1", type: ChannelType.GuildCategory, rawPosition: 0 },
      { id: "2", type: ChannelType.GuildVoice, rawPosition: 1 },
      { id: "3", type: ChannelType.GuildText, rawPosition: 3 },
      { id: "4", type: ChannelType.GuildText, rawPosition: 2 },
    ];
    expect(welcomeChannel(guild(null, channels))).toBe("4");
    expect(welcomeChannel(guild(null, channels.slice(0, 2)))).toBeUndefined();
  });
});

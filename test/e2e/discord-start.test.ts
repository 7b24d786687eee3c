import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DiscordDouble } from "../doubles/discord/index.js";
import { BotProcess } from "../support/bot-process.js";
import {
  APP,
  BOT,
  COUNCIL,
  discordProcessEnv,
  GARDEN,
  GUILD,
  messageText,
  PEOPLE,
  startRiverDouble,
  testDatabase,
} from "../support/discord-world.js";
import { tempDir } from "../support/jura-process.js";

describe("npm start with DISCORD_TOKEN: the Discord bot as its own process", () => {
  let double: DiscordDouble;
  let database: Awaited<ReturnType<typeof testDatabase>>;
  const env = async (extra: Record<string, string> = {}) => ({
    ...discordProcessEnv(double, database, process.env.TEST_REDIS_URL, await tempDir("jura-discord-start-")),
    DISCORD_ALLOWED_GUILDS: GUILD,
    ...extra,
  });

  beforeAll(async () => {
    database = await testDatabase();
    double = await startRiverDouble();
  });

  afterAll(async () => {
    await database?.close();
    await double?.close();
    expect(double.internalErrors).toEqual([]);
  });

  it("GIVEN Discord settings THEN it registers guild commands, answers them, delivers announcements (a proposal with its buttons) and stops cleanly", async () => {
    const jura = new BotProcess(await env());
    try {
      await jura.waitForLog("Discord bot running", 45_000);
      expect(double.commands(GUILD).map((c) => c.name)).toContain("circle");
      expect(double.commands()).toEqual([]);
      const ask = async (person: keyof typeof PEOPLE, sub: string, channelId: string, options = {}) => {
        const record = double.injectChatInput({
          commandName: sub.split(" ")[0] ?? "",
          subcommand: sub.split(" ")[1],
          userId: PEOPLE[person],
          channelId,
          options,
        });
        return JSON.stringify((await double.interactionResponse(record.id, { timeoutMs: 10_000 })).data);
      };
      expect(await ask("erin", "federation create", COUNCIL, { name: "Jura" })).toContain(
        "Federation “Jura” is founded.",
      );
      expect(await ask("alice", "circle create", GARDEN, { name: "Green Valley", open: true })).toContain(
        "is born",
      );
      // The command is a clickable command mention, with the id the registration returned.
      expect(await ask("alice", "federation join", GARDEN, { federation: "Jura" })).toMatch(
        /Proposal #1 is open: <\/federation join:\d+> Jura\./,
      );
      const announced = await double.waitForMessage(
        GARDEN,
        (m) => m.author.id === BOT && !m.interaction_metadata,
        {
          timeoutMs: 15_000,
        },
      );
      expect(messageText(announced)).toMatch(
        new RegExp(`Proposal #1 of “Green Valley”, by <@${PEOPLE.alice}>: </federation join:\\d+> Jura`),
      );
      const [row] = announced.components ?? [];
      expect(
        (row as { components: Array<{ custom_id?: string }> }).components.map((b) => b.custom_id),
      ).toEqual([
        "jura:proposal:1:agree",
        "jura:proposal:1:abstain",
        "jura:proposal:1:object",
        "jura:proposal:1:block",
      ]);
    } finally {
      expect(await jura.stop()).toBe(0);
    }
    expect(jura.lines.filter((l) => l.level >= 50)).toEqual([]);
  });

  it("GIVEN an application id that is not the token's THEN start-up stops with a message saying so", async () => {
    const jura = new BotProcess(await env({ DISCORD_APPLICATION_ID: "1100000000000000099" }));
    expect(await jura.exited).toBe(1);
    expect(jura.stderr).toContain(
      `DISCORD_APPLICATION_ID is 1100000000000000099, but DISCORD_TOKEN belongs to application ${APP}`,
    );
  });
});

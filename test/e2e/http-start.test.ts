import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DiscordDouble, startDiscordDouble } from "../doubles/discord/index.js";
import { BotProcess } from "../support/bot-process.js";
import { APP, BOT, discordProcessEnv, GUILD, TOKEN, testDatabase } from "../support/discord-world.js";
import { tempDir } from "../support/jura-process.js";

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

describe("npm start with a chat platform: the HTTP server beside the bot", () => {
  let double: DiscordDouble;
  let database: Awaited<ReturnType<typeof testDatabase>>;

  beforeAll(async () => {
    database = await testDatabase();
    double = await startDiscordDouble({
      token: TOKEN,
      applicationId: APP,
      botUserId: BOT,
      guilds: [{ id: GUILD, name: "River", channels: [], members: [] }],
    });
  });
  afterAll(async () => {
    await database?.close();
    await double?.close();
  });

  it("GIVEN JURA_HTTP_PORT THEN /health answers while the bot runs, and SIGTERM closes it cleanly", async () => {
    const port = await freePort();
    const jura = new BotProcess({
      ...discordProcessEnv(double, database, process.env.TEST_REDIS_URL, await tempDir("jura-http-start-")),
      DISCORD_ALLOWED_GUILDS: GUILD,
      JURA_HTTP_PORT: String(port),
    });
    try {
      await jura.waitForLog("Discord bot running", 45_000);
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: "ok", database: "ok", redis: "ok" });
      const missing = await fetch(`http://127.0.0.1:${port}/federations/Nowhere/calendar.ics`);
      expect(missing.status).toBe(404);
      expect(await jura.stop()).toBe(0);
      await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    } finally {
      await jura.stop();
    }
  }, 90_000);
});

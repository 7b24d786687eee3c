import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiscordWorld, messageText, PEOPLE } from "../support/discord-world.js";

const MILL = "1300000000000000001";
const MILL_GENERAL = "1300000000000000002";
const MILL_NEWS = "1300000000000000003";

describe("Jura added to a new Discord server", () => {
  let world: DiscordWorld;

  beforeAll(async () => {
    world = await DiscordWorld.create();
    await world.start();
  }, 120_000);

  afterAll(async () => {
    await world?.close();
    expect(world.double.internalErrors).toEqual([]);
  });

  it("GIVEN a server Jura was just added to THEN it says the first three things to do once, in its first text channel", async () => {
    const sessions = world.double.addGuild({
      id: MILL,
      name: "Mill",
      channels: [
        { id: MILL_GENERAL, name: "general", position: 0 },
        { id: MILL_NEWS, name: "news", position: 1 },
      ],
      members: [{ id: PEOPLE.alice, username: "alice" }],
    });
    expect(sessions).toBeGreaterThan(0);
    const welcome = await world.double.waitForMessage(MILL_GENERAL, undefined, { timeoutMs: 15_000 });
    const text = messageText(welcome);
    expect(text).toContain("Three things to start with");
    expect(text).toMatch(/circle create/);
    expect(text).toMatch(/circle join/);
    expect(text).toMatch(/help/);
    // A second GUILD_CREATE for a server it knows (a reconnection) welcomes nobody again.
    world.double.addGuild({ id: MILL, name: "Mill", channels: [{ id: MILL_GENERAL, name: "general" }] });
    await world.delivered();
    expect(world.double.messages(MILL_GENERAL)).toHaveLength(1);
    expect(world.double.messages(MILL_NEWS)).toHaveLength(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nonceFor } from "../../src/adapters/discord/transport.js";
import { DiscordWorld, GARDEN, GUILD, PEOPLE, peakPerSecond } from "../support/discord-world.js";

const CHANNELS = Array.from({ length: 6 }, (_, i) => `12000000000000001${String(i).padStart(2, "0")}`);
const ANNOUNCEMENTS = 120;
/** Routes Discord does not count against the global limit (interaction callbacks and webhooks). */
const exempt = (path: string) => /^\/(interactions|webhooks)\//.test(path);

describe("Jura on Discord under faults: rate limits, server errors, a dropped gateway", () => {
  let world: DiscordWorld;

  beforeAll(async () => {
    world = await DiscordWorld.create({
      double: {
        rateLimit: { limit: 10, windowSeconds: 1 },
        guilds: [
          {
            id: GUILD,
            name: "River",
            channels: [
              { id: GARDEN, name: "garden" },
              ...CHANNELS.map((id, i) => ({ id, name: `circle-${i}` })),
            ],
            members: Object.entries(PEOPLE).map(([username, id]) => ({ id, username })),
          },
        ],
      },
      // No BullMQ limiter: the request governor alone must keep Jura under Discord's limit.
      env: { JURA_RATE_LIMIT_DISCORD: "0" },
      deliveryConcurrency: 16,
      bot: { deferAfterMs: 0 },
    });
    await world.start();
  });

  afterAll(async () => {
    await world?.close();
  });

  it("GIVEN 120 announcements, injected 429s (route and global) and 502s THEN each is delivered exactly once and no second holds more than 50 requests", async () => {
    const running = world.jura?.running;
    if (!running) throw new Error("not started");
    const keys = Array.from({ length: ANNOUNCEMENTS }, (_, i) => `load:${i}`);
    const messageRoute = /^POST \/channels\/\d+\/messages$/;
    world.double.inject429({ route: messageRoute, retryAfter: 0.3, count: 3 });
    world.double.inject429({ route: messageRoute, retryAfter: 0.5, global: true, count: 1 });
    world.double.inject5xx({ route: messageRoute, status: 502, count: 6 });
    const startedAt = Date.now();
    await running.uow.run(async (store) => {
      for (const [i, key] of keys.entries()) {
        await store.outbox.add({
          key,
          place: `discord:${GUILD}/${CHANNELS[i % CHANNELS.length]}`,
          text: `Announcement ${i}`,
          createdAt: world.clock.now(),
        });
      }
    });
    await world.delivered(45_000);
    const elapsed = Date.now() - startedAt;

    const posted = CHANNELS.flatMap((c) => world.double.messages(c));
    expect(posted).toHaveLength(ANNOUNCEMENTS);
    const byNonce = new Map(posted.map((m) => [String(m.nonce), m]));
    const rows = await world.db
      .selectFrom("outbox")
      .select(["key", "platformMessageId"])
      .where("key", "like", "load:%")
      .execute();
    for (const row of rows) expect(byNonce.get(nonceFor(row.key))?.id, row.key).toBe(row.platformMessageId);

    const sent = world.double.requests.filter((r) => r.time >= startedAt && !exempt(r.path));
    const statuses = sent.map((r) => r.status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(4);
    expect(statuses.filter((s) => s === 502)).toHaveLength(6);
    const peak = peakPerSecond(sent.map((r) => r.time));
    expect(peak).toBeLessThanOrEqual(50);
    console.info(
      `[discord e2e] ${ANNOUNCEMENTS} announcements, ${sent.length} requests in ${elapsed} ms; peak ${peak} requests in any second; governor delayed ${world.jura?.bot.governor.delayed}`,
    );
  });

  it("GIVEN a dropped gateway WHEN a command arrives meanwhile THEN the client resumes and answers it once", async () => {
    const { identifies, resumes } = world.double.gatewayStats;
    world.double.disconnect();
    await world.double.waitFor(() => world.double.liveSessions === 0, { description: "the socket to drop" });
    const answer = await world.say("alice", "circle create", { name: "Resumed Circle" });
    expect(answer.text).toContain("Circle “Resumed Circle” is born");
    expect(world.double.gatewayStats).toMatchObject({ identifies, resumes: resumes + 1 });
    expect(answer.record.steps.map((s) => s.kind)).toEqual(["callback", "edit-original"]);
    const circles = await world.db.selectFrom("circle").select("name").execute();
    expect(circles.map((c) => c.name)).toEqual(["Resumed Circle"]);
  });

  it("GIVEN slow commands (deferred) WHEN one fails THEN the public 'thinking' message goes and the error is private", async () => {
    const failed = await world.say("bob", "circle join", { circle: "Nowhere" });
    expect(failed.response.type).toBe(5);
    expect(failed.record.steps.map((s) => s.kind)).toEqual(["callback", "delete-original", "follow-up"]);
    expect(failed.ephemeral).toBe(true);
    expect(failed.text).toContain("There is no circle named “Nowhere”.");
    expect(world.double.messages(GARDEN).some((m) => m.content.includes("Nowhere"))).toBe(false);
  });
});

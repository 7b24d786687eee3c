import { GuildScheduledEventEntityType, GuildScheduledEventStatus } from "discord-api-types/v10";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiscordBot } from "../../src/adapters/discord/bot.js";
import type { ConvergenceEventPayload, OutgoingMessage } from "../../src/core/ports.js";
import { startDiscordDouble } from "../doubles/discord/index.js";
import { APP, BOT, DiscordWorld, GARDEN, GUILD, TOKEN } from "../support/discord-world.js";

const HOUR = 3_600_000;

describe("Jura on Discord: a convergence mirrored as a guild scheduled event", () => {
  let world: DiscordWorld;

  const nextAt = async (): Promise<Date> => {
    const row = await world.db
      .selectFrom("convergence")
      .select("nextAt")
      .where("id", "=", 1)
      .executeTakeFirstOrThrow();
    if (!row.nextAt) throw new Error("the convergence has no next occurrence");
    return new Date(row.nextAt);
  };
  const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");

  beforeAll(async () => {
    world = await DiscordWorld.create();
    await world.start();
    await world.foundGreenValleyInJura();
  });

  afterAll(async () => {
    await world?.close();
  });

  it("GIVEN /convergence schedule THEN the guild gets one external scheduled event for the next assembly", async () => {
    const scheduled = await world.say("alice", "convergence schedule", {
      title: "Seasonal assembly",
      federation: "Jura",
      every: "every 3 months on saturday 10:00",
      duration: "3h",
      where: "Saint-Imier",
      agenda: "Harvest and the winter fund",
    });
    expect(scheduled.text).toContain("Convergence #1");
    await world.delivered();
    const start = await nextAt();
    const events = world.double.scheduledEvents(GUILD);
    // The announce place and the circle's home are in the same guild: one event, not two.
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event?.name).toBe("Seasonal assembly");
    expect(event?.entity_type).toBe(GuildScheduledEventEntityType.External);
    expect(event?.entity_metadata?.location).toBe("Saint-Imier");
    expect(event?.scheduled_start_time).toBe(iso(start));
    expect(event?.scheduled_end_time).toBe(iso(new Date(start.getTime() + 3 * HOUR)));
    expect(event?.description).toContain("Harvest and the winter fund");
    expect(event?.status).toBe(GuildScheduledEventStatus.Scheduled);
  });

  it("GIVEN the assembly begins THEN the same event moves to the next assembly", async () => {
    const first = await nextAt();
    const [before] = world.double.scheduledEvents(GUILD);
    await world.advance(first.getTime() - world.clock.now().getTime() + 60_000);
    const second = await nextAt();
    expect(second.getTime()).toBeGreaterThan(first.getTime());
    const events = world.double.scheduledEvents(GUILD);
    expect(events).toHaveLength(1);
    expect(events[0]?.id).toBe(before?.id);
    expect(events[0]?.scheduled_start_time).toBe(iso(second));
    expect(events[0]?.scheduled_end_time).toBe(iso(new Date(second.getTime() + 3 * HOUR)));
  });

  it("GIVEN /convergence cancel THEN the scheduled event is cancelled", async () => {
    const cancelled = await world.say("alice", "convergence cancel", { id: 1 });
    expect(cancelled.text).toContain("cancelled");
    await world.delivered();
    const events = world.double.scheduledEvents(GUILD);
    expect(events).toHaveLength(1);
    expect(events[0]?.status).toBe(GuildScheduledEventStatus.Canceled);
  });
});

describe("The Discord transport: convergence events out of order, and without permission", () => {
  const OTHER = "1200000000000000009";
  const OTHER_CHANNEL = "1200000000000000010";

  const message = (
    guild: string,
    channel: string,
    action: "upsert" | "cancel",
    id: number,
  ): OutgoingMessage => {
    const start = new Date(Date.now() + 10 * 86_400_000);
    const payload: ConvergenceEventPayload = {
      type: "convergence-event",
      action,
      convergenceId: id,
      title: "Storytelling evening",
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 2 * HOUR).toISOString(),
      location: "",
      description: "",
    };
    return { place: `discord:${guild}/${channel}`, key: `k:${id}:${action}`, text: "fallback", payload };
  };

  it("GIVEN a cancel delivered before its upsert THEN no event is created; an empty place still gets a location; a refusal is explained", async () => {
    const double = await startDiscordDouble({
      token: TOKEN,
      applicationId: APP,
      botUserId: BOT,
      guilds: [
        { id: GUILD, name: "River", channels: [{ id: GARDEN, name: "garden" }] },
        {
          id: OTHER,
          name: "Closed",
          channels: [{ id: OTHER_CHANNEL, name: "hall" }],
          members: [{ id: "1300000000000000001", username: "alice" }],
          botCanManageEvents: false,
        },
      ],
    });
    const bot = new DiscordBot(
      {
        DISCORD_TOKEN: TOKEN,
        DISCORD_APPLICATION_ID: APP,
        DISCORD_ALLOWED_GUILDS: [],
        DISCORD_API_BASE: double.apiBase,
      },
      pino({ level: "silent" }),
    );
    try {
      await bot.transport.send(message(GUILD, GARDEN, "cancel", 7));
      await bot.transport.send(message(GUILD, GARDEN, "upsert", 7));
      expect(double.scheduledEvents(GUILD)).toHaveLength(0);

      const id = await bot.transport.send(message(GUILD, GARDEN, "upsert", 8));
      const [event] = double.scheduledEvents(GUILD);
      expect(event?.id).toBe(id);
      expect(event?.entity_metadata?.location).toBe("See the federation's announcements");
      expect(event?.description).toBe("(Jura convergence #8)");
      expect(double.messages(GARDEN)).toHaveLength(0);

      // Where Jura may create but not manage events, moving one fails with a reason to act on.
      await bot.transport.send(message(OTHER, OTHER_CHANNEL, "upsert", 9));
      const later = message(OTHER, OTHER_CHANNEL, "upsert", 9);
      if (later.payload?.type === "convergence-event") {
        later.payload.startsAt = new Date(Date.now() + 20 * 86_400_000).toISOString();
        later.payload.endsAt = new Date(Date.now() + 20 * 86_400_000 + HOUR).toISOString();
      }
      await expect(bot.transport.send(later)).rejects.toThrow(
        /may not manage events in server 1200000000000000009/,
      );
    } finally {
      await bot.stop();
      await double.close();
    }
  });
});

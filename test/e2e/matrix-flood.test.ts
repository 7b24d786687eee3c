import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RetryAfterError } from "../../src/core/errors.js";
import type { BotProcess } from "../support/bot-process.js";
import type { MatrixEvent, MatrixPerson, RoomLog } from "../support/matrix-people.js";
import { type MatrixWorld, matrixWorld } from "../support/matrix-world.js";
import { synapseUnavailable } from "../support/synapse.js";

const skip = synapseUnavailable();

const FLOOD = 500;
/** The bot's own message rate on the homeserver during the flood (Synapse admin override). */
const BOT_RATE = { perSecond: 40, burst: 10 };

const replyTarget = (e: MatrixEvent) =>
  (e.content["m.relates_to"] as { "m.in_reply_to"?: { event_id?: string } } | undefined)?.["m.in_reply_to"]
    ?.event_id;

describe.skipIf(skip)("Matrix under load", () => {
  let world: MatrixWorld;
  let bot: BotProcess;
  let people: MatrixPerson[];
  let room: string;
  let log: RoomLog;

  beforeAll(async () => {
    world = await matrixWorld();
    [people, bot] = await Promise.all([
      world.people(["alice", "bob", "carol", "dan", "erin", "frank"]),
      // 500 commands from six people in seconds: far beyond a person's everyday rate, on purpose.
      world.startBot({ JURA_LIMIT_COMMANDS_PER_PERSON: "1000", JURA_LIMIT_COMMANDS_PER_PLACE: "1000" }),
    ]);
    const [alice, ...others] = people as [MatrixPerson, ...MatrixPerson[]];
    room = await alice.createRoom({
      name: "Busy room",
      invite: [world.bot.userId, ...others.map((p) => p.userId)],
    });
    await Promise.all(others.map((p) => p.join(room)));
    log = alice.follow(room);
    await log.reply(await alice.say(room, "!jura circle create Busy Bees"), world.bot.userId, 30_000);
  }, 300_000);

  afterAll(async () => {
    await world?.close();
  });

  it(`GIVEN ${FLOOD} commands in one room from six people WHEN the homeserver rate-limits the bot THEN each is answered exactly once, waiting as the homeserver asks`, async () => {
    // However fast this machine is, the homeserver must say "slow down" during the flood: the
    // bot starts at one message a second and gets the flood rate once it has been told so.
    await world.synapse.limitMessages(world.bot.userId, 1, 1);
    const squeezed = bot
      .waitForLog("rate limited by the homeserver", 30_000)
      .then(() => world.synapse.limitMessages(world.bot.userId, BOT_RATE.perSecond, BOT_RATE.burst));
    const started = Date.now();
    const sent = (
      await Promise.all(
        people.map(async (person, i) => {
          const ids: string[] = [];
          for (let n = i; n < FLOOD; n += people.length)
            ids.push(await person.say(room, "!jura circle show"));
          return ids;
        }),
      )
    ).flat();
    expect(sent).toHaveLength(FLOOD);
    const sentIn = (Date.now() - started) / 1000;
    await squeezed;

    const wanted = new Set(sent);
    const counts = new Map<string, number>();
    let seen = 0;
    await log.until(
      (events) => {
        for (; seen < events.length; seen++) {
          const event = events[seen] as MatrixEvent;
          const target = event.sender === world.bot.userId ? replyTarget(event) : undefined;
          if (target && wanted.has(target)) counts.set(target, (counts.get(target) ?? 0) + 1);
        }
        return counts.size === FLOOD;
      },
      { timeoutMs: 120_000, what: `${FLOOD} replies` },
    );
    // Anything still in flight would show up now: wait a moment for a duplicate to appear.
    await new Promise((r) => setTimeout(r, 500));
    await log.until(() => true);
    for (; seen < log.events.length; seen++) {
      const target = replyTarget(log.events[seen] as MatrixEvent);
      if (target && wanted.has(target)) counts.set(target, (counts.get(target) ?? 0) + 1);
    }
    expect([...counts.values()].filter((c) => c !== 1)).toEqual([]);
    const seconds = (Date.now() - started) / 1000;
    const limited = bot.count("rate limited by the homeserver");
    console.info(
      `[matrix flood] ${FLOOD} commands sent in ${sentIn.toFixed(1)} s, all answered in ${seconds.toFixed(1)} s; ${limited} 429s waited out`,
    );
    expect(limited, "the homeserver never rate-limited the bot: the test proves nothing").toBeGreaterThan(0);
    // Waiting retry_after_ms means the next try succeeds: a reply meets a 429 once, rarely twice.
    // A bot that retried at once would collect many 429s per reply.
    const attempts = bot.lines.filter((l) => l.msg.includes("rate limited")).map((l) => Number(l.attempt));
    expect(Math.max(...attempts)).toBeLessThanOrEqual(3);
    expect(limited).toBeLessThanOrEqual(FLOOD);
    expect(bot.errors()).toEqual([]);
  }, 180_000);

  it("GIVEN an announcement WHEN the transport sends it twice with one outbox key THEN it appears once; a 429 becomes RetryAfterError", async () => {
    const { sdk } = await import("../../src/adapters/matrix/sdk.js");
    const { MatrixSender } = await import("../../src/adapters/matrix/send.js");
    sdk.LogService.setLevel(sdk.LogLevel.ERROR);
    sdk.LogService.muteModule("MatrixHttpClient");
    const announcer = await world.synapse.register(`announcer${Math.random().toString(36).slice(2, 7)}`);
    const alice = people[0] as MatrixPerson;
    await alice.invite(room, announcer.userId);
    const client = new sdk.MatrixClient(world.synapse.url, announcer.accessToken);
    await client.joinRoom(room);
    const transport = new MatrixSender(client, pino({ level: "silent" })).transport(Promise.resolve());
    const place = `matrix:${room}`;
    const first = await transport.send({ place, text: "Rotation: dan takes over", key: "rotation:1:term:2" });
    const again = await transport.send({ place, text: "Rotation: dan takes over", key: "rotation:1:term:2" });
    expect(again).toBe(first);

    await world.synapse.limitMessages(announcer.userId, 1, 1);
    let error: unknown;
    for (let n = 0; n < 5 && !error; n++) {
      await transport.send({ place, text: `burst ${n}`, key: `burst:${n}` }).catch((e: unknown) => {
        error = e;
      });
    }
    expect(error).toBeInstanceOf(RetryAfterError);
    const wait = (error as RetryAfterError).retryAfterMs;
    expect(wait).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, wait + 100));
    await expect(transport.send({ place, text: "after the wait", key: "burst:after" })).resolves.toMatch(
      /^\$/,
    );

    const events = await log.until((es) => es.some((e) => e.content.body === "after the wait"));
    expect(events.filter((e) => e.content.body === "Rotation: dan takes over")).toHaveLength(1);
    expect(events.find((e) => e.event_id === first)?.content).toMatchObject({ msgtype: "m.notice" });
  }, 60_000);
});

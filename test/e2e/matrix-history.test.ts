import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "../../src/store/db.js";
import type { MatrixPerson, RoomLog } from "../support/matrix-people.js";
import { type MatrixWorld, matrixWorld } from "../support/matrix-world.js";
import { synapseUnavailable } from "../support/synapse.js";

const skip = synapseUnavailable();
if (skip) console.warn(`[matrix e2e] ${skip}`);

/**
 * History on a real Synapse: a long history comes as notices a page at a time, each readable
 * (under 2,000 characters), and the command each page ends with walks back through all of it.
 */
describe.skipIf(skip)("history on Matrix", () => {
  let world: MatrixWorld;
  let alice: MatrixPerson;
  let botId: string;
  let log: RoomLog;
  const ROWS = 120;

  beforeAll(async () => {
    world = await matrixWorld();
    botId = world.bot.userId;
    const [people] = await Promise.all([world.people(["alice"]), world.startBot()]);
    alice = people[0] as MatrixPerson;
    const room = await alice.createRoom({ name: "Green Valley" });
    log = alice.follow(room);
    await alice.invite(room, botId);
    await log.until((es) => es.some((e) => e.sender === botId && e.type === "m.room.message"), {
      what: "the bot's greeting",
    });
    const created = await alice.say(room, "!jura circle create Green Valley tz:Europe/Paris");
    await log.reply(created, botId);
    const db = openDb(world.database.url, 1);
    try {
      const { id } = await db.selectFrom("circle").select("id").executeTakeFirstOrThrow();
      await sql`insert into audit_log (at, actor, action, circle_id, details)
                select timestamptz '2026-01-01' + (i || ' hours')::interval, ${`matrix:${alice.userId}`},
                       'poll.start', ${id}::int,
                       jsonb_build_object('pollId', i, 'question', 'Question number ' || i || '?')
                from generate_series(1, ${ROWS}) i`.execute(db);
    } finally {
      await db.destroy();
    }
  }, 300_000);
  afterAll(async () => {
    await world?.close();
  });

  it("GIVEN 120 entries THEN notices of under 2,000 characters page back through all of them", async () => {
    const seen: string[] = [];
    let command = "!jura circle history";
    for (let page = 0; page < 30; page++) {
      const eventId = await alice.say(log.roomId, command);
      const reply = await log.reply(eventId, botId);
      expect(reply.content.msgtype).toBe("m.notice");
      const body = String(reply.content.body);
      expect(body.length).toBeLessThanOrEqual(2000);
      const lines = body.split("\n");
      seen.push(...lines.filter((l) => l.includes("opened poll #")));
      // Matrix shows commands as people type them there: `!jura circle history …`.
      const more = /^Older: !jura (.+)$/.exec(lines.at(-1) ?? "");
      if (!more?.[1]) break;
      command = `!jura ${more[1]}`;
    }
    const polls = seen.filter((l) => /Question number \d+\?$/.test(l));
    expect(polls).toHaveLength(ROWS);
    expect(new Set(polls).size).toBe(ROWS);
    expect(polls[0]).toContain(
      `${alice.name} opened poll #${ROWS} in “Green Valley”: Question number ${ROWS}?`,
    );
  });
});

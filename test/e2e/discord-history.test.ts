import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiscordWorld, PEOPLE } from "../support/discord-world.js";

/**
 * History on Discord, through discord.js and the Discord double: a long history comes a page
 * at a time, each page plain message content within Discord's 2,000 characters (never cut into
 * an embed), and the `before` option walks back through all of it without gaps or repeats.
 */
describe("history on Discord", () => {
  let world: DiscordWorld;
  const ROWS = 120;

  beforeAll(async () => {
    world = await DiscordWorld.create();
    await world.start();
    await world.say("alice", "circle create", { name: "Green Valley", tz: "Europe/Paris" });
    const { id } = await world.db.selectFrom("circle").select("id").executeTakeFirstOrThrow();
    await sql`insert into audit_log (at, actor, action, circle_id, details)
              select timestamptz '2026-01-01' + (i || ' hours')::interval, ${`discord:${PEOPLE.carol}`},
                     'rotation.away', ${id}::int,
                     jsonb_build_object('startsAt', '2026-02-01T00:00:00Z', 'endsAt', '2026-02-' || lpad((1 + i % 27)::text, 2, '0') || 'T00:00:00Z')
              from generate_series(1, ${ROWS}) i`.execute(world.db);
  });
  afterAll(async () => {
    await world?.close();
  });

  it("GIVEN 120 entries THEN pages of plain content under 2,000 characters walk back through all of them", async () => {
    const seen: string[] = [];
    let before: number | undefined;
    for (let page = 0; page < 30; page++) {
      const reply = await world.say("alice", "circle history", before === undefined ? {} : { before });
      const shown = reply.record.followUps.at(-1) ?? reply.record.original;
      expect(shown?.embeds ?? []).toEqual([]);
      expect(shown?.content.length).toBeLessThanOrEqual(2000);
      expect(reply.ephemeral).toBe(false);
      const lines = reply.text.split("\n");
      seen.push(...lines.filter((l) => l.includes(" is away from ")));
      const more = /before:(\d+)$/.exec(lines.at(-1) ?? "");
      if (!more) break;
      before = Number(more[1]);
    }
    expect(seen).toHaveLength(ROWS);
    expect(new Set(seen).size).toBe(ROWS);
    // Discord shows people as mentions that ping nobody.
    expect(seen[0]).toContain(`<@${PEOPLE.carol}> is away from 2026-02-01 to`);
  });
});

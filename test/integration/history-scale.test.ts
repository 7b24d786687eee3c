import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embeddedBackend, type TestDatabase } from "../support/databases.js";
import { harness } from "../support/harness.js";

/**
 * History stays bounded work however long the log: a federation of 20 circles with 200,000
 * audit rows answers each page, filtered or not, well inside the 250 ms command budget (the
 * harness runs Jura with its real budget, whose statement timeout would cancel a slow query).
 */
describe("history of a long log", () => {
  let database: TestDatabase;
  let h: ReturnType<typeof harness>;
  const ROWS = 200_000;

  beforeAll(async () => {
    database = await embeddedBackend().open();
    h = harness(database.db);
    h.clock.current = new Date("2026-03-02T09:00:00Z");
    await h.ok("alice", "#jura", "federation create Jura tz:Europe/Zurich");
    await h.ok("alice", "#c0", "circle create C0 open:yes");
    const { id: federationId } = await database.db
      .selectFrom("federation")
      .select("id")
      .executeTakeFirstOrThrow();
    await sql`insert into circle (name, name_key, purpose, timezone, home_place, open, federation_id, created_by, created_at)
              select 'C' || i, 'c' || i, '', 'UTC', 'shell:#c' || i, true, ${federationId}, 'shell:alice', now()
              from generate_series(1, 19) i`.execute(database.db);
    await sql`update circle set federation_id = ${federationId}`.execute(database.db);
    // Twenty circles' worth of votes, absences and mandates over three years, plus federation acts.
    await sql`insert into audit_log (at, actor, action, circle_id, federation_id, details)
              select timestamptz '2023-01-01' + (i || ' minutes')::interval,
                     'shell:p' || (i % 97),
                     (array['poll.vote', 'rotation.away', 'mandate.grant', 'aid.offer'])[1 + i % 4],
                     case when i % 10 = 0 then null else (select min(id) from circle) + i % 20 end,
                     case when i % 10 = 0 then ${federationId}::int else null end,
                     jsonb_build_object('pollId', i % 500, 'choice', i % 2, 'mandateId', i % 300)
              from generate_series(1, ${ROWS}) i`.execute(database.db);
    await sql`analyze audit_log`.execute(database.db);
  }, 120_000);
  afterAll(() => database?.close());

  it("GIVEN 200,000 rows THEN every page, filtered or not, comes well inside the budget", async () => {
    const timings: Record<string, number> = {};
    const commands = [
      "federation history Jura",
      "federation history Jura kind:mandate",
      "federation history Jura person:@p13",
      "federation history Jura from:2023-03-01 until:2023-03-02",
      "circle history C7",
      "circle history C7 kind:aid from:2023-04-01",
    ];
    for (const command of commands) {
      let text = await h.ok("alice", "#c0", command);
      const started = performance.now();
      // Walk five pages back from the first.
      for (let page = 0; page < 5; page++) {
        const more = /^Older: \/(.+)$/.exec(text.split("\n").at(-1) ?? "");
        if (!more?.[1]) break;
        text = await h.ok("alice", "#c0", more[1]);
        expect(text.length).toBeLessThanOrEqual(1800);
      }
      timings[command] = Math.round((performance.now() - started) / 5);
    }
    console.info("history page, mean ms over 5 pages:", timings);
    for (const ms of Object.values(timings)) expect(ms).toBeLessThan(250);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embeddedBackend, type TestDatabase } from "../support/databases.js";
import { seedDueMandates } from "../support/due-backlog.js";
import { testRedis, uniquePrefix } from "../support/redis.js";
import { type SendSink, startSendSink } from "../support/send-sink.js";
import { startWorkerProcess, type WorkerProcess } from "../support/worker-process.js";

const ANNOUNCEMENTS = 10_000;
const CONCURRENCY = 8;
/** Requests the first worker makes before it is killed. */
const KILL_AFTER = 1_500;
/**
 * Sends are recorded in Postgres in batches, within RECORD_WITHIN_MS (25 ms) of going out: what
 * the killed worker sent in its last moments, unrecorded, goes out again (the sink, like the
 * platforms, shows it once). Allowing for a slow write under load, "last moments" is this long.
 */
const UNRECORDED_WINDOW_MS = 500;

const server = embeddedBackend();

describe("two delivery worker processes on the embedded PostgreSQL", () => {
  let database: TestDatabase;
  let redis: { url: string; stop(): Promise<void> };
  let sink: SendSink;
  const workers: WorkerProcess[] = [];
  let killedAt: number | undefined;
  let killedAtMs = 0;

  beforeAll(async () => {
    database = await server.open();
    redis = await testRedis();
  });
  afterAll(async () => {
    await Promise.allSettled(workers.map((w) => w.stop()));
    await sink?.close();
    await database?.close();
    await redis?.stop();
  });

  it("GIVEN 10,000 announcements due at once WHEN one of two workers is SIGKILLed mid-run THEN each is delivered exactly once", async () => {
    const { mandates } = await seedDueMandates(database.db, {
      circles: 1_000,
      perCircle: ANNOUNCEMENTS / 1_000,
      dueAt: new Date(Date.now() - 60_000),
    });
    expect(mandates).toBe(ANNOUNCEMENTS);
    let sentByA = 0;
    sink = await startSendSink({
      onRequest(request, s) {
        if (killedAt !== undefined || request.worker !== "a") return;
        sentByA += 1;
        if (sentByA < KILL_AFTER) return;
        killedAt = s.requests.length;
        killedAtMs = Date.now();
        workers[0]?.child.kill("SIGKILL");
      },
    });
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      JURA_QUEUE_PREFIX: uniquePrefix(),
      SINK_URL: sink.url,
      CONCURRENCY: String(CONCURRENCY),
      LEASE_MS: "3000",
      SWEEP_MS: "500",
    };
    const started = Date.now();
    workers.push(...(await Promise.all([startWorkerProcess("a", env), startWorkerProcess("b", env)])));

    const deadline = Date.now() + 80_000;
    const pending = () =>
      database.db
        .selectFrom("outbox")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .where("deliveredAt", "is", null)
        .executeTakeFirstOrThrow();
    for (;;) {
      const done = sink.timeline.length >= ANNOUNCEMENTS && Number((await pending()).n) === 0;
      if (done) break;
      if (Date.now() > deadline)
        throw new Error(
          `after 80 s: ${sink.timeline.length} delivered, ${(await pending()).n} pending\n${workers[1]?.stderr()}`,
        );
      await new Promise((r) => setTimeout(r, 100));
    }
    const elapsed = Date.now() - started;
    const firstRequest = sink.requests[0]?.at ?? started;
    const lastRequest = sink.requests.at(-1)?.at ?? started;

    const rows = await database.db.selectFrom("outbox").select(["key", "platformMessageId"]).execute();
    const expected = new Set(rows.map((r) => r.key));
    const visible = sink.timeline.map((m) => m.key);
    const repeats = sink.repeats();
    console.info(
      `${ANNOUNCEMENTS} announcements in ${elapsed} ms: first send after ${firstRequest - started} ms, ` +
        `worker a killed ${killedAtMs - firstRequest} ms later (after ${killedAt} sends), ` +
        `last send ${lastRequest - killedAtMs} ms after that; ` +
        `${sink.requests.length} requests, ${repeats.length} repeated keys, the first: ${JSON.stringify(repeats.slice(0, 3))}`,
    );

    expect(killedAt, "worker a was killed mid-run").toBeGreaterThan(0);
    expect(killedAt).toBeLessThan(ANNOUNCEMENTS);
    expect(expected.size).toBe(ANNOUNCEMENTS);
    expect(new Set(visible).size).toBe(ANNOUNCEMENTS);
    expect(visible).toHaveLength(ANNOUNCEMENTS);
    const seen = new Set(visible);
    expect([...expected].filter((key) => !seen.has(key))).toEqual([]);
    const eventIds = new Map(sink.timeline.map((m) => [m.key, m.eventId]));
    expect(rows.filter((r) => r.platformMessageId !== eventIds.get(r.key))).toEqual([]);
    for (const { workers: senders } of repeats) expect(senders[0]).toBe("a");
    const firstSent = new Map<string, number>();
    for (const r of [...sink.requests].reverse()) firstSent.set(r.key, r.at);
    const repeatedEarly = repeats.filter(
      ({ key }) => (firstSent.get(key) ?? 0) < killedAtMs - UNRECORDED_WINDOW_MS,
    );
    expect(repeatedEarly, "only the killed worker's last, unrecorded sends are repeated").toEqual([]);

    const audit = await database.db
      .selectFrom("auditLog")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("action", "=", "mandate.expire")
      .executeTakeFirstOrThrow();
    expect(Number(audit.n), "each mandate expired once").toBe(ANNOUNCEMENTS);
  }, 120_000);
});

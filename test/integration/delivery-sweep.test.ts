import { Queue } from "bullmq";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UnitOfWork } from "../../src/core/ports.js";
import { JobRuntime } from "../../src/jobs/runtime.js";
import { sweepJob } from "../../src/jobs/sweep.js";
import { storeOn, unitOfWork } from "../../src/store/store.js";
import { backends, type TestDatabase } from "../support/databases.js";
import { seedDueMandates } from "../support/due-backlog.js";
import { TestClock } from "../support/harness.js";
import { testRedis, uniquePrefix } from "../support/redis.js";

const NOW = new Date("2026-06-01T00:00:00Z");

describe.each(backends())("sweeping a backlog on $name", (backend) => {
  let database: TestDatabase;
  let redis: { url: string; stop(): Promise<void> };

  beforeAll(async () => {
    database = await backend.open();
    redis = await testRedis();
  });
  afterAll(async () => {
    await database?.close();
    await redis?.stop();
  });

  const outboxRows = async () =>
    Number(
      (
        await database.db
          .selectFrom("outbox")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const expiries = async () =>
    Number(
      (
        await database.db
          .selectFrom("auditLog")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("action", "=", "mandate.expire")
          .executeTakeFirstOrThrow()
      ).n,
    );

  /** A unit of work that remembers how many due items each transaction claimed. */
  const countingUow = (claims: number[]): UnitOfWork => {
    const inner = unitOfWork(database.db);
    return {
      run: (work) =>
        inner.run(async (store) => {
          const result = await work(store);
          if (typeof result === "number") claims.push(result);
          return result;
        }),
    };
  };

  const sweep = async (uow: UnitOfWork, queued: string[], lanes = 2) =>
    (await sweepJob.handler(
      {},
      {
        uow,
        clock: new TestClock(NOW),
        log: pino({ level: "silent" }),
        batchSize: 500,
        lanes,
        horizonMs: 1000,
        wakeAt: async () => {},
        enqueueKeys: async (keys) => {
          queued.push(...keys);
          return keys.length;
        },
        enqueuePending: async () => 0,
      },
    )) as { advanced: number; queued: number };

  it("GIVEN 1,200 mandates due at once WHEN one sweep runs THEN all expire, in transactions of at most 500, each announcement queued as its batch commits", async () => {
    const { tag } = await seedDueMandates(database.db, {
      circles: 120,
      perCircle: 10,
      dueAt: new Date(NOW.getTime() - 1000),
    });
    const claims: number[] = [];
    const queued: string[] = [];
    const result = await sweep(countingUow(claims), queued);
    expect(result).toMatchObject({ advanced: 1200 });
    expect(Math.max(...claims)).toBeLessThanOrEqual(500);
    expect(claims.reduce((a, b) => a + b, 0)).toBe(1200);
    expect(claims.length).toBeGreaterThanOrEqual(3);
    expect(new Set(queued).size).toBe(1200);
    expect(queued.every((key) => key.startsWith("mandate:") && key.includes(`shell:#${tag}-`))).toBe(true);
    const active = await database.db
      .selectFrom("mandate")
      .select("id")
      .where("status", "=", "active")
      .where("expiresAt", "<=", NOW)
      .execute();
    expect(active).toEqual([]);
  });

  it("GIVEN 2,000 mandates due WHEN four sweeps run at the same time THEN each mandate expires and is announced exactly once", async () => {
    const auditBefore = await expiries();
    const outboxBefore = await outboxRows();
    await seedDueMandates(database.db, {
      circles: 200,
      perCircle: 10,
      dueAt: new Date(NOW.getTime() - 1000),
    });
    const queued: string[] = [];
    const results = await Promise.all(
      Array.from({ length: 4 }, () => sweep(unitOfWork(database.db), queued, 2)),
    );
    expect(results.reduce((sum, r) => sum + r.advanced, 0)).toBe(2000);
    expect(queued).toHaveLength(2000);
    expect(new Set(queued).size).toBe(2000);
    expect((await expiries()) - auditBefore).toBe(2000);
    expect((await outboxRows()) - outboxBefore).toBe(2000);
  });

  it("GIVEN 2,500 undelivered announcements WHEN pending ones are enqueued THEN every one gets exactly one delivery job", async () => {
    await database.db.deleteFrom("outbox").execute();
    const store = storeOn(database.db);
    for (let i = 0; i < 2500; i++)
      await store.outbox.add({ key: `page:${i}`, place: "shell:#pages", text: `n${i}`, createdAt: NOW });
    const prefix = uniquePrefix();
    const runtime = new JobRuntime({
      redisUrl: redis.url,
      prefix,
      db: database.db,
      uow: unitOfWork(database.db),
      clock: new TestClock(NOW),
      transports: new Map(),
      log: pino({ level: "silent" }),
      sweepEveryMs: 60_000,
      deliveryConcurrency: 1,
    });
    const queue = new Queue("deliver-shell", { connection: { url: redis.url }, prefix });
    try {
      expect(await runtime.enqueuePending()).toBe(2500);
      expect(await runtime.enqueuePending()).toBe(2500);
      expect(await queue.getWaitingCount()).toBe(2500);
      await store.outbox.add({ key: "page:new", place: "shell:#pages", text: "new", createdAt: NOW });
      await runtime.enqueueRecent();
      const newest = await database.db
        .selectFrom("outbox")
        .select("id")
        .where("key", "=", "page:new")
        .executeTakeFirstOrThrow();
      expect(await queue.getJob(`outbox-${newest.id}`)).toBeDefined();
      expect(await queue.getWaitingCount()).toBe(2501);
    } finally {
      await queue.obliterate({ force: true });
      await queue.close();
      await runtime.close();
    }
  });
});

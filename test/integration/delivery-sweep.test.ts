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

  /**
   * One sweep; `announced` gets the places each batch handed to delivery, batch by batch, and
   * `tokens` the reservation each batch wrote its rows under.
   */
  const sweep = async (uow: UnitOfWork, announced: string[][], lanes = 2, tokens: string[] = []) =>
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
        announced: async (places, token) => {
          announced.push([...places]);
          tokens.push(token);
        },
        reservable: new Set(["shell"]),
        reserveMs: 60_000,
        enqueuePending: async () => [],
      },
    )) as { advanced: number; queued: number };

  it("GIVEN 1,200 mandates due at once WHEN one sweep runs THEN all expire, in transactions of at most 500, each handing its announcements to delivery as it commits", async () => {
    const { tag } = await seedDueMandates(database.db, {
      circles: 120,
      perCircle: 10,
      dueAt: new Date(NOW.getTime() - 1000),
    });
    const claims: number[] = [];
    const announced: string[][] = [];
    const tokens: string[] = [];
    const result = await sweep(countingUow(claims), announced, 2, tokens);
    expect(result).toMatchObject({ advanced: 1200 });
    expect(Math.max(...claims)).toBeLessThanOrEqual(500);
    expect(claims.reduce((a, b) => a + b, 0)).toBe(1200);
    expect(claims.length).toBeGreaterThanOrEqual(3);
    expect(announced.map((batch) => batch.length).sort()).toEqual(claims.filter((n) => n > 0).sort());
    const places = announced.flat();
    expect(places.every((place) => place.startsWith(`shell:#${tag}-`))).toBe(true);
    expect(new Set(places).size).toBe(120);
    expect(new Set(tokens).size).toBe(tokens.length);
    const reserved = await database.db
      .selectFrom("outbox")
      .select(["claimToken", (eb) => eb.fn.countAll<string>().as("n")])
      .where("claimToken", "in", tokens)
      .where("claimedUntil", ">", new Date())
      .groupBy("claimToken")
      .execute();
    expect(reserved.map((r) => Number(r.n)).sort()).toEqual(announced.map((b) => b.length).sort());
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
    const announced: string[][] = [];
    const results = await Promise.all(
      Array.from({ length: 4 }, () => sweep(unitOfWork(database.db), announced, 2)),
    );
    expect(results.reduce((sum, r) => sum + r.advanced, 0)).toBe(2000);
    expect(announced.flat()).toHaveLength(2000);
    expect((await expiries()) - auditBefore).toBe(2000);
    expect((await outboxRows()) - outboxBefore).toBe(2000);
  });

  it("GIVEN 2,500 undelivered announcements WHEN delivery is prompted again and again THEN one prompt waits per platform, and a worker sends each once", async () => {
    await database.db.deleteFrom("outbox").execute();
    const store = storeOn(database.db);
    await store.outbox.addMany(
      Array.from({ length: 2500 }, (_, i) => ({
        key: `page:${i}`,
        place: "shell:#pages",
        text: `n${i}`,
        createdAt: NOW,
      })),
    );
    await store.outbox.add({ key: "page:m", place: "matrix:!pages:example.org", text: "m", createdAt: NOW });
    const prefix = uniquePrefix();
    const options = {
      redisUrl: redis.url,
      prefix,
      db: database.db,
      uow: unitOfWork(database.db),
      clock: new TestClock(NOW),
      log: pino({ level: "silent" }),
      sweepEveryMs: 60_000,
      deliveryConcurrency: 4,
      deliveryBatchSize: 100,
    };
    const prompter = new JobRuntime({ ...options, transports: new Map() });
    const queues = ["shell", "matrix"].map(
      (p) => new Queue(`deliver-${p}`, { connection: { url: redis.url }, prefix }),
    );
    const sent: string[] = [];
    const sender = new JobRuntime({
      ...options,
      transports: new Map([
        [
          "shell",
          {
            send: async (m) => {
              sent.push(m.key);
              return `id-${sent.length}`;
            },
          },
        ],
      ]),
    });
    try {
      expect((await prompter.enqueuePending()).sort()).toEqual(["matrix", "shell"]);
      await prompter.enqueuePending();
      await prompter.enqueueRecent();
      expect(await Promise.all(queues.map((q) => q.getWaitingCount()))).toEqual([1, 1]);
      await sender.startWorkers();
      expect(await sender.waitIdle(["shell"])).toBe(true);
      expect(sent).toHaveLength(2500);
      expect(new Set(sent).size).toBe(2500);
      expect(await prompter.outbox.pendingCount()).toBe(1);
    } finally {
      for (const q of queues) {
        await q.obliterate({ force: true });
        await q.close();
      }
      await sender.close();
      await prompter.close();
    }
  });
});

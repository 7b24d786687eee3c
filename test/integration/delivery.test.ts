import { Redis } from "ioredis";
import { pino } from "pino";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../../src/core/ids.js";
import type { Transport } from "../../src/core/ports.js";
import { JobRuntime } from "../../src/jobs/runtime.js";
import { storeOn, unitOfWork } from "../../src/store/store.js";
import { backends, type TestDatabase } from "../support/databases.js";
import { TestClock } from "../support/harness.js";
import { testRedis, uniquePrefix } from "../support/redis.js";

/** The platform's side of the wire: what was really sent, and a way to fail on purpose. */
class RecordingTransport implements Transport {
  sent: Array<{ place: string; text: string; key: string }> = [];
  failuresLeft = 0;
  async send(message: { place: string; text: string; key: string }): Promise<string> {
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      throw new Error("platform is down");
    }
    this.sent.push(message);
    return `msg-${this.sent.length}`;
  }
}

async function until(check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.each(backends())("announcement delivery on $name", (backend) => {
  let database: TestDatabase;
  let redis: { url: string; stop(): Promise<void> };
  const runtimes: JobRuntime[] = [];

  beforeAll(async () => {
    database = await backend.open();
    redis = await testRedis();
  });
  afterEach(async () => {
    for (const r of runtimes.splice(0)) await r.close();
  });
  afterAll(async () => {
    await database?.close();
    await redis?.stop();
  });

  const runtime = (transports: Array<[Platform, Transport]>, prefix: string, clock = new TestClock()) => {
    const r = new JobRuntime({
      redisUrl: redis.url,
      prefix,
      db: database.db,
      uow: unitOfWork(database.db),
      clock,
      transports: new Map(transports),
      log: pino({ level: "silent" }),
      sweepEveryMs: 100,
      deliveryConcurrency: 2,
      retryDelayMs: 20,
    });
    runtimes.push(r);
    return r;
  };
  const announce = (key: string, place: string, text = key) =>
    storeOn(database.db).outbox.add({ key, place, text, createdAt: new Date() });
  const row = (key: string) =>
    database.db.selectFrom("outbox").selectAll().where("key", "=", key).executeTakeFirstOrThrow();

  it("GIVEN pending announcements WHEN workers start THEN each is sent once and its message id recorded", async () => {
    const transport = new RecordingTransport();
    for (let i = 0; i < 20; i++) await announce(`a:${i}`, "shell:#x");
    expect(await announce("a:0", "shell:#x")).toBe(false);
    const r = runtime([["shell", transport]], uniquePrefix());
    await r.startWorkers();
    await r.enqueuePending();
    await r.enqueuePending();
    await until(async () => (await r.outbox.pendingCount(["shell:"])) === 0);
    expect(transport.sent.map((m) => m.key).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `a:${i}`).sort(),
    );
    expect((await row("a:3")).platformMessageId).toMatch(/^msg-\d+$/);
  });

  it("GIVEN a platform failing twice THEN the announcement is retried and delivered once", async () => {
    const transport = new RecordingTransport();
    transport.failuresLeft = 2;
    await announce("retry:1", "shell:#x");
    const r = runtime([["shell", transport]], uniquePrefix());
    await r.startWorkers();
    await until(async () => (await row("retry:1")).deliveredAt !== null);
    expect(transport.sent.map((m) => m.key)).toEqual(["retry:1"]);
    expect(await row("retry:1")).toMatchObject({ attempts: 3, lastError: null });
  });

  it("GIVEN Redis lost its data THEN the sweep re-enqueues what Postgres says is pending", async () => {
    const prefix = uniquePrefix();
    const first = runtime([], prefix);
    await announce("flush:1", "shell:#x");
    await first.enqueuePending();
    const client = new Redis(redis.url);
    const keys = await client.keys(`${prefix}:*`);
    if (keys.length) await client.del(...keys);
    client.disconnect();
    const transport = new RecordingTransport();
    const second = runtime([["shell", transport]], prefix);
    await second.startWorkers();
    await until(async () => (await row("flush:1")).deliveredAt !== null);
    expect(transport.sent.map((m) => m.key)).toEqual(["flush:1"]);
  });

  it("GIVEN a process without a Matrix adapter THEN it leaves Matrix announcements to one that has it", async () => {
    const prefix = uniquePrefix();
    const shell = new RecordingTransport();
    await announce("m:1", "matrix:!room:example.org");
    await announce("s:1", "shell:#x");
    const shellOnly = runtime([["shell", shell]], prefix);
    await shellOnly.startWorkers();
    await until(async () => (await row("s:1")).deliveredAt !== null);
    await new Promise((r) => setTimeout(r, 300));
    expect(await row("m:1")).toMatchObject({ deliveredAt: null, attempts: 0 });
    const matrix = new RecordingTransport();
    const matrixWorker = runtime([["matrix", matrix]], prefix);
    await matrixWorker.startWorkers();
    await until(async () => (await row("m:1")).deliveredAt !== null);
    expect(matrix.sent.map((m) => m.place)).toEqual(["matrix:!room:example.org"]);
    expect(shell.sent.map((m) => m.key)).not.toContain("m:1");
  });

  it("GIVEN a mandate past its expiry WHEN the sweep runs on schedule THEN the circle hears of it once", async () => {
    const store = storeOn(database.db);
    const circle = await store.circles.create({
      name: "Sweep Circle",
      purpose: "",
      timezone: "UTC",
      homePlace: "shell:#sweep",
      open: true,
      createdBy: "shell:a",
      createdAt: new Date("2026-01-01T00:00:00Z"),
    });
    await store.members.add(circle.id, "shell:a", new Date("2026-01-01T00:00:00Z"));
    await store.mandates.create({
      circleId: circle.id,
      delegate: "shell:a",
      scope: "sweeping",
      startsAt: new Date("2026-01-01T00:00:00Z"),
      expiresAt: new Date("2026-02-01T00:00:00Z"),
      grantedBy: "shell:a",
    });
    const transport = new RecordingTransport();
    const r = runtime(
      [["shell", transport]],
      uniquePrefix(),
      new TestClock(new Date("2026-03-01T00:00:00Z")),
    );
    await r.startWorkers();
    await until(() => transport.sent.some((m) => m.place === "shell:#sweep"));
    await new Promise((resolve) => setTimeout(resolve, 400));
    const notices = transport.sent.filter((m) => m.place === "shell:#sweep");
    expect(notices).toHaveLength(1);
    expect(notices[0]?.text).toContain("sweeping");
  });
});

import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { pino } from "pino";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Clock, systemClock } from "../../src/core/clock.js";
import { RetryAfterError } from "../../src/core/errors.js";
import type { Platform } from "../../src/core/ids.js";
import type { OutgoingMessage, Transport } from "../../src/core/ports.js";
import { JobRuntime, type JobRuntimeOptions } from "../../src/jobs/runtime.js";
import { storeOn, unitOfWork } from "../../src/store/store.js";
import { backends, type TestDatabase } from "../support/databases.js";
import { TestClock } from "../support/harness.js";
import { testRedis, uniquePrefix } from "../support/redis.js";

/** The platform's side of the wire: what was really sent, and ways to fail on purpose. */
class RecordingTransport implements Transport {
  sent: OutgoingMessage[] = [];
  /** Every call, refused or not, with when it started. */
  calls: Array<{ key: string; at: number; outcome: "sent" | "failed" | "429" }> = [];
  failuresLeft = 0;
  /** Keys the platform refuses with 429, and the retry-after of each refusal, in order. */
  refusals = new Map<string, number[]>();
  async send(message: OutgoingMessage): Promise<string> {
    const at = Date.now();
    const retryAfter = this.refusals.get(message.key)?.shift();
    if (retryAfter !== undefined) {
      this.calls.push({ key: message.key, at, outcome: "429" });
      throw new RetryAfterError(retryAfter);
    }
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      this.calls.push({ key: message.key, at, outcome: "failed" });
      throw new Error("platform is down");
    }
    this.calls.push({ key: message.key, at, outcome: "sent" });
    this.sent.push(message);
    return `msg-${this.sent.length}`;
  }
}

/** Undelivered announcements, whichever runtime asks. */
const r0 = (r: JobRuntime) => r.outbox.pendingCount();

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

  const runtime = (
    transports: Array<[Platform, Transport]>,
    prefix: string,
    clock: Clock = new TestClock(),
    options: Partial<JobRuntimeOptions> = {},
  ) => {
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
      ...options,
    });
    runtimes.push(r);
    return r;
  };
  const announce = (key: string, place: string, text = key) =>
    storeOn(database.db).outbox.add({ key, place, text, createdAt: new Date() });
  const row = (key: string) =>
    database.db.selectFrom("outbox").selectAll().where("key", "=", key).executeTakeFirstOrThrow();

  it("GIVEN a poll's start and end THEN the transport gets their payloads and the end names the start's message", async () => {
    const transport = new RecordingTransport();
    const r = runtime([["shell", transport]], uniquePrefix());
    await r.startWorkers();
    const store = storeOn(database.db);
    const start = {
      type: "poll-start" as const,
      pollId: 7,
      question: "Q?",
      options: ["a", "b"],
      closesAt: "2026-01-02T00:00:00.000Z",
      secret: false,
    };
    await store.outbox.add({
      key: "poll:7:start",
      place: "shell:#p",
      text: "Q?",
      createdAt: new Date(),
      payload: start,
    });
    await r.enqueuePending();
    await until(async () => (await row("poll:7:start")).deliveredAt !== null);
    const end = {
      type: "poll-end" as const,
      pollId: 7,
      counts: [1, 0],
      winner: 0,
      relatesToKey: "poll:7:start",
    };
    await store.outbox.add({
      key: "poll:7:closed:shell:#p",
      place: "shell:#p",
      text: "a wins",
      createdAt: new Date(),
      payload: end,
    });
    await r.enqueuePending();
    await until(async () => (await row("poll:7:closed:shell:#p")).deliveredAt !== null);
    const startId = (await row("poll:7:start")).platformMessageId;
    expect(transport.sent.find((m) => m.key === "poll:7:start")).toMatchObject({
      payload: start,
      relatesTo: null,
    });
    expect(transport.sent.find((m) => m.key === "poll:7:closed:shell:#p")).toMatchObject({
      payload: end,
      relatesTo: startId,
    });
  });

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

  it("GIVEN a platform failing WHEN the delivery is retried THEN each wait is about twice the one before", async () => {
    const transport = new RecordingTransport();
    transport.failuresLeft = 3;
    await announce("backoff:1", "shell:#x");
    const r = runtime([["shell", transport]], uniquePrefix(), new TestClock(), { retryDelayMs: 150 });
    await r.startWorkers();
    await until(async () => (await row("backoff:1")).deliveredAt !== null);
    const times = transport.calls.filter((c) => c.key === "backoff:1").map((c) => c.at);
    const waits = times.slice(1).map((t, i) => t - (times[i] ?? t));
    expect(waits).toHaveLength(3);
    expect(waits[0]).toBeGreaterThanOrEqual(140);
    expect(waits[1]).toBeGreaterThanOrEqual(290);
    expect(waits[2]).toBeGreaterThanOrEqual(590);
    expect(await row("backoff:1")).toMatchObject({ attempts: 4, lastError: null });
  });

  it("GIVEN the platform answers 429 more often than a delivery may fail WHEN delivering THEN every process pauses for the retry-after and the message still goes out once", async () => {
    const prefix = uniquePrefix();
    const transport = new RecordingTransport();
    transport.refusals.set("slow:0", [300, 300, 300]);
    for (let i = 0; i < 6; i++) await announce(`slow:${i}`, "shell:#slow");
    const options = { deliveryAttempts: 2, deliveryConcurrency: 1 };
    const first = runtime([["shell", transport]], prefix, new TestClock(), options);
    const second = runtime([["shell", transport]], prefix, new TestClock(), options);
    await Promise.all([first.startWorkers(), second.startWorkers()]);
    await until(async () => (await r0(first)) === 0);
    expect(transport.sent.map((m) => m.key).sort()).toEqual(Array.from({ length: 6 }, (_, i) => `slow:${i}`));
    const refusals = transport.calls.filter((c) => c.outcome === "429");
    expect(refusals).toHaveLength(3);
    for (const refusal of refusals) {
      const during = transport.calls.filter((c) => c.at > refusal.at + 50 && c.at < refusal.at + 280);
      expect(during, `calls within the pause after ${refusal.at}`).toEqual([]);
    }
    expect(await row("slow:0")).toMatchObject({ attempts: 1, lastError: null });
  });

  it("GIVEN a limit of 20 messages a second WHEN 40 are pending THEN they go out no faster than that", async () => {
    const transport = new RecordingTransport();
    for (let i = 0; i < 40; i++) await announce(`rate:${i}`, "shell:#rate");
    const r = runtime([["shell", transport]], uniquePrefix(), new TestClock(), {
      deliveryConcurrency: 8,
      rateLimits: { shell: 20 },
    });
    await r.startWorkers();
    await until(async () => (await r0(r)) === 0);
    const times = transport.calls.filter((c) => c.key.startsWith("rate:")).map((c) => c.at);
    expect(times).toHaveLength(40);
    const busiestSecond = Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + 1000).length));
    expect(busiestSecond).toBeLessThanOrEqual(21);
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThanOrEqual(1700);
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

  it("GIVEN a batch reserved for a hand-over that never came (the writer died after commit) THEN it goes out once the reservation runs out", async () => {
    const store = storeOn(database.db);
    const messages = ["x", "y"].map((k) => ({
      key: `orphan:${k}`,
      place: "shell:#orphan",
      text: k,
      createdAt: new Date(),
    }));
    const reservedAt = Date.now();
    expect(await store.outbox.addMany(messages, { token: "never-handed-over", forMs: 600 })).toHaveLength(2);
    const transport = new RecordingTransport();
    const r = runtime([["shell", transport]], uniquePrefix());
    await r.startWorkers();
    await until(async () => (await row("orphan:y")).deliveredAt !== null);
    const sent = transport.calls.filter((c) => c.key.startsWith("orphan:"));
    expect(sent.map((c) => c.key).sort()).toEqual(["orphan:x", "orphan:y"]);
    expect(Math.min(...sent.map((c) => c.at)) - reservedAt).toBeGreaterThanOrEqual(550);
    expect(await row("orphan:x")).toMatchObject({ attempts: 1, claimToken: null, claimedUntil: null });
  });

  it("GIVEN a hand-over that comes after its reservation was taken over THEN it sends nothing again", async () => {
    const prefix = uniquePrefix();
    const store = storeOn(database.db);
    await store.outbox.addMany(
      [{ key: "late:1", place: "shell:#late", text: "late", createdAt: new Date() }],
      {
        token: "late-token",
        forMs: 100,
      },
    );
    const transport = new RecordingTransport();
    const r = runtime([["shell", transport]], prefix);
    await r.startWorkers();
    await until(async () => (await row("late:1")).deliveredAt !== null);
    const queue = new Queue("deliver-shell", { connection: { url: redis.url }, prefix });
    try {
      const job = await queue.add("deliver", { token: "late-token" });
      await until(async () => (await job.getState()) === "unknown" || (await job.isCompleted()));
    } finally {
      await queue.close();
    }
    expect(transport.calls.filter((c) => c.key === "late:1")).toHaveLength(1);
  });

  it("GIVEN a batch slower than its lease WHEN two processes deliver THEN the holder renews its lease and no message goes out twice", async () => {
    const prefix = uniquePrefix();
    for (let i = 0; i < 8; i++) await announce(`slowbatch:${i}`, "shell:#slowbatch");
    const slow = new RecordingTransport();
    const send = slow.send.bind(slow);
    slow.send = async (message) => {
      await new Promise((r) => setTimeout(r, 120));
      return send(message);
    };
    const options = { deliveryConcurrency: 1, leaseMs: 400, deliveryBatchSize: 8 };
    const first = runtime([["shell", slow]], prefix, new TestClock(), options);
    const second = runtime([["shell", slow]], prefix, new TestClock(), options);
    await Promise.all([first.startWorkers(), second.startWorkers()]);
    await until(async () => (await first.outbox.pendingCount(["shell:#slowbatch"])) === 0);
    const keys = slow.sent.map((m) => m.key).filter((k) => k.startsWith("slowbatch:"));
    expect(keys.sort()).toEqual(Array.from({ length: 8 }, (_, i) => `slowbatch:${i}`));
    const calls = slow.calls.filter((c) => c.key.startsWith("slowbatch:"));
    expect(Math.max(...calls.map((c) => c.at)) - Math.min(...calls.map((c) => c.at))).toBeGreaterThan(400);
  });

  it("GIVEN a mandate ending between two sweeps WHEN its moment comes THEN it is announced then, not at the next sweep", async () => {
    const store = storeOn(database.db);
    const circle = await store.circles.create({
      name: "Wake Circle",
      purpose: "",
      timezone: "UTC",
      homePlace: "shell:#wake",
      open: true,
      createdBy: "shell:a",
      createdAt: new Date(),
    });
    const due = Date.now() + 1500;
    await store.mandates.create({
      circleId: circle.id,
      delegate: "shell:a",
      scope: "waking",
      startsAt: new Date(due - 86_400_000),
      expiresAt: new Date(due),
      grantedBy: "shell:a",
    });
    const transport = new RecordingTransport();
    const r = runtime([["shell", transport]], uniquePrefix(), systemClock, { sweepEveryMs: 5000 });
    await r.startWorkers();
    await until(() => transport.calls.some((c) => c.key.includes(":#wake")), 8000);
    const sentAt = transport.calls.find((c) => c.key.includes(":#wake"))?.at ?? 0;
    expect(sentAt - due).toBeGreaterThanOrEqual(0);
    expect(sentAt - due, "the next regular sweep would be 3.5 s late").toBeLessThan(1500);
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

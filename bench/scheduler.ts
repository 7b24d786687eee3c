/**
 * Scheduler drain: BENCH_ANNOUNCEMENTS (10,000) mandate expiries fall due at the same moment in
 * Postgres; the sweep expires them and the delivery workers send one announcement each. Prints
 * the drain time (due moment → last delivery) and each announcement's lateness, next to a bare
 * BullMQ baseline measured in the same run: as many delayed jobs due at one moment, sent through
 * the same transport by a worker of the same concurrency. Part of `npm run bench` (bench/suite.ts).
 *
 * BENCH_CONCURRENCY (16) deliveries per process, BENCH_SWEEP_MS (1000) sweep interval,
 * BENCH_SWEEP_LANES (2), BENCH_SWEEP_BATCH (the runtime's default), BENCH_ROUNDS (4),
 * BENCH_SEND_MS (0) simulated send latency,
 * BENCH_DATABASE_URL / BENCH_REDIS_URL as in bench/support.ts.
 */
import { Queue, Worker } from "bullmq";
import { pino } from "pino";
import { systemClock } from "../src/core/clock.js";
import type { Transport } from "../src/core/ports.js";
import { JobRuntime } from "../src/jobs/runtime.js";
import { unitOfWork } from "../src/store/store.js";
import { seedDueMandates, setDue } from "../test/support/due-backlog.js";
import { type BenchDatabase, envNumber, sleep, uniquePrefix, until } from "./support.js";

const N = envNumber("BENCH_ANNOUNCEMENTS", 10_000);
const CONCURRENCY = envNumber("BENCH_CONCURRENCY", 16);
const SWEEP_MS = envNumber("BENCH_SWEEP_MS", 1000);
const LANES = envNumber("BENCH_SWEEP_LANES", 2);
/** Due items per sweep transaction; 0 keeps the runtime's default. */
const SWEEP_BATCH = envNumber("BENCH_SWEEP_BATCH", 0);
/** Rounds per database; the first also warms up Postgres (statistics, caches) and the JIT. */
const ROUNDS = envNumber("BENCH_ROUNDS", 4);
/** How far ahead of set-up the due moment lies, so both contenders start from rest. */
const LEAD_MS = 2000;
const SEND_MS = envNumber("BENCH_SEND_MS", 0);
const TIMEOUT_MS = 600_000;

/**
 * Records when each of this run's keys (those `ours` accepts) was first delivered.
 * Anything else a runtime finds pending in the database (left by an interrupted run) is sent
 * but not counted, so it cannot end a measurement early.
 */
class TimingTransport implements Transport {
  readonly deliveredAt = new Map<string, number>();
  sends = 0;
  constructor(private readonly ours: (key: string) => boolean) {}
  async send(message: { key: string }): Promise<string> {
    if (SEND_MS > 0) await sleep(SEND_MS);
    this.sends += 1;
    if (this.ours(message.key) && !this.deliveredAt.has(message.key))
      this.deliveredAt.set(message.key, Date.now());
    return `m${this.sends}`;
  }
}

export interface Drain {
  drainMs: number;
  /** Jura only: when the sweep had advanced the whole backlog. */
  sweptMs?: number;
  lateness: number[];
  delivered: number;
  sends: number;
}

function result(transport: TimingTransport, due: number): Drain {
  const lateness = [...transport.deliveredAt.values()].map((at) => at - due);
  return { drainMs: Math.max(...lateness), lateness, delivered: lateness.length, sends: transport.sends };
}

async function jura(database: BenchDatabase, redisUrl: string): Promise<Drain> {
  const { tag } = await seedDueMandates(database.db, {
    circles: Math.ceil(N / 10),
    perCircle: 10,
    dueAt: new Date(Date.now() + 86_400_000),
  });
  const leftover = await database.db
    .selectFrom("outbox")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("deliveredAt", "is", null)
    .executeTakeFirstOrThrow();
  if (Number(leftover.n) > 0)
    console.warn(
      `note: ${leftover.n} undelivered announcements from earlier runs go out too, and skew this one`,
    );
  const transport = new TimingTransport((key) => key.includes(`:shell:#${tag}-`));
  const runtime = new JobRuntime({
    redisUrl,
    prefix: uniquePrefix(),
    db: database.deliveryDb ?? database.db,
    uow: unitOfWork(database.db),
    clock: systemClock,
    transports: new Map([["shell", transport]]),
    log: pino({ level: process.env.LOG_LEVEL ?? "warn" }),
    sweepEveryMs: SWEEP_MS,
    deliveryConcurrency: CONCURRENCY,
    sweepLanes: LANES,
    sweepBatchSize: SWEEP_BATCH > 0 ? SWEEP_BATCH : undefined,
  });
  await runtime.startWorkers();
  const due = Date.now() + LEAD_MS;
  await setDue(database.db, tag, new Date(due));
  const expected = Math.ceil(N / 10) * 10;
  const swept = watchSweep(database, tag, due);
  const done = await until(() => transport.deliveredAt.size >= expected, TIMEOUT_MS);
  await runtime.close();
  if (!done) console.warn(`jura: only ${transport.deliveredAt.size} of ${expected} delivered`);
  return { ...result(transport, due), sweptMs: await swept };
}

/**
 * Resolves with how long after `due` the last of the backlog's mandates was expired. Checks by
 * primary-key range (the backlog's ids are contiguous), so the watching costs the database
 * next to nothing while it is being measured.
 */
async function watchSweep(database: BenchDatabase, tag: string, due: number): Promise<number> {
  const { first, last } = await database.db
    .selectFrom("mandate")
    .innerJoin("circle", "circle.id", "mandate.circleId")
    .select((eb) => [eb.fn.min<number>("mandate.id").as("first"), eb.fn.max<number>("mandate.id").as("last")])
    .where("circle.nameKey", "like", `${tag} %`)
    .executeTakeFirstOrThrow();
  for (;;) {
    const active = await database.db
      .selectFrom("mandate")
      .select("id")
      .where("id", ">=", first)
      .where("id", "<=", last)
      .where("status", "=", "active")
      .limit(1)
      .executeTakeFirst();
    if (!active) return Date.now() - due;
    await sleep(20);
  }
}

async function baseline(redisUrl: string): Promise<Drain> {
  const prefix = uniquePrefix();
  const connection = { url: redisUrl };
  const transport = new TimingTransport((key) => key.startsWith("baseline:"));
  const queue = new Queue("baseline", { connection, prefix });
  const worker = new Worker("baseline", async (job) => transport.send({ key: String(job.data.key) }), {
    connection,
    prefix,
    concurrency: CONCURRENCY,
  });
  const due = Date.now() + LEAD_MS;
  for (let start = 0; start < N; start += 1000) {
    const delay = Math.max(0, due - Date.now());
    await queue.addBulk(
      Array.from({ length: Math.min(1000, N - start) }, (_, i) => ({
        name: "deliver",
        data: { key: `baseline:${start + i}` },
        opts: { jobId: `b-${start + i}`, delay, removeOnComplete: true, removeOnFail: true },
      })),
    );
  }
  const done = await until(() => transport.deliveredAt.size >= N, TIMEOUT_MS);
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  if (!done) console.warn(`baseline: only ${transport.deliveredAt.size} of ${N} delivered`);
  return result(transport, due);
}

export interface SchedulerFigures {
  settings: string;
  base: Drain;
  jura: Drain;
}

/**
 * BENCH_ROUNDS rounds, baseline and Jura taking turns in each; the first round warms up (when
 * there are more). Returns each side's median round by drain time, so one slow moment of the
 * machine does not decide the figure.
 */
export async function measureScheduler(database: BenchDatabase, redisUrl: string): Promise<SchedulerFigures> {
  const bases: Drain[] = [];
  const ours: Drain[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const base = await baseline(redisUrl);
    const mine = await jura(database, redisUrl);
    if (process.env.BENCH_VERBOSE)
      process.stderr.write(
        `  round ${round}: bare ${base.drainMs} ms, jura ${mine.drainMs} ms (swept ${mine.sweptMs})\n`,
      );
    if (round > 1 || ROUNDS === 1) {
      bases.push(base);
      ours.push(mine);
    }
  }
  if (ours.length === 0) throw new Error("BENCH_ROUNDS must be at least 1");
  return {
    settings: `${N} announcements due at one moment, ${CONCURRENCY} deliveries in parallel, sweep every ${SWEEP_MS} ms, sends ${SEND_MS} ms, median of ${ours.length} rounds`,
    base: medianDrain(bases),
    jura: medianDrain(ours),
  };
}

function medianDrain(drains: readonly Drain[]): Drain {
  const sorted = [...drains].sort((a, b) => a.drainMs - b.drainMs);
  return sorted[Math.floor((sorted.length - 1) / 2)] as Drain;
}

/**
 * Delivery throughput under a rate limit: BENCH_MESSAGES (4,000) pending announcements, a
 * platform limited to BENCH_RATE (200) messages a second, delivered by BENCH_PROCESSES (2)
 * runtimes sharing the limit through Redis, BENCH_CONCURRENCY (8) deliveries each. Prints the
 * achieved rate as a share of the limit (target ≥ 95 %), the busiest second (must not exceed
 * the limit by more than one limiter window) and how many messages were lost or sent twice
 * (target 0). Part of `npm run bench` (bench/suite.ts).
 */
import { sql } from "kysely";
import { pino } from "pino";
import { systemClock } from "../src/core/clock.js";
import type { Transport } from "../src/core/ports.js";
import { JobRuntime } from "../src/jobs/runtime.js";
import { unitOfWork } from "../src/store/store.js";
import { type BenchDatabase, envNumber, uniquePrefix, until } from "./support.js";

const MESSAGES = envNumber("BENCH_MESSAGES", 4000);
const RATE = envNumber("BENCH_RATE", 200);
const PROCESSES = envNumber("BENCH_PROCESSES", 2);
const CONCURRENCY = envNumber("BENCH_CONCURRENCY", 8);

/** Records every send's start time and key. */
class CountingTransport implements Transport {
  readonly sends: Array<{ key: string; at: number }> = [];
  async send(message: { key: string }): Promise<string> {
    this.sends.push({ key: message.key, at: Date.now() });
    return `m${this.sends.length}`;
  }
}

export interface RateFigures {
  settings: string;
  rate: number;
  achieved: number;
  busiest: number;
  lost: number;
  twice: number;
  undelivered: number;
}

export async function measureRateLimit(database: BenchDatabase, redisUrl: string): Promise<RateFigures> {
  const tag = uniquePrefix();
  await sql`
    insert into outbox (key, place, text, created_at)
    select ${tag} || ':' || g, 'shell:#rate', 'message ' || g, now()
    from generate_series(1, ${MESSAGES}::int) g`.execute(database.db);
  const transport = new CountingTransport();
  const prefix = uniquePrefix();
  const runtimes = Array.from(
    { length: PROCESSES },
    () =>
      new JobRuntime({
        redisUrl,
        prefix,
        db: database.deliveryDb ?? database.db,
        uow: unitOfWork(database.db),
        clock: systemClock,
        transports: new Map([["shell", transport]]),
        log: pino({ level: process.env.LOG_LEVEL ?? "warn" }),
        sweepEveryMs: 5000,
        deliveryConcurrency: CONCURRENCY,
        rateLimits: { shell: RATE },
      }),
  );
  await runtimes[0]?.enqueuePending();
  await Promise.all(runtimes.map((r) => r.startWorkers()));
  const expectedMs = (MESSAGES / RATE) * 1000;
  await until(() => new Set(transport.sends.map((s) => s.key)).size >= MESSAGES, expectedMs * 2 + 10_000);
  await Promise.all(runtimes.map((r) => r.close()));

  const times = transport.sends.map((s) => s.at).sort((a, b) => a - b);
  const first = times[0] ?? 0;
  const last = times.at(-1) ?? 0;
  const achieved = ((times.length - 1) * 1000) / Math.max(1, last - first);
  let busiest = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while ((times[j] ?? Number.POSITIVE_INFINITY) < (times[i] ?? 0) + 1000) j++;
    busiest = Math.max(busiest, j - i);
  }
  const distinct = new Set(transport.sends.map((s) => s.key)).size;
  const { n: undelivered } = await database.db
    .selectFrom("outbox")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("key", "like", `${tag}:%`)
    .where("deliveredAt", "is", null)
    .executeTakeFirstOrThrow();
  return {
    settings: `${MESSAGES} messages, ${PROCESSES} runtimes × ${CONCURRENCY} deliveries sharing a limit of ${RATE}/s`,
    rate: RATE,
    achieved,
    busiest,
    lost: MESSAGES - distinct,
    twice: transport.sends.length - distinct,
    undelivered: Number(undelivered),
  };
}

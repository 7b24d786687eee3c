import { join } from "node:path";
import { sql } from "kysely";
import { startEmbeddedRedis } from "../src/jobs/embedded-redis.js";
import { type Db, migrateToLatest, openDb } from "../src/store/db.js";
import { startEmbeddedPostgres } from "../src/store/embedded-postgres.js";
import { tempDir } from "../test/support/jura-process.js";

/** A migrated database to measure on, and how to let go of it. */
export interface BenchDatabase {
  label: string;
  db: Db;
  /** The same database with asynchronous commit, for the job runtime's delivery bookkeeping, as `npm start` does. */
  deliveryDb?: Db;
  /** Pool size: parallel sweep lanes and deliveries compete for these connections. */
  pool: number;
  close(): Promise<void>;
}

/** Jura's embedded PostgreSQL, started as `npm start` starts it, in a scratch directory. */
export async function benchEmbeddedPostgres() {
  return startEmbeddedPostgres({
    dataDir: join(await tempDir("jura-bench-pg-"), "postgres"),
    settings: process.env.BENCH_NO_SYNC ? { synchronous_commit: "off" } : {},
  });
}

/**
 * The embedded PostgreSQL (Jura's default) always, then the PostgreSQL server at
 * BENCH_DATABASE_URL when set. The server database is used as is: point it at a scratch database.
 */
export async function* benchDatabases(): AsyncGenerator<BenchDatabase> {
  if (process.env.BENCH_SKIP_EMBEDDED !== "1") {
    const server = await benchEmbeddedPostgres();
    const db = openDb(server.url, 10);
    await migrateToLatest(db);
    yield {
      label: "embedded",
      db,
      pool: 10,
      close: async () => {
        await db.destroy();
        await server.stop();
      },
    };
  }
  const url = process.env.BENCH_DATABASE_URL;
  if (url) {
    const db = openDb(url, 10);
    await migrateToLatest(db);
    yield { label: "postgres", db, pool: 10, close: () => db.destroy() };
  }
}

/** BENCH_REDIS_URL, or a redis-server of our own. */
export async function benchRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  if (process.env.BENCH_REDIS_URL) return { url: process.env.BENCH_REDIS_URL, stop: async () => {} };
  return startEmbeddedRedis({ dataDir: join(await tempDir("jura-bench-redis-"), "redis") });
}

export const envNumber = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value)) throw new Error(`${name} must be a number`);
  return value;
};

/** p50, p95 and max of a list of milliseconds, as "p50 12 ms, p95 40 ms, max 51 ms". */
export function spread(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return `p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${(sorted.at(-1) ?? Number.NaN).toFixed(0)} ms`;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `done()` or the timeout; returns whether it got there. */
export async function until(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) return false;
    await sleep(5);
  }
  return true;
}

export const uniquePrefix = () => `bench${Math.random().toString(36).slice(2, 8)}`;

/**
 * Adds circles `from`..`to` of 15 members each (names "Scale <n>", home `#scale-<n>`), in bulk,
 * as a federation that grew would have them.
 */
export async function seedScaleCircles(db: Db, from: number, to: number): Promise<void> {
  const since = new Date(Date.now() - 86_400_000);
  await sql`
    insert into circle (name, name_key, purpose, timezone, home_place, open, created_by, created_at)
    select 'Scale ' || g, 'scale ' || g, '', 'UTC', 'shell:#scale-' || g, true, 'shell:seed', ${since}
    from generate_series(${from}::int, ${to}::int) g`.execute(db);
  await sql`
    insert into membership (circle_id, person, joined_at)
    select c.id, 'shell:p' || g || '-' || m, ${since}
    from generate_series(${from}::int, ${to}::int) g
    join circle c on c.name_key = 'scale ' || g
    cross join generate_series(1, 15) m`.execute(db);
  await sql`analyze`.execute(db);
}

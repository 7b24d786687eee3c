import { join } from "node:path";
import type { Config } from "../config.js";
import { startEmbeddedRedis } from "../jobs/embedded-redis.js";
import type { Log } from "../log.js";
import { type DataDirLock, lockDataDir } from "../os/data-dir-lock.js";
import { type Db, migrateToLatest, openDb } from "../store/db.js";
import { startEmbeddedPostgres } from "../store/embedded-postgres.js";
import { hasPgliteData, importPglite } from "../store/pglite-import.js";
import { checkDatabase, checkRedis } from "./reachable.js";

export interface Services {
  db: Db;
  /**
   * The same database for delivery bookkeeping (claiming outbox rows, recording sends), with
   * asynchronous commit: a database crash may forget its last moments, and those announcements
   * are then sent again, which the platforms' idempotency keys absorb, as they do for a crashed
   * sender. Announcements themselves and every state change go through `db`, durably.
   */
  deliveryDb: Db;
  redisUrl: string;
  /** The database's URL (embedded or DATABASE_URL), for processes this one starts. */
  databaseUrl: string;
  /** Closes the pool and stops what we spawned, in reverse order; safe to call twice. */
  stop(): Promise<void>;
}

export interface ServiceOptions {
  redis: boolean;
  /** Where a one-time notice for the operator goes (the PGlite import). Default: stderr. */
  notice?: (text: string) => void;
}

/**
 * Connects to PostgreSQL and Redis, or starts embedded ones under JURA_DATA_DIR when their URLs
 * are not set, then migrates the database. Anything started here is stopped by `stop()`, also
 * when a later step fails.
 *
 * - Embedded services claim the data directory first (`jura.pid`): a second Jura on it is
 *   refused, and whatever a crashed one left running there is stopped before starting anew.
 * - A URL that does not answer fails start-up within seconds with one message naming it.
 * - An old embedded PGlite database (`JURA_DATA_DIR/pg`) is copied once into the embedded
 *   PostgreSQL, checked, and kept aside.
 */
export async function startServices(config: Config, log: Log, opts: ServiceOptions): Promise<Services> {
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.splice(0).reverse())
      await s().catch((err) => log.error({ err }, "stopping a service failed"));
  };
  const notice = opts.notice ?? ((text: string) => process.stderr.write(`${text}\n`));
  try {
    const embedsDatabase = !config.DATABASE_URL;
    const embedsRedis = opts.redis && !config.REDIS_URL;
    let lock: DataDirLock | undefined;
    if (embedsDatabase || embedsRedis) {
      lock = await lockDataDir(config.JURA_DATA_DIR);
      const held = lock;
      stops.push(() => held.release());
    }
    // Side by side, and both settled before going on: whatever started is in `stops`.
    const [databaseUrl, redisUrl] = await Promise.allSettled([
      database(config, log, stops, notice),
      redis(config, log, stops, opts.redis),
    ]).then(([d, r]) => [settledValue(d), settledValue(r)] as const);
    const prepare = config.DATABASE_PREPARED_STATEMENTS;
    const db = openDb(databaseUrl, config.DATABASE_POOL_SIZE, { prepare });
    stops.push(() => db.destroy());
    // Claims and records are short single statements: half the pool is plenty.
    const deliveryPool = Math.max(2, Math.ceil(config.DATABASE_POOL_SIZE / 2));
    const deliveryDb = openDb(databaseUrl, deliveryPool, { synchronousCommit: false, prepare });
    stops.push(() => deliveryDb.destroy());
    const applied = await migrateToLatest(db);
    if (applied.length) log.info({ applied }, "database migrated");
    return { db, deliveryDb, redisUrl, databaseUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function settledValue<T>(result: PromiseSettledResult<T>): T {
  if (result.status === "rejected") throw result.reason;
  return result.value;
}

async function database(
  config: Config,
  log: Log,
  stops: Array<() => Promise<void>>,
  notice: (text: string) => void,
): Promise<string> {
  if (config.DATABASE_URL) {
    await checkDatabase(config.DATABASE_URL);
    return config.DATABASE_URL;
  }
  const server = await startEmbeddedPostgres({ dataDir: join(config.JURA_DATA_DIR, "postgres"), log });
  stops.push(() => server.stop());
  const legacy = join(config.JURA_DATA_DIR, "pg");
  if (hasPgliteData(legacy)) {
    const imported = await importPglite({ legacyDir: legacy, server, log });
    notice(
      `Jura moved your data from its old embedded database (PGlite, ${legacy}) into PostgreSQL ` +
        `(${join(config.JURA_DATA_DIR, "postgres")}): ${imported.rows} rows in ${imported.tables} tables, ` +
        `every count checked. The old directory is kept as ${imported.keptAs}; delete it once you no longer need it.`,
    );
  }
  return server.url;
}

async function redis(
  config: Config,
  log: Log,
  stops: Array<() => Promise<void>>,
  wanted: boolean,
): Promise<string> {
  if (!wanted) return config.REDIS_URL ?? "";
  if (config.REDIS_URL) {
    await checkRedis(config.REDIS_URL);
    return config.REDIS_URL;
  }
  const server = await startEmbeddedRedis({ dataDir: join(config.JURA_DATA_DIR, "redis"), log });
  stops.push(() => server.stop());
  return server.url;
}

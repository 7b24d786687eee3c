import { join } from "node:path";
import type { Config } from "../config.js";
import { startEmbeddedRedis } from "../jobs/embedded-redis.js";
import type { Log } from "../log.js";
import { type Db, migrateToLatest, openDb } from "../store/db.js";
import { startEmbeddedPostgres } from "../store/embedded-postgres.js";

export interface Services {
  db: Db;
  redisUrl: string;
  /** Closes the pool and stops what we spawned, in reverse order; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Connects to PostgreSQL and Redis, or starts embedded ones under JURA_DATA_DIR when their URLs
 * are not set, then migrates the database. Anything started here is stopped by `stop()`, also
 * when a later step fails.
 */
export async function startServices(config: Config, log: Log, opts: { redis: boolean }): Promise<Services> {
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.splice(0).reverse())
      await s().catch((err) => log.error({ err }, "stopping a service failed"));
  };
  try {
    let db: Db;
    if (config.DATABASE_URL) {
      db = openDb(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
    } else {
      const pg = await startEmbeddedPostgres({ dataDir: join(config.JURA_DATA_DIR, "pg"), log });
      stops.push(() => pg.stop());
      db = openDb(pg.url, 1);
    }
    stops.push(() => db.destroy());
    const applied = await migrateToLatest(db);
    if (applied.length) log.info({ applied }, "database migrated");
    let redisUrl = config.REDIS_URL ?? "";
    if (opts.redis && !redisUrl) {
      const redis = await startEmbeddedRedis({ dataDir: join(config.JURA_DATA_DIR, "redis"), log });
      stops.push(() => redis.stop());
      redisUrl = redis.url;
    }
    return { db, redisUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

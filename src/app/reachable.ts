import { Redis } from "ioredis";
import pg from "pg";
import { StartError } from "../os/start-error.js";

const TIMEOUT_MS = 5_000;

/**
 * Fails fast when DATABASE_URL does not answer: one `select 1` within a few seconds, or a
 * StartError naming the server (never its password) and the reason.
 */
export async function checkDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: TIMEOUT_MS });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    throw new StartError(
      `Jura cannot start: the PostgreSQL server in DATABASE_URL (${where(url)}) does not answer: ${reason(error)}. ` +
        "Check DATABASE_URL, or unset it to use the embedded PostgreSQL.",
    );
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Fails fast when REDIS_URL does not answer: one PING within a few seconds, no retries (the
 * queues' own connection retries forever, which at start-up would only hang).
 */
export async function checkRedis(url: string): Promise<void> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: TIMEOUT_MS,
    commandTimeout: TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  redis.on("error", () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new StartError(
      `Jura cannot start: the Redis in REDIS_URL (${where(url)}) does not answer: ${reason(error)}. ` +
        "Check REDIS_URL, or unset it to let Jura run its own redis-server.",
    );
  } finally {
    redis.disconnect();
  }
}

/** host:port/path of a URL, without user or password. */
function where(url: string): string {
  try {
    const parsed = new URL(url);
    const socket = parsed.searchParams.get("host");
    return `${parsed.host}${parsed.pathname === "/" ? "" : parsed.pathname}${socket ? ` via ${socket}` : ""}`;
  } catch {
    return "an unreadable URL";
  }
}

function reason(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const text = (e.message ?? String(error)).split("\n")[0] ?? "";
  return e.code && !text.includes(e.code) ? `${e.code} ${text}` : text;
}

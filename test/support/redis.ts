import { join } from "node:path";
import { startEmbeddedRedis } from "../../src/jobs/embedded-redis.js";
import { tempDir } from "./jura-process.js";

/** TEST_REDIS_URL when CI provides one, otherwise a redis-server of our own for this file. */
export async function testRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  if (process.env.TEST_REDIS_URL) return { url: process.env.TEST_REDIS_URL, stop: async () => {} };
  return startEmbeddedRedis({ dataDir: join(await tempDir("jura-redis-"), "redis") });
}

export const uniquePrefix = () => `t${Math.random().toString(36).slice(2, 10)}`;

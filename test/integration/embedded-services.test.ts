import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readdir, readFile, readlink, rm, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { RedisNotInstalledError, startEmbeddedRedis } from "../../src/jobs/embedded-redis.js";
import { DataDirInUseError, lockDataDir } from "../../src/os/data-dir-lock.js";
import { isAlive } from "../../src/os/processes.js";
import { StartError } from "../../src/os/start-error.js";
import { startEmbeddedPostgres } from "../../src/store/embedded-postgres.js";

const SLOW = { timeout: 60_000 };
/** Test data needs no durability; initdb then skips its fsyncs. */
const FAST = { fsync: "off" };
const tmpDirs: string[] = [];

async function freshDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `jura-${prefix}-`));
  tmpDirs.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(tmpDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

function acceptsConnections(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((done) => {
    const socket = connect(Number(port), hostname);
    socket.once("connect", () => {
      socket.destroy();
      done(true);
    });
    socket.once("error", () => done(false));
  });
}

/** redis-server processes running inside `dir` (redis-server works in its data directory). */
async function redisServersIn(dir: string): Promise<number[]> {
  const found: number[] = [];
  for (const pid of await processesWith("redis-server")) {
    if ((await readlink(`/proc/${pid}/cwd`).catch(() => "")) === dir) found.push(pid);
  }
  return found;
}

/** Live processes whose command line contains every one of `parts` (zombies have none). */
async function processesWith(...parts: string[]): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const command = (await readFile(`/proc/${entry}/cmdline`, "utf8").catch(() => "")).split("\0").join(" ");
    if (parts.every((p) => command.includes(p))) found.push(Number(entry));
  }
  return found;
}

describe("embedded PostgreSQL", () => {
  it(
    "GIVEN a new data directory WHEN it starts, takes writes and restarts THEN the rows persist and several sessions run at once",
    SLOW,
    async () => {
      const dataDir = join(await freshDir("pg"), "postgres");
      const first = await startEmbeddedPostgres({ dataDir, settings: FAST });
      expect(existsSync(join(dataDir, "PG_VERSION"))).toBe(true);
      const pool = new pg.Pool({ connectionString: first.url, max: 4 });
      await pool.query("create table circle (name text primary key)");
      await pool.query("insert into circle values ('gardeners')");
      // Four sessions sleeping 300 ms each finish together only if they really run side by side.
      const started = Date.now();
      await Promise.all([1, 2, 3, 4].map(() => pool.query("select pg_sleep(0.3)")));
      expect(Date.now() - started).toBeLessThan(1_100);
      const { rows } = await pool.query(
        "select count(distinct pid)::int as n from pg_stat_activity where usename = 'jura'",
      );
      expect(rows[0].n).toBeGreaterThanOrEqual(2);
      await pool.end();
      await first.stop();
      await first.stop();
      expect(isAlive(first.pid)).toBe(false);

      const second = await startEmbeddedPostgres({ dataDir, settings: FAST });
      const again = new pg.Pool({ connectionString: second.url, max: 1 });
      expect((await again.query("select name from circle")).rows).toEqual([{ name: "gardeners" }]);
      await again.end();
      await second.stop();
    },
  );

  it(
    "GIVEN its socket directory THEN only its owner may connect, and with the password only",
    SLOW,
    async () => {
      const dataDir = join(await freshDir("pg-auth"), "postgres");
      const server = await startEmbeddedPostgres({ dataDir, settings: FAST });
      try {
        const url = new URL(server.url);
        expect(url.searchParams.get("host")).toBe(dataDir);
        url.password = "wrong";
        const client = new pg.Client({ connectionString: url.toString() });
        await expect(client.connect()).rejects.toThrow(/password authentication failed/);
        const conf = await readFile(join(dataDir, "postgresql.auto.conf"), "utf8").catch(() => "");
        expect(conf).not.toMatch(/listen_addresses\s*=\s*'\*'/);
      } finally {
        await server.stop();
      }
    },
  );

  it(
    "GIVEN a PostgreSQL still running on the data directory (a crashed Jura's) WHEN it starts THEN that one is stopped and exactly one runs",
    SLOW,
    async () => {
      const dataDir = join(await freshDir("pg-leftover"), "postgres");
      const leftover = await startEmbeddedPostgres({ dataDir, settings: FAST });
      expect(await processesWith("-D", dataDir)).toEqual([leftover.pid]);

      const next = await startEmbeddedPostgres({ dataDir, settings: FAST });
      expect(isAlive(leftover.pid)).toBe(false);
      expect(await processesWith("-D", dataDir)).toEqual([next.pid]);
      await next.stop();
      expect(await processesWith("-D", dataDir)).toEqual([]);
    },
  );

  it(
    "GIVEN a path too long for a Unix socket WHEN it starts THEN it listens on a loopback port instead",
    SLOW,
    async () => {
      const base = await freshDir("pg-long");
      await chmod(base, 0o755); // as root, the server's own account must be able to pass through
      const deep = join(base, "a".repeat(40), "b".repeat(40));
      await mkdir(deep, { recursive: true });
      const server = await startEmbeddedPostgres({ dataDir: join(deep, "postgres"), settings: FAST });
      try {
        const url = new URL(server.url);
        expect(url.hostname).toBe("127.0.0.1");
        expect(await acceptsConnections(server.url)).toBe(true);
        const client = new pg.Client({ connectionString: server.url });
        await client.connect();
        expect((await client.query("select 1 as one")).rows).toEqual([{ one: 1 }]);
        await client.end();
      } finally {
        await server.stop();
      }
    },
  );

  it("GIVEN a non-empty directory that holds no cluster WHEN it starts THEN it refuses with a clear message", async () => {
    const dataDir = join(await freshDir("pg-junk"), "postgres");
    await mkdir(dataDir);
    await writeFile(join(dataDir, "notes.txt"), "mine");
    const attempt = startEmbeddedPostgres({ dataDir, settings: FAST });
    await expect(attempt).rejects.toBeInstanceOf(StartError);
    await expect(attempt).rejects.toThrow(/not empty but holds no PostgreSQL cluster/);
    expect(await readFile(join(dataDir, "notes.txt"), "utf8")).toBe("mine");
  });
});

describe("the data directory lock", () => {
  it("GIVEN a live holder WHEN another claims it THEN it is refused; GIVEN a dead holder THEN it is taken over", async () => {
    const dir = await freshDir("lock");
    const held = await lockDataDir(dir);
    await expect(lockDataDir(dir)).rejects.toBeInstanceOf(DataDirInUseError);
    await held.release();
    // A pid file left by a process that no longer exists.
    await writeFile(join(dir, "jura.pid"), "999999999 12345\n");
    const taken = await lockDataDir(dir);
    expect((await readFile(join(dir, "jura.pid"), "utf8")).split(" ")[0]).toBe(String(process.pid));
    await taken.release();
    expect(existsSync(join(dir, "jura.pid"))).toBe(false);
  });
});

describe("embedded Redis", () => {
  it(
    "WHEN it starts THEN ioredis gets PONG and writes survive a restart from the same directory",
    SLOW,
    async () => {
      const dataDir = join(await freshDir("redis"), "redis");
      const first = await startEmbeddedRedis({ dataDir });
      const client = new Redis(first.url);
      expect(await client.ping()).toBe("PONG");
      await client.set("jura:test", "kept");
      await client.quit();
      await first.stop();
      expect(existsSync(join(dataDir, "appendonlydir"))).toBe(true);

      const second = await startEmbeddedRedis({ dataDir });
      const again = new Redis(second.url);
      expect(await again.get("jura:test")).toBe("kept");
      await again.quit();
      await second.stop();
    },
  );

  it("WHEN it is stopped (twice) THEN its port no longer accepts connections", SLOW, async () => {
    const redis = await startEmbeddedRedis({ dataDir: await freshDir("redis-stop") });
    expect(await acceptsConnections(redis.url)).toBe(true);
    await redis.stop();
    await redis.stop();
    expect(await acceptsConnections(redis.url)).toBe(false);
  });

  it(
    "GIVEN a redis-server still running on the data directory (a crashed Jura's) WHEN it starts THEN that one is stopped, never duplicated",
    SLOW,
    async () => {
      const dataDir = join(await freshDir("redis-leftover"), "redis");
      const leftover = await startEmbeddedRedis({ dataDir });
      const [leftoverPid] = await redisServersIn(dataDir);
      expect(leftoverPid).toBeDefined();

      const next = await startEmbeddedRedis({ dataDir });
      expect(await acceptsConnections(leftover.url)).toBe(false);
      const running = await redisServersIn(dataDir);
      expect(running).toHaveLength(1);
      expect(running).not.toContain(leftoverPid);
      await next.stop();
      expect(await redisServersIn(dataDir)).toEqual([]);
    },
  );

  it("GIVEN no redis-server on the search path WHEN it starts THEN RedisNotInstalledError says how to install it", async () => {
    const emptyDir = await freshDir("no-redis");
    const attempt = startEmbeddedRedis({ dataDir: join(emptyDir, "data"), searchPath: [emptyDir] });
    await expect(attempt).rejects.toBeInstanceOf(RedisNotInstalledError);
    await expect(attempt).rejects.toThrow(/apt-get install redis-server.*brew install redis.*REDIS_URL/);
  });
});

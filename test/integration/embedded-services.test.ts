import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisNotInstalledError, startEmbeddedRedis } from "../../src/jobs/embedded-redis.js";
import type { EmbeddedPostgres } from "../../src/store/embedded-postgres.js";
import { startEmbeddedPostgres, startMemoryPostgres } from "../../src/store/embedded-postgres.js";

const SLOW = { timeout: 30_000 };
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

describe("embedded Postgres", () => {
  it(
    "GIVEN a data directory WHEN a pool of one commits a transaction and the server restarts THEN the rows persist",
    SLOW,
    async () => {
      const dataDir = join(await freshDir("pg"), "pg");
      const first = await startEmbeddedPostgres({ dataDir });
      const pool = new pg.Pool({ connectionString: first.url, max: 1 });
      expect((await pool.query("select 1 as one")).rows).toEqual([{ one: 1 }]);
      const client = await pool.connect();
      await client.query("BEGIN");
      await client.query("create table circle (name text primary key)");
      await client.query("insert into circle values ('gardeners')");
      await client.query("COMMIT");
      client.release();
      await pool.end();
      await first.stop();
      await first.stop();

      const second = await startEmbeddedPostgres({ dataDir });
      const again = new pg.Pool({ connectionString: second.url, max: 1 });
      expect((await again.query("select name from circle")).rows).toEqual([{ name: "gardeners" }]);
      await again.end();
      await second.stop();
    },
  );

  it(
    "GIVEN a running server WHEN a second one starts on the same data directory THEN it is refused",
    SLOW,
    async () => {
      const dataDir = await freshDir("pg-lock");
      const running = await startEmbeddedPostgres({ dataDir });
      await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(/already in use/);
      await running.stop();
    },
  );

  describe("connections to the single PGlite session", () => {
    let server: EmbeddedPostgres;
    beforeAll(async () => {
      server = await startMemoryPostgres();
    }, 30_000);
    afterAll(() => server.stop());

    it("GIVEN a pool that just ended WHEN a new pool queries at once THEN it is admitted, not refused", async () => {
      for (let round = 0; round < 20; round += 1) {
        const pool = new pg.Pool({ connectionString: server.url, max: 1 });
        expect((await pool.query("select $1::int as round", [round])).rows).toEqual([{ round }]);
        await pool.end();
      }
    });

    it("GIVEN an open connection WHEN a second client connects THEN it waits and runs after the first closes", async () => {
      const first = new pg.Client({ connectionString: server.url });
      await first.connect();
      await first.query("BEGIN");
      await first.query("create table waiting_test (n int)");
      await first.query("insert into waiting_test values (1)");

      const second = new pg.Client({ connectionString: server.url });
      let secondRan = false;
      const secondQuery = second
        .connect()
        .then(() => second.query("select count(*)::int as n from waiting_test"))
        .finally(() => {
          secondRan = true;
        });
      await new Promise((done) => setTimeout(done, 100));
      expect(secondRan).toBe(false);

      await first.query("COMMIT");
      await first.end();
      expect((await secondQuery).rows).toEqual([{ n: 1 }]);
      await second.end();
    });

    it("GIVEN a connection that changed session state WHEN the next connection starts THEN the session is fresh", async () => {
      const first = new pg.Client({ connectionString: server.url });
      await first.connect();
      await first.query("set application_name = 'left-over'");
      await first.query("create temp table scratch (n int)");
      await first.end();

      const next = new pg.Client({ connectionString: server.url });
      await next.connect();
      expect((await next.query("show application_name")).rows).toEqual([{ application_name: "" }]);
      await expect(next.query("select * from scratch")).rejects.toThrow(/does not exist/);
      await next.end();
    });

    it("GIVEN a client that vanished mid-transaction WHEN the next one connects THEN the transaction was rolled back", async () => {
      const setup = new pg.Client({ connectionString: server.url });
      await setup.connect();
      await setup.query("create table vanish_test (n int)");
      await setup.end();

      const vanishing = new pg.Client({ connectionString: server.url });
      vanishing.on("error", () => {});
      await vanishing.connect();
      await vanishing.query("BEGIN");
      await vanishing.query("insert into vanish_test values (1)");
      vanishing.connection.stream.destroy();

      const next = new pg.Client({ connectionString: server.url });
      await next.connect();
      expect((await next.query("select count(*)::int as n from vanish_test")).rows).toEqual([{ n: 0 }]);
      await next.end();
    });
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

  it("GIVEN no redis-server on the search path WHEN it starts THEN RedisNotInstalledError says how to install it", async () => {
    const emptyDir = await freshDir("no-redis");
    const attempt = startEmbeddedRedis({ dataDir: join(emptyDir, "data"), searchPath: [emptyDir] });
    await expect(attempt).rejects.toBeInstanceOf(RedisNotInstalledError);
    await expect(attempt).rejects.toThrow(/apt-get install redis-server.*brew install redis.*REDIS_URL/);
  });
});

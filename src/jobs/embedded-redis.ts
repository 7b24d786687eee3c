import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, readFile, readlink, rm } from "node:fs/promises";
import { connect } from "node:net";
import { basename, dirname, join, resolve } from "node:path";
import {
  commandLine,
  dieWithParent,
  findProgram,
  freePort,
  isAlive,
  sleep,
  stopProcess,
  within,
} from "../os/processes.js";
import { StartError } from "../os/start-error.js";

/** The pino-compatible subset this module logs through. */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** A running `redis-server` child process owned by this Node process. */
export interface EmbeddedRedis {
  /** `redis://127.0.0.1:PORT`, for ioredis/BullMQ. */
  readonly url: string;
  /** SIGTERM, then SIGKILL after 5 s; resolves once the process has exited. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Thrown when no `redis-server` executable is found. There is no Redis on npm, so the fix is
 * outside the project; the message says what to run.
 */
export class RedisNotInstalledError extends StartError {
  override readonly name = "RedisNotInstalledError";

  /** @param searched the candidate paths that were tried, for diagnostics. */
  constructor(readonly searched: readonly string[]) {
    super(
      "redis-server was not found. Install it (Debian/Ubuntu: `sudo apt-get install redis-server`, " +
        "macOS: `brew install redis`) or set REDIS_URL to an existing Redis.",
    );
  }
}

const HOST = "127.0.0.1";
const READY_TIMEOUT_MS = 10_000;
const STOP_GRACE_MS = 5_000;
const BIND_ATTEMPTS = 3;
const OUTPUT_LINES = 20;
const PID_FILE = "redis.pid";

const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

/**
 * Spawns `redis-server` on a free loopback port with an append-only file under `dataDir`
 * (created if missing) and resolves once it answers PING.
 *
 * It never outlives this process: on Linux it gets SIGTERM the moment this process dies, even by
 * SIGKILL (`setpriv --pdeathsig`), and an `exit` hook kills it as a last resort. It runs in its
 * own process group, so a Ctrl-C meant for Jura reaches it only through `stop()` (a clean AOF
 * flush). It writes `redis.pid` in `dataDir`: a redis-server still running there at the next
 * start is a leftover of a crash (callers hold the data directory's lock) and is stopped first,
 * so there is never a second one on the same directory.
 *
 * @param opts.binary use this executable instead of searching.
 * @param opts.searchPath directories to search instead of `$PATH` plus the usual system ones.
 * @throws RedisNotInstalledError when no executable is found.
 */
export async function startEmbeddedRedis(opts: {
  dataDir: string;
  log?: Logger;
  binary?: string;
  searchPath?: readonly string[];
}): Promise<EmbeddedRedis> {
  const binary = await findRedisServer(opts);
  const dataDir = resolve(opts.dataDir);
  await mkdir(dataDir, { recursive: true });
  await stopLeftover(dataDir, opts.log);
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    try {
      return await launch(binary, dataDir, port, opts.log);
    } catch (error) {
      if (!(error instanceof PortTakenError) || attempt >= BIND_ATTEMPTS) throw error;
    }
  }
}

async function findRedisServer(opts: { binary?: string; searchPath?: readonly string[] }): Promise<string> {
  if (opts.binary) {
    const found = await findProgram(basename(opts.binary), [dirname(resolve(opts.binary))]);
    if (found) return found;
    throw new RedisNotInstalledError([opts.binary]);
  }
  const found = await findProgram("redis-server", opts.searchPath);
  if (found) return found;
  throw new RedisNotInstalledError(opts.searchPath ?? ["$PATH"]);
}

/** Stops a redis-server that a crashed Jura left running on `dataDir` (found by its pid file). */
async function stopLeftover(dataDir: string, log?: Logger): Promise<void> {
  const pidFile = join(dataDir, PID_FILE);
  const pid = Number((await readFile(pidFile, "utf8").catch(() => "")).trim());
  if (!isAlive(pid)) {
    await rm(pidFile, { force: true });
    return;
  }
  // redis-server retitles itself ("redis-server 127.0.0.1:PORT"); it runs inside its --dir.
  const command = await commandLine(pid);
  if (!command?.includes("redis-server")) return;
  if (process.platform === "linux" && (await readlink(`/proc/${pid}/cwd`).catch(() => "")) !== dataDir)
    return;
  log?.warn({ pid, dataDir }, "stopping a redis-server left running by an earlier Jura");
  if (!(await stopProcess(pid, ["SIGTERM", "SIGKILL"], STOP_GRACE_MS))) {
    throw new StartError(
      `Jura cannot start: an earlier redis-server (process ${pid}) still runs on ${dataDir} and could not be stopped.`,
    );
  }
}

class PortTakenError extends Error {}

async function launch(binary: string, dataDir: string, port: number, log?: Logger): Promise<EmbeddedRedis> {
  const args = [
    ["--port", String(port)],
    ["--bind", HOST],
    ["--dir", dataDir],
    ["--pidfile", join(dataDir, PID_FILE)],
    ["--appendonly", "yes"],
    ["--save", ""],
    ["--daemonize", "no"],
    ["--protected-mode", "no"],
  ].flat();
  // Its own process group: a Ctrl-C meant for Jura must not stop Redis under Jura's feet
  // before Jura has shut down gracefully; Jura stops it itself (and kills it on exit).
  const [command = binary, ...rest] = [...(await dieWithParent("TERM")), binary, ...args];
  const child = spawn(command, rest, { stdio: ["ignore", "pipe", "pipe"], detached: true });
  const output: string[] = [];
  const record = (chunk: Buffer): void => {
    output.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    output.splice(0, Math.max(0, output.length - OUTPUT_LINES));
  };
  child.stdout?.on("data", record);
  child.stderr?.on("data", record);
  let spawnError: Error | undefined;
  child.on("error", (error) => {
    spawnError = error;
  });
  track(child);

  let ready = false;
  let stopping: Promise<void> | undefined;
  const exited = new Promise<void>((done) => {
    child.once("exit", (code, signal) => {
      liveChildren.delete(child);
      if (ready && !stopping) {
        log?.error({ code, signal, port, lastOutput: output.slice(-5) }, "redis-server exited unexpectedly");
      }
      done();
    });
  });
  const outputClosed = new Promise<void>((done) => child.once("close", () => done()));
  const hasExited = (): boolean =>
    child.exitCode !== null || child.signalCode !== null || spawnError !== undefined;

  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (!hasExited()) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
        await exited;
        clearTimeout(timer);
      }
      log?.info({ port }, "redis-server stopped");
    })();
    return stopping;
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!ready) {
    if (hasExited()) {
      await within(outputClosed, 500);
      const detail = [spawnError?.message, ...output].filter(Boolean).join("\n") || "(no output)";
      if (/address already in use/i.test(detail)) throw new PortTakenError(detail);
      throw new StartError(
        `Jura cannot start: redis-server stopped before it was ready (code ${child.exitCode}):\n${detail}`,
      );
    }
    if (Date.now() > deadline) {
      await stop();
      throw new StartError(
        `Jura cannot start: redis-server did not answer PING within ${READY_TIMEOUT_MS / 1000} s:\n${output.join("\n") || "(no output)"}`,
      );
    }
    ready = (await ping(port)) === "+PONG";
    if (!ready) await sleep(25);
  }
  const url = `redis://${HOST}:${port}`;
  log?.info({ url, dataDir, pid: child.pid }, "embedded redis-server listening");
  return { url, stop };
}

function track(child: ChildProcess): void {
  liveChildren.add(child);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const live of liveChildren) live.kill("SIGTERM");
  });
}

/** Sends an inline PING and resolves with the first reply line, or undefined if unreachable. */
function ping(port: number): Promise<string | undefined> {
  return new Promise((done) => {
    const socket = connect(port, HOST);
    let reply = "";
    const finish = (): void => {
      socket.destroy();
      done(reply.includes("\r\n") ? reply.slice(0, reply.indexOf("\r\n")) : undefined);
    };
    socket.setTimeout(1_000, finish);
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.on("data", (chunk) => {
      reply += chunk.toString("utf8");
      if (reply.includes("\r\n")) finish();
    });
    socket.once("error", finish);
    socket.once("close", finish);
  });
}

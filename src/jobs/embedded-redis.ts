import { type ChildProcess, spawn } from "node:child_process";
import { constants } from "node:fs";
import { access, mkdir, stat } from "node:fs/promises";
import { type AddressInfo, connect, createServer } from "node:net";
import { delimiter, join, resolve } from "node:path";

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
export class RedisNotInstalledError extends Error {
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
const EXTRA_DIRS = ["/usr/bin", "/usr/sbin", "/usr/local/bin", "/opt/homebrew/bin"];

const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

/**
 * Spawns `redis-server` on a free loopback port with an append-only file under `dataDir`
 * (created if missing) and resolves once it answers PING.
 *
 * The child is killed when this process exits normally (an `exit` hook sends SIGKILL as a
 * last resort); on Ctrl-C the terminal signals it too, being in our process group. Callers
 * that handle SIGTERM themselves should call `stop()` for a clean AOF flush.
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
  const dirs = opts.searchPath ?? [...(process.env.PATH ?? "").split(delimiter), ...EXTRA_DIRS];
  const candidates = opts.binary
    ? [opts.binary]
    : dirs.filter(Boolean).map((dir) => join(dir, "redis-server"));
  for (const candidate of candidates) {
    if (await isExecutableFile(candidate)) return candidate;
  }
  throw new RedisNotInstalledError(candidates);
}

async function isExecutableFile(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

class PortTakenError extends Error {}

async function launch(binary: string, dataDir: string, port: number, log?: Logger): Promise<EmbeddedRedis> {
  const args = [
    ["--port", String(port)],
    ["--bind", HOST],
    ["--dir", dataDir],
    ["--appendonly", "yes"],
    ["--save", ""],
    ["--daemonize", "no"],
    ["--protected-mode", "no"],
  ].flat();
  // Its own process group: a Ctrl-C meant for Jura must not stop Redis under Jura's feet
  // before Jura has shut down gracefully; Jura stops it itself (and kills it on exit).
  const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"], detached: true });
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
      await Promise.race([outputClosed, sleep(500)]);
      const detail = [spawnError?.message, ...output].filter(Boolean).join("\n") || "(no output)";
      if (/address already in use/i.test(detail)) throw new PortTakenError(detail);
      throw new Error(`redis-server exited before it was ready (code ${child.exitCode}):\n${detail}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `redis-server did not answer PING within ${READY_TIMEOUT_MS / 1000} s:\n${output.join("\n") || "(no output)"}`,
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
    for (const live of liveChildren) live.kill("SIGKILL");
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

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(0, HOST, () => ok());
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}

function sleep(ms: number): Promise<void> {
  return new Promise((ok) => setTimeout(ok, ms));
}

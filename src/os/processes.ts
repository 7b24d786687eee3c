import { execFile } from "node:child_process";
import { constants, readFileSync } from "node:fs";
import { access, readFile, stat } from "node:fs/promises";
import { type AddressInfo, createServer } from "node:net";
import { delimiter, join } from "node:path";

/** Directories searched for system programs besides `$PATH`. */
const EXTRA_DIRS = ["/usr/bin", "/usr/sbin", "/bin", "/sbin", "/usr/local/bin", "/opt/homebrew/bin"];

/** The first executable file called `name` on `$PATH` (or `searchPath`) and the usual system places. */
export async function findProgram(name: string, searchPath?: readonly string[]): Promise<string | undefined> {
  const dirs = searchPath ?? [...(process.env.PATH ?? "").split(delimiter), ...EXTRA_DIRS];
  for (const dir of dirs.filter(Boolean)) {
    const candidate = join(dir, name);
    if (await isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

async function isExecutableFile(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

let setprivPath: Promise<string | undefined> | undefined;

/**
 * The command prefix that makes a child get `signal` when this process dies, however it dies
 * (SIGKILL, out-of-memory kill): util-linux `setpriv --pdeathsig`, on Linux. Empty where that is
 * not available; there a child left behind by a crash is found by its pid file at the next start.
 */
export async function dieWithParent(signal: "INT" | "TERM"): Promise<string[]> {
  if (process.platform !== "linux") return [];
  setprivPath ??= findProgram("setpriv");
  const setpriv = await setprivPath;
  return setpriv ? [setpriv, `--pdeathsig=${signal}`, "--"] : [];
}

/** Whether a process with this pid exists (a zombie counts as gone). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  return !isZombie(pid);
}

function isZombie(pid: number): boolean {
  if (process.platform !== "linux") return false;
  try {
    const status = readFileSync(`/proc/${pid}/stat`, "utf8");
    return status.slice(status.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
}

/** The command line of a running process (arguments joined by spaces), or undefined if unknown. */
export async function commandLine(pid: number): Promise<string | undefined> {
  if (process.platform === "linux") {
    try {
      const raw = await readFile(`/proc/${pid}/cmdline`, "utf8");
      return raw.split("\0").filter(Boolean).join(" ") || undefined;
    } catch {
      return undefined;
    }
  }
  return new Promise((done) => {
    execFile("ps", ["-o", "command=", "-p", String(pid)], (error, stdout) =>
      done(error ? undefined : stdout.trim() || undefined),
    );
  });
}

/**
 * When the process started, as an opaque token that changes if the pid is reused (Linux: clock
 * ticks since boot; elsewhere `ps -o lstart`). Undefined when it cannot be told.
 */
export async function startToken(pid: number): Promise<string | undefined> {
  if (process.platform === "linux") {
    try {
      const stat = await readFile(`/proc/${pid}/stat`, "utf8");
      return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
    } catch {
      return undefined;
    }
  }
  return new Promise((done) => {
    execFile("ps", ["-o", "lstart=", "-p", String(pid)], (error, stdout) =>
      done(error ? undefined : stdout.trim() || undefined),
    );
  });
}

/**
 * Sends `signals` in turn to `pid`, waiting `graceMs` after each for it to exit. Resolves true
 * once it is gone, false if it outlived them all.
 */
export async function stopProcess(
  pid: number,
  signals: readonly NodeJS.Signals[],
  graceMs: number,
): Promise<boolean> {
  for (const signal of signals) {
    if (!isAlive(pid)) return true;
    try {
      process.kill(pid, signal);
    } catch {
      return !isAlive(pid);
    }
    if (await waitUntil(() => !isAlive(pid), graceMs)) return true;
  }
  return !isAlive(pid);
}

/** Polls `condition` every 10 ms until it holds (true) or `timeoutMs` passes (false). */
export async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await sleep(10);
  }
  return true;
}

/** Waits for `promise` at most `ms`, without leaving a timer behind to hold the process. */
export async function within(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise, new Promise((ok) => (timer = setTimeout(ok, ms)))]);
  clearTimeout(timer);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((ok) => setTimeout(ok, ms));
}

/** A TCP port free on 127.0.0.1 right now (another process may still take it before we do). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => ok());
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}

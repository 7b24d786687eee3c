/**
 * Jura as a running program: start-up time to ready, and the memory of the bot as a whole (its
 * node process, the embedded PostgreSQL's processes, redis-server), as proportional set size
 * (PSS, what each process costs the machine, shared pages split among their users).
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { openDb } from "../src/store/db.js";
import { seedScaleCircles } from "./support.js";

const ROOT = new URL("..", import.meta.url).pathname;
const NPM = existsSync(join(dirname(process.execPath), "npm"))
  ? join(dirname(process.execPath), "npm")
  : "npm";

export interface RunningJura {
  pid: number;
  child: ChildProcessWithoutNullStreams;
  /** ms from spawn to the shell's greeting. */
  readyMs: number;
  send(line: string): void;
  waitForOutput(count: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<number | null>;
}

/** Starts Jura (`npm start`, or the built entry directly) on `dataDir` and waits until it is ready. */
export async function startJura(dataDir: string, how: "npm" | "node"): Promise<RunningJura> {
  const [program, args] = how === "npm" ? [NPM, ["start"]] : [process.execPath, ["dist/main.js", "start"]];
  const started = performance.now();
  const child = spawn(program, args, {
    cwd: ROOT,
    env: {
      PATH: `${dirname(process.execPath)}:${process.env.PATH}`,
      HOME: process.env.HOME,
      JURA_DATA_DIR: dataDir,
      JURA_HTTP_PORT: "0",
      USER: "bench",
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (c: string) => {
    stdout += c;
  });
  child.stderr.setEncoding("utf8").on("data", (c: string) => {
    stderr += c;
  });
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  const waitFor = async (ok: () => boolean, timeoutMs: number, what: string) => {
    const deadline = Date.now() + timeoutMs;
    while (!ok()) {
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(
          `Jura: ${what} not seen\nstdout: ${stdout.slice(-2000)}\nstderr: ${stderr.slice(-2000)}`,
        );
      await new Promise((r) => setTimeout(r, 2));
    }
  };
  await waitFor(() => stdout.includes("local shell"), 60_000, "ready");
  const readyMs = performance.now() - started;
  const lines = () => stdout.split("[shell:").length - 1;
  return {
    pid: child.pid as number,
    child,
    readyMs,
    send: (line) => child.stdin.write(`${line}\n`),
    waitForOutput: (count, timeoutMs = 120_000) =>
      waitFor(() => lines() >= count, timeoutMs, `${count} replies`),
    async stop() {
      child.kill("SIGTERM");
      return exited;
    },
  };
}

async function pss(pid: number): Promise<number> {
  const text = await readFile(`/proc/${pid}/smaps_rollup`, "utf8").catch(() => "");
  const kb = Number(/^Pss:\s+(\d+) kB/m.exec(text)?.[1] ?? 0);
  return kb * 1024;
}

async function childrenOf(parent: number): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === parent) found.push(Number(entry));
  }
  return found;
}

export interface Memory {
  node: number;
  postgres: number;
  redis: number;
  total: number;
}

/** PSS of the Jura process, its PostgreSQL (postmaster and every backend) and redis-server, in bytes. */
export async function memoryOf(juraPid: number, dataDir: string): Promise<Memory> {
  const postmaster = Number(
    (await readFile(join(dataDir, "postgres", "postmaster.pid"), "utf8").catch(() => "")).split("\n")[0],
  );
  const redisPid = Number(
    (await readFile(join(dataDir, "redis", "redis.pid"), "utf8").catch(() => "")).trim(),
  );
  const node = await pss(juraPid);
  let postgres = 0;
  if (postmaster > 0) {
    postgres = await pss(postmaster);
    for (const pid of await childrenOf(postmaster)) postgres += await pss(pid);
  }
  const redis = redisPid > 0 ? await pss(redisPid) : 0;
  return { node, postgres, redis, total: node + postgres + redis };
}

/** The embedded database's URL for a data directory Jura initialised (password from its file). */
export async function embeddedUrl(dataDir: string): Promise<string> {
  const cluster = join(dataDir, "postgres");
  const password = (await readFile(join(cluster, "jura.password"), "utf8")).trim();
  return `postgresql://jura:${encodeURIComponent(password)}@localhost:5432/jura?host=${encodeURIComponent(cluster)}`;
}

/** Adds circles of 15 members numbered from `from` to `to` (names "Scale <n>"), straight into the database. */
export async function seedCircles(dataDir: string, from: number, to: number): Promise<void> {
  const db = openDb(await embeddedUrl(dataDir), 1);
  try {
    await seedScaleCircles(db, from, to);
  } finally {
    await db.destroy();
  }
}

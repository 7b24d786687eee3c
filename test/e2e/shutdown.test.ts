import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile, readlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { freePort, isAlive } from "../../src/os/processes.js";
import { runJura, tempDir } from "../support/jura-process.js";

const ROOT = new URL("../..", import.meta.url).pathname;
const SLOW = { timeout: 90_000 };
/** The npm next to this Node (the one a developer's `npm start` would be). */
const NPM = existsSync(join(dirname(process.execPath), "npm"))
  ? join(dirname(process.execPath), "npm")
  : "npm";

async function cmdline(pid: string): Promise<string> {
  return (await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "")).split("\0").join(" ");
}

async function pids(filter: (pid: string) => Promise<boolean>): Promise<number[]> {
  const found: number[] = [];
  for (const pid of await readdir("/proc"))
    if (/^\d+$/.test(pid) && (await filter(pid))) found.push(Number(pid));
  return found;
}

/** PostgreSQL postmasters on `dataDir`'s cluster (their backends do not name it). */
const postmasters = (dataDir: string) =>
  pids(async (pid) => {
    const command = await cmdline(pid);
    return command.includes(" -D ") && command.includes(join(dataDir, "postgres"));
  });

/** redis-servers working in `dataDir`'s redis directory. */
const redisServers = (dataDir: string) =>
  pids(
    async (pid) =>
      (await cmdline(pid)).includes("redis-server") &&
      (await readlink(`/proc/${pid}/cwd`).catch(() => "")) === join(dataDir, "redis"),
  );

/** Processes whose parent is `parent`. */
const childrenOf = (parent: number) =>
  pids(async (pid) => {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === parent;
  });

interface Started {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  exited: Promise<number | null>;
  waitFor(text: string, timeoutMs?: number): Promise<void>;
}

/** What a supervisor does: run `npm start` (or the given command) and keep its pid. */
function start(dataDir: string, command: string[], opts: { group?: boolean } = {}): Started {
  const [program = NPM, ...args] = command;
  const child = spawn(program, args, {
    cwd: ROOT,
    env: {
      PATH: `${dirname(process.execPath)}:${process.env.PATH}`,
      HOME: process.env.HOME,
      JURA_DATA_DIR: dataDir,
      JURA_HTTP_PORT: "0",
      USER: "tester",
    },
    stdio: ["pipe", "pipe", "pipe"],
    detached: opts.group ?? false,
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    async waitFor(text, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (!stdout.includes(text)) {
        if (Date.now() > deadline || child.exitCode !== null)
          throw new Error(`never saw “${text}”; stdout:\n${stdout}\nstderr:\n${stderr}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
}

/** `npm start`'s Jura: the node process npm runs (directly: its script execs node). */
async function juraUnder(npmPid: number): Promise<number> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    for (const pid of await childrenOf(npmPid))
      if ((await cmdline(String(pid))).includes("dist/main.js")) return pid;
    if (Date.now() > deadline) throw new Error("no Jura process under npm");
    await new Promise((r) => setTimeout(r, 25));
  }
}

const stops = [
  { how: "SIGTERM to npm's pid (a supervisor)", group: false, signal: "SIGTERM" as const, rounds: [1] },
  { how: "SIGINT to npm's pid", group: false, signal: "SIGINT" as const, rounds: [1] },
  // The group gets the signal and npm forwards it too: the copy must not turn into "exit now".
  { how: "SIGTERM to npm's whole process group", group: true, signal: "SIGTERM" as const, rounds: [1, 2, 3] },
  {
    how: "Ctrl-C (SIGINT to the whole process group)",
    group: true,
    signal: "SIGINT" as const,
    rounds: [1, 2],
  },
];

describe.each(stops)("`npm start` stopped by $how", ({ group, signal, rounds }) => {
  it(
    "GIVEN a running bot WHEN signalled once THEN it shuts down gracefully: exit 0, nothing left running, data kept",
    SLOW,
    async () => {
      const dataDir = await tempDir();
      // Several times on the same data directory: a graceful stop every time, not most times.
      for (const round of rounds) {
        const npm = start(dataDir, [NPM, "start"], { group });
        await npm.waitFor("local shell");
        const jura = await juraUnder(npm.child.pid as number);
        npm.child.stdin.write(`as tester in #plot${round}: circle create Garden${round}\n`);
        await npm.waitFor(`Circle “Garden${round}” is born`);
        expect(await postmasters(dataDir)).toHaveLength(1);
        expect(await redisServers(dataDir)).toHaveLength(1);

        if (group) process.kill(-(npm.child.pid as number), signal);
        else npm.child.kill(signal);
        expect(await npm.exited).toBe(0);
        expect(npm.stderr()).not.toMatch(/at .*\.js:\d+|stops at once/);
        expect(isAlive(jura)).toBe(false);
        expect(await postmasters(dataDir)).toEqual([]);
        expect(await redisServers(dataDir)).toEqual([]);
        expect(existsSync(join(dataDir, "jura.pid"))).toBe(false);
      }
      const again = await runJura(["shell", "--json"], "as tester in #x: circle list\n", {
        JURA_DATA_DIR: dataDir,
        REDIS_URL: undefined,
      });
      expect(again.code).toBe(0);
      for (const round of rounds) expect(again.messages()[0]?.text).toContain(`Garden${round}`);
    },
  );
});

describe("a crash and a restart", () => {
  it(
    "GIVEN Jura SIGKILLed WHEN `npm start` runs again THEN exactly one postgres and one redis-server run, with the data",
    SLOW,
    async () => {
      const dataDir = await tempDir();
      const first = start(dataDir, [process.execPath, "dist/main.js", "start"]);
      await first.waitFor("local shell");
      first.child.stdin.write("circle create Orchard\n");
      await first.waitFor("Circle “Orchard” is born");
      first.child.kill("SIGKILL");
      await first.exited;

      const second = start(dataDir, [NPM, "start"]);
      await second.waitFor("local shell");
      expect(await postmasters(dataDir)).toHaveLength(1);
      expect(await redisServers(dataDir)).toHaveLength(1);
      second.child.stdin.write("circle list\n");
      await second.waitFor("Orchard (1 member)");
      second.child.kill("SIGTERM");
      expect(await second.exited).toBe(0);
      expect(await postmasters(dataDir)).toEqual([]);
      expect(await redisServers(dataDir)).toEqual([]);
    },
  );
});

describe("refusals at start-up are one clear line", () => {
  it(
    "GIVEN Jura running on a data directory WHEN a second one starts there THEN it is refused, no stack trace",
    SLOW,
    async () => {
      const dataDir = await tempDir();
      const running = start(dataDir, [NPM, "start"]);
      await running.waitFor("local shell");
      const jura = await juraUnder(running.child.pid as number);
      const second = await runJura(["shell"], "circle list\n", {
        JURA_DATA_DIR: dataDir,
        REDIS_URL: undefined,
      });
      expect(second.code).toBe(1);
      expect(second.stderr.trim().split("\n")).toEqual([
        `Jura cannot start: another Jura (process ${jura}) is already running on the data directory ${dataDir}. Stop it first, or set JURA_DATA_DIR to another directory.`,
      ]);
      expect(await postmasters(dataDir)).toHaveLength(1);
      expect(await redisServers(dataDir)).toHaveLength(1);
      running.child.kill("SIGTERM");
      expect(await running.exited).toBe(0);
    },
  );

  it(
    "GIVEN a REDIS_URL nothing answers THEN start-up fails within seconds with one message",
    SLOW,
    async () => {
      const port = await freePort();
      const started = Date.now();
      const result = await runJura(["shell"], "circle list\n", {
        JURA_DATA_DIR: await tempDir(),
        REDIS_URL: `redis://127.0.0.1:${port}`,
      });
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toContain(`the Redis in REDIS_URL (127.0.0.1:${port}) does not answer`);
      expect(result.stdout).toBe("");
    },
  );

  it(
    "GIVEN a DATABASE_URL nothing answers THEN start-up fails within seconds with one message",
    SLOW,
    async () => {
      const port = await freePort();
      const started = Date.now();
      const result = await runJura(["shell"], "circle list\n", {
        JURA_DATA_DIR: await tempDir(),
        DATABASE_URL: `postgresql://jura:secret@127.0.0.1:${port}/jura`,
      });
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toContain(
        `the PostgreSQL server in DATABASE_URL (127.0.0.1:${port}/jura) does not answer`,
      );
      expect(result.stderr).not.toContain("secret");
    },
  );
});

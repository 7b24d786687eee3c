import { spawn } from "node:child_process";
import { readdirSync, readlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runJura, tempDir } from "../support/jura-process.js";

const ROOT = new URL("../..", import.meta.url).pathname;

/** Processes whose working directory is `dir` (redis-server runs inside its data directory). */
function processesIn(dir: string): string[] {
  return readdirSync("/proc").filter((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    try {
      return readlinkSync(`/proc/${pid}/cwd`) === dir;
    } catch {
      return false;
    }
  });
}

/** How the bot is stopped: a service manager's SIGTERM, or a Ctrl-C that reaches the whole terminal group. */
const stops = [
  { how: "SIGTERM to the process", group: false, signal: "SIGTERM" as const },
  { how: "Ctrl-C (SIGINT to its whole process group)", group: true, signal: "SIGINT" as const },
];

describe.each(stops)("graceful shutdown by $how", ({ group, signal }) => {
  it("GIVEN a running bot WHEN stopped THEN it exits 0, stops its Redis and releases its database", async () => {
    const dataDir = await tempDir();
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", "start"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, JURA_DATA_DIR: dataDir, USER: "tester" },
      stdio: ["pipe", "pipe", "pipe"],
      detached: group,
    });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    const waitFor = async (text: string) => {
      const deadline = Date.now() + 20_000;
      while (!stdout.includes(text)) {
        if (Date.now() > deadline) throw new Error(`never saw ${text}; got ${stdout}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    };
    await waitFor("local shell");
    child.stdin.write("circle create Garden\n");
    await waitFor("Circle “Garden” is born");
    expect(processesIn(join(dataDir, "redis"))).toHaveLength(1);

    if (group && child.pid !== undefined) process.kill(-child.pid, signal);
    else child.kill(signal);
    expect(await exited).toBe(0);
    expect(processesIn(join(dataDir, "redis"))).toEqual([]);

    const again = await runJura(["shell", "--json"], "as tester in #general: circle show\n", {
      JURA_DATA_DIR: dataDir,
      REDIS_URL: undefined,
    });
    expect(again.code).toBe(0);
    expect(again.messages()[0]?.text).toContain("Members (1): @tester");
  });
});

import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface ShellMessage {
  place: string;
  kind: "reply" | "notice" | "error";
  text: string;
}

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON lines (only meaningful with --json). */
  messages(): ShellMessage[];
}

const ROOT = new URL("../..", import.meta.url).pathname;
/** The built entry point `npm start` runs (the test run's global setup builds dist/ first). */
const MAIN = "dist/main.js";

/** Set by the test run's global setup: a directory of its own that it removes at the end. */
export const TEST_TMP_ENV = "JURA_TEST_TMP";

const madeHere: string[] = [];

/**
 * A fresh scratch directory. In a test run it lies in the run's own directory, which the global
 * setup removes when the run ends; elsewhere (the benchmarks) it is removed when this process
 * exits. Data directories of databases are hundreds of megabytes: none may outlive its run.
 */
export async function tempDir(prefix = "jura-"): Promise<string> {
  const runDir = process.env[TEST_TMP_ENV];
  const dir = await mkdtemp(join(runDir ?? tmpdir(), prefix));
  if (!runDir) {
    if (madeHere.length === 0) process.once("exit", removeMadeHere);
    madeHere.push(dir);
  }
  return dir;
}

function removeMadeHere(): void {
  for (const dir of madeHere) rmSync(dir, { recursive: true, force: true });
}

/**
 * Runs the real, built `jura` entry point (what `npm run jura --` runs) with `input` on stdin. Uses
 * TEST_REDIS_URL when set, otherwise Jura spawns its own redis-server like a newcomer's would.
 */
export function runJura(
  args: string[],
  input: string,
  env: Record<string, string | undefined>,
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, ...args], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        REDIS_URL: process.env.TEST_REDIS_URL,
        JURA_QUEUE_PREFIX: `t${Math.random().toString(36).slice(2, 10)}`,
        // Tests run side by side: no HTTP server on the default port unless a test asks for one.
        JURA_HTTP_PORT: "0",
        ...env,
      },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({
        code,
        stdout,
        stderr,
        messages: () =>
          stdout
            .split("\n")
            .filter((line) => line.trim() !== "")
            .map((line) => JSON.parse(line) as ShellMessage),
      }),
    );
    child.stdin.end(input);
  });
}

import { spawn } from "node:child_process";
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

export function tempDir(prefix = "jura-"): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
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

import { type ChildProcess, spawn } from "node:child_process";
import { appendFileSync } from "node:fs";

const ROOT = new URL("../..", import.meta.url).pathname;
/** The built entry point `npm start` runs (the test run's global setup builds dist/ first). */
const MAIN = "dist/main.js";

/** One pino line of the bot's stderr. */
export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/**
 * The real `npm start` process (src/main.ts start) with a chat configuration (Matrix, Discord),
 * its pino log parsed line by line so tests can wait for and count what it logged.
 */
export class BotProcess {
  readonly lines: LogLine[] = [];
  /** Everything it printed, stdout and stderr. */
  raw = "";
  /** Its stderr alone (pino lines and plain start-up errors). */
  stderr = "";
  private readonly child: ChildProcess;
  readonly exited: Promise<number | null>;

  constructor(env: Record<string, string | undefined>) {
    this.child = spawn(process.execPath, [MAIN, "start"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: "info", JURA_HTTP_PORT: "0", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let partial = "";
    this.child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      this.raw += chunk;
      this.stderr += chunk;
      // MATRIX_E2E_BOT_LOG=<file> keeps every bot's log for debugging a failed run.
      if (process.env.MATRIX_E2E_BOT_LOG) appendFileSync(process.env.MATRIX_E2E_BOT_LOG, chunk);
      partial += chunk;
      const parts = partial.split("\n");
      partial = parts.pop() ?? "";
      for (const line of parts) {
        try {
          this.lines.push(JSON.parse(line) as LogLine);
        } catch {
          // Not pino (a Node warning): kept in `raw` only.
        }
      }
    });
    this.child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      this.raw += chunk;
    });
    this.exited = new Promise((resolve) => this.child.on("close", (code) => resolve(code)));
  }

  count(msg: string): number {
    return this.lines.filter((l) => l.msg.includes(msg)).length;
  }

  /** Waits until the bot has logged `msg` at least `n` times. */
  async waitForCount(msg: string, n: number, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.count(msg) < n) {
      if (Date.now() > deadline)
        throw new Error(`the bot logged “${msg}” ${this.count(msg)} times, not ${n}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Waits until a log line contains `msg`; fails early if the process exits. */
  async waitForLog(msg: string, timeoutMs = 30_000): Promise<LogLine> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const line = this.lines.find((l) => l.msg.includes(msg));
      if (line) return line;
      if (this.child.exitCode !== null)
        throw new Error(`the bot exited (${this.child.exitCode}):\n${this.raw}`);
      if (Date.now() > deadline) throw new Error(`the bot never logged “${msg}”:\n${this.raw.slice(-4000)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  errors(): LogLine[] {
    return this.lines.filter((l) => l.level >= 50);
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** SIGTERM, then the exit code (SIGKILL after 15 s). */
  async stop(): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    this.child.kill("SIGTERM");
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 15_000);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }
}

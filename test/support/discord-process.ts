import { type ChildProcess, spawn } from "node:child_process";

const ROOT = new URL("../..", import.meta.url).pathname;

/** `npm start` (src/main.ts start) as a child process, its pino lines parsed as they come. */
export class JuraProcess {
  readonly lines: Array<{ level: number; msg: string; [key: string]: unknown }> = [];
  stderr = "";
  private readonly child: ChildProcess;
  readonly exited: Promise<number | null>;

  constructor(env: Record<string, string | undefined>) {
    this.child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", "start"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: "info", JURA_HTTP_PORT: "0", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let partial = "";
    this.child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      this.stderr += chunk;
      const parts = (partial + chunk).split("\n");
      partial = parts.pop() ?? "";
      for (const line of parts) {
        try {
          this.lines.push(JSON.parse(line));
        } catch {
          // not a pino line (a plain error message); kept in stderr
        }
      }
    });
    this.child.stdout?.resume();
    this.exited = new Promise((resolve) => this.child.on("close", (code) => resolve(code)));
  }

  async waitForLog(msg: string, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.lines.some((l) => l.msg.includes(msg))) {
      if (this.child.exitCode !== null)
        throw new Error(`Jura exited (${this.child.exitCode}):\n${this.stderr}`);
      if (Date.now() > deadline) throw new Error(`Jura never logged “${msg}”:\n${this.stderr.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
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

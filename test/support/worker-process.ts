import { type ChildProcess, spawn } from "node:child_process";

const ROOT = new URL("../..", import.meta.url).pathname;

/** A `delivery-worker.ts` child process. */
export interface WorkerProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Its stderr so far (logs), for failure messages. */
  stderr(): string;
  /** SIGTERM and wait for exit (SIGKILL after 10 s). */
  stop(): Promise<void>;
}

/**
 * Starts `test/support/delivery-worker.ts` under tsx with these settings and resolves once it
 * reports ready (rejects if it exits or stays silent for 30 s).
 */
export async function startWorkerProcess(name: string, env: Record<string, string>): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "test/support/delivery-worker.ts"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, WORKER_NAME: name, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-20_000);
  });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`worker ${name} not ready after 30 s:\n${stderr}`)),
      30_000,
    );
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      if (chunk.includes("ready")) {
        clearTimeout(timer);
        ready();
      }
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      fail(new Error(`worker ${name} exited (${code ?? signal}) before it was ready:\n${stderr}`));
    });
  });
  return {
    name,
    child,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

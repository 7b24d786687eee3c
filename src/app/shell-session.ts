import { ShellPrinter } from "../adapters/shell/printer.js";
import { runShell } from "../adapters/shell/shell.js";
import type { Config } from "../config.js";
import { ManualClock } from "../core/clock.js";
import { PLATFORMS } from "../core/ids.js";
import type { Log } from "../log.js";
import { advanceLine } from "./advance.js";
import { boot } from "./run.js";

export interface ShellSessionOptions {
  json: boolean;
  interactive: boolean;
  person: string;
  place: string;
  greet: boolean;
  /** ISO time: run on a virtual clock starting there, moved by `advance` lines. */
  clock?: string;
  /** Called with a function that ends the session early (SIGINT/SIGTERM). */
  onStop(stop: () => void): void;
}

/**
 * The shell on stdin/stdout, with every platform's announcements printed as notices. Returns
 * the exit code: 0, or 1 when Jura itself failed on some command.
 */
export async function runShellSession(config: Config, log: Log, opts: ShellSessionOptions): Promise<number> {
  const start = opts.clock === undefined ? undefined : new Date(opts.clock);
  if (start && Number.isNaN(start.getTime())) {
    process.stderr.write(`--clock needs an ISO time such as 2026-03-04T09:00:00Z, not “${opts.clock}”.\n`);
    return 2;
  }
  const clock = start ? new ManualClock(start) : undefined;
  const printer = new ShellPrinter(process.stdout, opts.json);
  const transport = printer.transport();
  const running = await boot(config, log, new Map(PLATFORMS.map((p) => [p, transport])), {
    deliveryConcurrency: 1,
    clock,
  });
  const settle = () => running.jobs.waitIdle(PLATFORMS);
  if (opts.greet) {
    process.stdout.write(
      `Jura is running with no chat platform configured, so here is the local shell (data in ${config.JURA_DATA_DIR}).\nYou are ${opts.person} in ${opts.place}. Type help, or: as <person> in <place>: <command>. Ctrl-D quits.\n`,
    );
  }
  const session = runShell({
    jura: running.jura,
    input: process.stdin,
    printer,
    person: opts.person,
    place: opts.place,
    interactive: opts.interactive,
    settle,
    advance: clock
      ? async (text) => {
          await running.jobs.enqueuePending();
          return advanceLine(text, clock, running.uow, async () => {
            await running.jobs.enqueuePending();
            await settle();
          });
        }
      : undefined,
  });
  opts.onStop(() => session.stop());
  const failures = await session.done;
  await settle();
  await running.stop();
  return failures > 0 ? 1 : 0;
}

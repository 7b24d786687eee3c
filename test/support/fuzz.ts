import { pino } from "pino";
import type { Log } from "../../src/log.js";

/** One structured log line as pino writes it. */
export interface LogEntry {
  level: number;
  msg?: string;
  [field: string]: unknown;
}

/** A logger whose lines are kept, to assert that a run logged no error. */
export interface CapturedLog {
  log: Log;
  entries: LogEntry[];
  /** Lines at level error (50) or above. */
  errors(): LogEntry[];
}

export function capturedLog(level = "info"): CapturedLog {
  const entries: LogEntry[] = [];
  const stream = {
    write(line: string) {
      entries.push(JSON.parse(line) as LogEntry);
    },
  };
  return { log: pino({ level }, stream), entries, errors: () => entries.filter((e) => e.level >= 50) };
}

/**
 * The seed of a fuzz run: FUZZ_SEED when set (to replay a failure), else a fresh one. It is
 * printed either way, so any failing run can be replayed exactly.
 */
export function fuzzSeed(name: string): number {
  const given = process.env.FUZZ_SEED;
  const seed = given !== undefined && given !== "" ? Number(given) : Math.floor(Math.random() * 2 ** 31);
  console.info(`[${name} fuzz] seed ${seed}: replay with FUZZ_SEED=${seed}`);
  return seed;
}

/** Collects unhandled promise rejections while it is attached. */
export function watchUnhandled(): { rejections: unknown[]; stop(): void } {
  const rejections: unknown[] = [];
  const listener = (reason: unknown) => rejections.push(reason);
  process.on("unhandledRejection", listener);
  return { rejections, stop: () => process.off("unhandledRejection", listener) };
}

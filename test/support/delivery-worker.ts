/**
 * A delivery worker process for the multi-process tests: the real JobRuntime (sweep and
 * delivery workers) over a shared PostgreSQL and Redis, with an HttpTransport for the "shell"
 * platform that sends to a test's sink. Configured by environment variables; prints `ready`
 * once its workers run and stops cleanly on SIGTERM.
 */
import { pino } from "pino";
import { systemClock } from "../../src/core/clock.js";
import { JobRuntime } from "../../src/jobs/runtime.js";
import { openDb } from "../../src/store/db.js";
import { unitOfWork } from "../../src/store/store.js";
import { HttpTransport } from "./http-transport.js";

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`delivery-worker: ${name} is not set`);
  return value;
};

const name = env("WORKER_NAME");
const log = pino({ level: process.env.LOG_LEVEL ?? "warn", base: { worker: name } }, pino.destination(2));
const db = openDb(env("DATABASE_URL"), 10);
const runtime = new JobRuntime({
  redisUrl: env("REDIS_URL"),
  prefix: env("JURA_QUEUE_PREFIX"),
  db,
  uow: unitOfWork(db),
  clock: systemClock,
  transports: new Map([["shell", new HttpTransport(env("SINK_URL"), name)]]),
  log,
  sweepEveryMs: Number(process.env.SWEEP_MS ?? 500),
  deliveryConcurrency: Number(process.env.CONCURRENCY ?? 8),
  leaseMs: Number(process.env.LEASE_MS ?? 3000),
  retryDelayMs: 100,
});
await runtime.startWorkers();
process.stdout.write("ready\n");
process.once("SIGTERM", () => {
  runtime
    .close()
    .then(() => db.destroy())
    .then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, "delivery-worker did not stop cleanly");
        process.exit(1);
      },
    );
});

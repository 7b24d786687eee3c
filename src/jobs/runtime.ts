import { type Job, Queue, UnrecoverableError, Worker } from "bullmq";
import { Redis } from "ioredis";
import type { z } from "zod";
import type { Clock } from "../core/clock.js";
import { PLATFORMS, type Platform, platformOf } from "../core/ids.js";
import type { Transport, UnitOfWork } from "../core/ports.js";
import type { Log } from "../log.js";
import type { Db } from "../store/db.js";
import { outboxQueue } from "../store/outbox-queue.js";
import { deliverJob } from "./deliver.js";
import type { JobDefinition } from "./job.js";
import { sweepJob } from "./sweep.js";

export interface JobRuntimeOptions {
  redisUrl: string;
  prefix: string;
  db: Db;
  uow: UnitOfWork;
  clock: Clock;
  transports: ReadonlyMap<Platform, Transport>;
  log: Log;
  sweepEveryMs: number;
  /** Parallel deliveries per process; 1 keeps announcements in order within this process. */
  deliveryConcurrency: number;
  /** First retry delay of a failed delivery, doubled on each attempt. */
  retryDelayMs?: number;
}

const DELIVERY_ATTEMPTS = 10;

/**
 * BullMQ queues and workers. Postgres stays the source of truth: at start the sweep scheduler
 * is upserted under a stable id and every pending outbox row is re-enqueued, so a flushed Redis
 * loses nothing; job ids derived from outbox ids keep enqueueing idempotent.
 */
export class JobRuntime {
  private readonly redis: Redis;
  /** One delivery queue per platform, so a process only takes the deliveries it can send. */
  private readonly deliverQueues: ReadonlyMap<Platform, Queue>;
  private readonly sweepQueue: Queue;
  private readonly workers: Worker[] = [];
  readonly outbox;

  constructor(private readonly options: JobRuntimeOptions) {
    this.redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
    this.redis.on("error", (err) => options.log.error({ err }, "redis connection error"));
    const base = { connection: this.redis, prefix: options.prefix };
    this.deliverQueues = new Map(PLATFORMS.map((p) => [p, new Queue(`${deliverJob.name}-${p}`, base)]));
    this.sweepQueue = new Queue(sweepJob.name, base);
    this.outbox = outboxQueue(options.db);
  }

  /** Starts the workers and the sweep schedule, and re-enqueues pending announcements. */
  async startWorkers(): Promise<void> {
    const { log, uow, clock, transports } = this.options;
    for (const platform of transports.keys()) {
      const deps = { outbox: this.outbox, transports, log };
      this.workers.push(
        this.worker(deliverJob, deps, this.options.deliveryConcurrency, `${deliverJob.name}-${platform}`),
      );
    }
    this.workers.push(this.worker(sweepJob, { uow, clock, enqueuePending: () => this.enqueuePending() }, 1));
    await this.sweepQueue.upsertJobScheduler(
      "sweep",
      { every: this.options.sweepEveryMs },
      { name: sweepJob.name, data: {}, opts: { removeOnComplete: true, removeOnFail: 100 } },
    );
    await this.enqueuePending();
  }

  /** Makes sure every undelivered outbox row has a delivery job. Returns how many rows are pending. */
  async enqueuePending(): Promise<number> {
    const pending = await this.outbox.pending();
    for (const [platform, queue] of this.deliverQueues) {
      const rows = pending.filter((row) => platformOf(row.place) === platform);
      if (rows.length === 0) continue;
      await queue.addBulk(
        rows.map(({ id }) => ({
          name: deliverJob.name,
          data: { outboxId: id },
          opts: {
            jobId: `outbox-${id}`,
            attempts: DELIVERY_ATTEMPTS,
            backoff: { type: "exponential", delay: this.options.retryDelayMs ?? 1000 },
            removeOnComplete: true,
            removeOnFail: true,
          },
        })),
      );
    }
    return pending.length;
  }

  /** Waits until no announcement for these platforms is pending, or the timeout passes. */
  async waitIdle(platforms: readonly Platform[], timeoutMs = 15_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    const prefixes = platforms.map((p) => `${p}:`);
    while (Date.now() < deadline) {
      if ((await this.outbox.pendingCount(prefixes)) === 0) return true;
      await new Promise((r) => setTimeout(r, 15));
    }
    return false;
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.workers.map((w) => w.close()));
    await Promise.allSettled([...this.deliverQueues.values(), this.sweepQueue].map((q) => q.close()));
    this.redis.disconnect();
  }

  private worker<S extends z.ZodType, D>(
    job: JobDefinition<S, D>,
    deps: D,
    concurrency: number,
    queueName = job.name,
  ): Worker {
    const { log } = this.options;
    const worker = new Worker(
      queueName,
      async (bullJob: Job) => {
        const data = job.dataSchema.safeParse(bullJob.data);
        if (!data.success)
          throw new UnrecoverableError(`invalid ${job.name} job data: ${data.error.message}`);
        return job.handler(data.data, deps);
      },
      { connection: this.redis, prefix: this.options.prefix, concurrency },
    );
    worker.on("failed", (bullJob, err) => {
      if (
        !(err instanceof UnrecoverableError) &&
        bullJob &&
        bullJob.attemptsMade < (bullJob.opts.attempts ?? 1)
      )
        return;
      log.error({ err, job: job.name, jobId: bullJob?.id, data: bullJob?.data }, "job failed for good");
    });
    worker.on("error", (err) => log.error({ err, job: job.name }, "worker error"));
    return worker;
  }
}

import { type Job, Queue, UnrecoverableError, Worker, type WorkerOptions } from "bullmq";
import { Redis } from "ioredis";
import type { z } from "zod";
import type { Clock } from "../core/clock.js";
import { PLATFORMS, type Platform } from "../core/ids.js";
import type { Transport, UnitOfWork } from "../core/ports.js";
import type { Log } from "../log.js";
import type { Db } from "../store/db.js";
import { outboxQueue } from "../store/outbox-queue.js";
import { type DeliverDeps, deliverJob } from "./deliver.js";
import { deliveryOutbox } from "./delivery-outbox.js";
import { DeliveryQueues } from "./delivery-queues.js";
import type { JobDefinition } from "./job.js";
import { limiterFor } from "./rate-limit.js";
import { Semaphore } from "./semaphore.js";
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
  /**
   * Rows one delivery job claims on a platform without a rate limit. Default 200. (Under a rate
   * limit a job takes one row, since the limiter counts jobs.)
   */
  deliveryBatchSize?: number;
  /** First retry delay of a failed delivery, doubled on each attempt. Default 1 s. */
  retryDelayMs?: number;
  /**
   * Failed tries after which a delivery is reported as an error; the wait between tries stops
   * growing there, and tries go on (a 429 does not count). Default 10.
   */
  deliveryAttempts?: number;
  /**
   * Messages per second per platform, for the platform as a whole (every process shares the
   * limit through Redis). 0 or absent: unlimited.
   */
  rateLimits?: Partial<Record<Platform, number>>;
  /**
   * How long a sender holds an outbox row (default 60 s): a crashed worker's announcements are
   * retried after this. A quarter of it must outlast any send, or a slow send could be repeated.
   */
  leaseMs?: number;
  /** Due items of each kind a sweep transaction claims. Default 2000. */
  sweepBatchSize?: number;
  /** Sweep transactions run side by side. Default 2; each holds one pooled connection. */
  sweepLanes?: number;
}

const DEFAULTS = {
  retryDelayMs: 1000,
  deliveryAttempts: 10,
  deliveryBatchSize: 200,
  leaseMs: 60_000,
  sweepBatchSize: 2000,
  sweepLanes: 2,
};

/** BullMQ's own default lock; a shorter lease shortens it too, so a dead worker's jobs return sooner. */
const MAX_LOCK_MS = 30_000;

/**
 * BullMQ queues and workers. Postgres stays the source of truth, and the outbox table is the
 * delivery queue itself: delivery jobs carry no messages, only a prompt to claim (or a sweep's
 * reservation token), so a flushed Redis loses nothing. At start the sweep scheduler is upserted
 * under a stable id and delivery is prompted wherever announcements are pending.
 */
export class JobRuntime {
  private readonly redis: Redis;
  /** One delivery queue per platform, so a process only takes the deliveries it can send. */
  private readonly deliverQueues: ReadonlyMap<Platform, Queue>;
  private readonly sweepQueue: Queue;
  private readonly workers: Worker[] = [];
  private readonly settings: typeof DEFAULTS;
  private readonly delivery: DeliveryQueues;
  /** Platforms without a rate limit: their deliveries go in batches. */
  private readonly unlimited: ReadonlySet<Platform>;
  readonly outbox;

  constructor(private readonly options: JobRuntimeOptions) {
    this.settings = { ...DEFAULTS, ...definedOnly(options) };
    this.redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
    this.redis.on("error", (err) => options.log.error({ err }, "redis connection error"));
    const base = { connection: this.redis, prefix: options.prefix };
    this.deliverQueues = new Map(PLATFORMS.map((p) => [p, new Queue(`${deliverJob.name}-${p}`, base)]));
    this.sweepQueue = new Queue(sweepJob.name, base);
    this.outbox = outboxQueue(options.db);
    this.unlimited = new Set(PLATFORMS.filter((p) => !((options.rateLimits?.[p] ?? 0) > 0)));
    this.delivery = new DeliveryQueues(this.deliverQueues, this.outbox, this.settings.retryDelayMs);
  }

  /** Starts the workers and the sweep schedule, and re-enqueues pending announcements. */
  async startWorkers(): Promise<void> {
    const { log, uow, clock, transports } = this.options;
    const { leaseMs, sweepBatchSize, sweepLanes, retryDelayMs, deliveryAttempts } = this.settings;
    const lockDuration = Math.min(leaseMs, MAX_LOCK_MS);
    const concurrency = Math.max(1, this.options.deliveryConcurrency);
    for (const [platform, transport] of transports) {
      const deps: DeliverDeps = {
        platform,
        transport,
        outbox: deliveryOutbox(this.outbox, platform, leaseMs),
        batchSize: this.unlimited.has(platform) ? Math.max(1, this.settings.deliveryBatchSize) : 1,
        sends: new Semaphore(concurrency),
        leaseMs,
        retryDelay: (attempts) => retryDelayMs * 2 ** (Math.min(Math.max(attempts, 1), deliveryAttempts) - 1),
        alarmAfter: deliveryAttempts,
        log,
        more: () => this.delivery.prompt([platform]),
        retryIn: (ms) => this.delivery.promptIn(platform, ms),
        pause: (ms) => this.pause(platform, ms),
      };
      this.workers.push(
        this.worker(deliverJob, deps, `${deliverJob.name}-${platform}`, {
          concurrency,
          limiter: limiterFor(this.options.rateLimits?.[platform] ?? 0),
          lockDuration,
          stalledInterval: lockDuration,
        }),
      );
    }
    const sweepDeps = {
      uow,
      clock,
      log,
      batchSize: sweepBatchSize,
      lanes: sweepLanes,
      announced: (places: readonly string[], token: string) =>
        this.delivery.handOver(places, token, this.unlimited),
      reservable: this.unlimited,
      reserveMs: leaseMs,
      enqueuePending: () => this.enqueuePending(),
      horizonMs: this.options.sweepEveryMs,
      wakeAt: (at: Date, inMs: number) => this.wakeAt(at, inMs),
    };
    this.workers.push(this.worker(sweepJob, sweepDeps, sweepJob.name, { concurrency: 1 }));
    await this.sweepQueue.upsertJobScheduler(
      "sweep",
      { every: this.options.sweepEveryMs },
      { name: sweepJob.name, data: {}, opts: { removeOnComplete: true, removeOnFail: 100 } },
    );
    await this.enqueuePending();
  }

  /**
   * Prompts delivery on every platform with announcements a sender could take now, whatever
   * brought them there (a flushed Redis, a crashed sender, a retry wait that ended). Returns
   * those platforms.
   */
  enqueuePending(): Promise<Platform[]> {
    return this.delivery.pending();
  }

  /**
   * Prompts delivery for the newest undelivered rows only: cheap whatever the backlog, for
   * right after a command commits (its announcements are the newest rows; the sweep catches
   * anything else).
   */
  enqueueRecent(): Promise<void> {
    return this.delivery.recent();
  }

  /**
   * Resolves when Redis answers a PING; rejects at once when the connection is not ready (a
   * queued command would wait for a reconnection that may never come).
   */
  async ping(): Promise<void> {
    if (this.redis.status !== "ready") throw new Error(`redis connection is ${this.redis.status}`);
    await this.redis.ping();
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

  /**
   * Lets running jobs finish and closes the queues. If Redis is already gone (a Ctrl-C reached
   * it too, or it crashed), closing cannot complete: after `graceMs` we disconnect regardless,
   * so shutdown never hangs.
   */
  async close(graceMs = 5000): Promise<void> {
    const graceful = (async () => {
      await Promise.allSettled(this.workers.map((w) => w.close()));
      await Promise.allSettled([...this.deliverQueues.values(), this.sweepQueue].map((q) => q.close()));
    })();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), graceMs);
    });
    if ((await Promise.race([graceful, timeout])) === "timeout") {
      this.options.log.warn({ graceMs }, "job queues did not close in time (is Redis gone?); disconnecting");
      void Promise.allSettled(this.workers.map((w) => w.close(true)));
    }
    clearTimeout(timer);
    this.redis.disconnect();
  }

  /**
   * A one-off sweep at `at`. The job id is the moment, and finished wake-ups are kept for an
   * hour, so however many sweeps ask for the same moment it runs once.
   */
  private async wakeAt(at: Date, inMs: number): Promise<void> {
    await this.sweepQueue.add(
      sweepJob.name,
      {},
      {
        jobId: `wake-${at.getTime()}`,
        delay: inMs,
        removeOnComplete: { age: 3600 },
        removeOnFail: { age: 3600 },
      },
    );
  }

  /** Holds every worker of this platform's queue, in every process, for `ms`. */
  private async pause(platform: Platform, ms: number): Promise<void> {
    await this.deliverQueues.get(platform)?.rateLimit(Math.max(1, Math.ceil(ms)));
  }

  private worker<S extends z.ZodType, D>(
    job: JobDefinition<S, D>,
    deps: D,
    queueName: string,
    options: Omit<WorkerOptions, "connection">,
  ): Worker {
    const { log } = this.options;
    const worker = new Worker(
      queueName,
      async (bullJob: Job) => {
        // a deduplicated job (a delivery prompt) stops deduplicating once it runs: what it
        // claims may predate whatever asks for a run now
        if (bullJob.opts.deduplication) await bullJob.removeDeduplicationKey();
        const data = job.dataSchema.safeParse(bullJob.data);
        if (!data.success)
          throw new UnrecoverableError(`invalid ${job.name} job data: ${data.error.message}`);
        return job.handler(data.data, deps);
      },
      { ...options, connection: this.redis, prefix: this.options.prefix },
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

function definedOnly(options: JobRuntimeOptions): Partial<typeof DEFAULTS> {
  const picked: Partial<typeof DEFAULTS> = {};
  for (const key of Object.keys(DEFAULTS) as Array<keyof typeof DEFAULTS>) {
    const value = options[key];
    if (value !== undefined) picked[key] = value;
  }
  return picked;
}

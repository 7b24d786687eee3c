import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { type Platform, platformOf } from "../core/ids.js";
import type { OutboxQueue, PendingRow } from "../store/outbox-queue.js";
import { deliverJob } from "./deliver.js";

/** Rows read from Postgres per round trip when paging through a backlog. */
const ENQUEUE_PAGE = 1000;

export interface DeliveryJobOptions {
  attempts: number;
  /** First retry delay of a failed delivery, doubled on each attempt. */
  retryDelayMs: number;
}

/**
 * Turns undelivered outbox rows into delivery jobs, one queue per platform. The job id is
 * derived from the outbox id, so adding a row that already has a job is a no-op: every method
 * is safe to call as often as wanted, from any process.
 */
export class DeliveryQueues {
  constructor(
    private readonly queues: ReadonlyMap<Platform, Queue>,
    private readonly outbox: OutboxQueue,
    private readonly redis: Redis,
    private readonly jobOptions: DeliveryJobOptions,
  ) {}

  /**
   * Every undelivered row, paged by id so a backlog of any size is covered. Rows that still
   * have a job are skipped after one pipelined existence check per page, so repeating this
   * while a large backlog drains stays cheap. Returns how many rows are pending.
   */
  async all(): Promise<number> {
    let total = 0;
    let afterId = 0;
    for (;;) {
      const page = await this.outbox.pending(ENQUEUE_PAGE, afterId);
      await this.add(page, { onlyMissing: true });
      total += page.length;
      const last = page.at(-1);
      if (!last || page.length < ENQUEUE_PAGE) return total;
      afterId = last.id;
    }
  }

  /** The rows just written under these outbox keys (those still undelivered). */
  async keys(keys: readonly string[]): Promise<number> {
    let total = 0;
    for (let start = 0; start < keys.length; start += ENQUEUE_PAGE) {
      const rows = await this.outbox.byKeys(keys.slice(start, start + ENQUEUE_PAGE));
      await this.add(rows);
      total += rows.length;
    }
    return total;
  }

  /**
   * The newest undelivered rows: after a command commits, its announcements are among them, so
   * a command's cost does not grow with the backlog. Anything older is the sweep's business.
   */
  async newest(limit = 100): Promise<number> {
    const rows = await this.outbox.newest(limit);
    await this.add(rows.reverse(), { onlyMissing: true });
    return rows.length;
  }

  private async add(rows: readonly PendingRow[], opts: { onlyMissing?: boolean } = {}): Promise<void> {
    const byPlatform = new Map<Platform, PendingRow[]>();
    for (const row of rows) {
      const platform = platformOf(row.place);
      if (!platform || !this.queues.has(platform)) continue;
      const list = byPlatform.get(platform);
      if (list) list.push(row);
      else byPlatform.set(platform, [row]);
    }
    const { attempts, retryDelayMs } = this.jobOptions;
    await Promise.all(
      [...byPlatform].map(async ([platform, platformRows]) => {
        const queue = this.queues.get(platform);
        if (!queue) return;
        const missing = opts.onlyMissing ? await this.withoutJob(queue, platformRows) : platformRows;
        if (missing.length === 0) return;
        await queue.addBulk(
          missing.map(({ id }) => ({
            name: deliverJob.name,
            data: { outboxId: id },
            opts: {
              jobId: jobId(id),
              attempts,
              backoff: { type: "exponential", delay: retryDelayMs },
              removeOnComplete: true,
              removeOnFail: true,
            },
          })),
        );
      }),
    );
  }

  private async withoutJob(queue: Queue, rows: readonly PendingRow[]): Promise<PendingRow[]> {
    const pipeline = this.redis.pipeline();
    for (const { id } of rows) pipeline.exists(queue.toKey(jobId(id)));
    const results = (await pipeline.exec()) ?? [];
    return rows.filter((_, i) => {
      const [error, exists] = results[i] ?? [null, 0];
      if (error) throw error;
      return exists === 0;
    });
  }
}

const jobId = (outboxId: number) => `outbox-${outboxId}`;

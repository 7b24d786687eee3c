import { randomUUID } from "node:crypto";
import { Worker } from "bullmq";
import { z } from "zod";
import { RetryAfterError } from "../core/errors.js";
import { type Platform, platformOf } from "../core/ids.js";
import { peopleDirectory } from "../core/people-directory.js";
import { renderPlainAll } from "../core/people-text.js";
import type { Transport } from "../core/ports.js";
import type { Log } from "../log.js";
import type { ClaimedMessage } from "../store/outbox-queue.js";
import type { DeliveryOutbox } from "./delivery-outbox.js";
import type { JobDefinition } from "./job.js";
import type { Semaphore } from "./semaphore.js";

/** What the deliveries of one platform, in one process, work with. */
export interface DeliverDeps {
  platform: Platform;
  transport: Transport;
  outbox: DeliveryOutbox;
  /** Rows one job claims: 1 under a rate limit (the limiter counts jobs), more without. */
  batchSize: number;
  /** Sends in flight at once in this process; 1 sends in the order announcements were written. */
  sends: Semaphore;
  /** How long a claim holds a row. A send starts only while a quarter of it is left. */
  leaseMs: number;
  /** The wait before retrying a row that failed its `attempts`-th try. */
  retryDelay(attempts: number): number;
  /** Failed tries after which a delivery is reported as an error, not a warning. */
  alarmAfter: number;
  log: Log;
  /** Asks for another job soon, to take what this one left (at most one waits at a time). */
  more(): Promise<void>;
  /** Asks for a job in `ms`, when a failed row may be tried again. */
  retryIn(ms: number): Promise<void>;
  /** Stops every process from taking this platform's deliveries for `ms` (a 429's retry-after). */
  pause(ms: number): Promise<void>;
}

/**
 * One delivery job: claims the platform's oldest undelivered rows (a batch, leased so no other
 * sender takes them), sends each through the transport, and records the platform message id.
 * Postgres is the queue; a job is only a prompt to look, so repeating one is harmless, and a
 * job that finds a full batch asks for another so a backlog spreads over every free worker.
 *
 * A failed send leaves its row to rest for an exponentially growing wait, then it is tried
 * again. When the platform says slow down ({@link RetryAfterError}) the rows not yet sent are
 * released untried, the platform's queue pauses for the time asked, and the job goes back to
 * waiting without using up an attempt.
 */
export const deliverJob: JobDefinition<z.ZodObject<{ token: z.ZodOptional<z.ZodString> }>, DeliverDeps> = {
  name: "deliver",
  dataSchema: z.object({ token: z.string().min(1).optional() }),
  async handler({ token: reservation }, deps) {
    const startedAt = Date.now();
    const token = reservation ?? randomUUID();
    const rows = reservation
      ? await deps.outbox.reserved(reservation)
      : await deps.outbox.claimNext(deps.batchSize, token);
    if (rows.length === 0) return { sent: 0 };
    if (!reservation && rows.length === deps.batchSize) await deps.more();
    const lease = new Lease(
      rows.map((r) => r.id),
      token,
      // a claim holds for a whole lease from its start; a reservation for at least half of one
      startedAt + (reservation ? deps.leaseMs / 2 : deps.leaseMs),
      deps,
    );
    const records = new Records(deps.outbox);
    const untried: number[] = [];
    let retryAfterMs: number | undefined;
    const results = await Promise.allSettled(
      rows.map((row) =>
        deps.sends.use(async () => {
          if (retryAfterMs !== undefined) return void untried.push(row.id);
          if (!(await lease.holds(row.id))) return;
          const outcome = await sendOne(row, deps);
          lease.done(row.id);
          if (outcome && "messageId" in outcome) records.add(row.id, outcome.messageId);
          else if (outcome) {
            retryAfterMs = Math.max(retryAfterMs ?? 0, outcome.retryAfterMs);
            untried.push(row.id);
          }
        }),
      ),
    );
    await records.flush();
    if (retryAfterMs !== undefined) {
      await deps.pause(retryAfterMs);
      await deps.outbox.release(untried, `the platform asked to wait ${retryAfterMs} ms`);
      // the released rows are anyone's now; a reservation's rerun would not find them
      await deps.more();
      deps.log.info(
        { platform: deps.platform, retryAfterMs, released: untried.length },
        "platform asked us to slow down; its deliveries pause",
      );
      throw Worker.RateLimitError();
    }
    const failure = results.find((r) => r.status === "rejected");
    if (failure) throw failure.reason;
    return { sent: records.total };
  },
};

/** How long a sent message may wait to be recorded, so a crash repeats little. */
export const RECORD_WITHIN_MS = 25;

/**
 * A job's deliveries, recorded together: one statement per 25 ms of sending (and one at the
 * end), so a large batch costs a handful of writes, and a crash repeats only the sends of its
 * last moments. Those rows' leases run out and they are sent again, which the
 * platforms' idempotency keys, Matrix transaction ids and Discord nonces, absorb.
 */
class Records {
  private pending: Array<{ id: number; platformMessageId: string }> = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly writes: Array<Promise<void>> = [];
  private failure: unknown;
  total = 0;

  constructor(private readonly outbox: DeliveryOutbox) {}

  add(id: number, platformMessageId: string): void {
    this.pending.push({ id, platformMessageId });
    this.total += 1;
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.writes.push(this.write());
    }, RECORD_WITHIN_MS);
  }

  /** Records what is left and waits for every write; throws the first that failed. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await Promise.all([...this.writes.splice(0), this.write()]);
    if (this.failure !== undefined) throw this.failure;
  }

  private async write(): Promise<void> {
    const rows = this.pending.splice(0);
    if (rows.length === 0) return;
    await this.outbox.delivered(rows).catch((error: unknown) => {
      this.failure ??= error;
    });
  }
}

/**
 * Sends one claimed row and returns the platform's message id. A 429 comes back as its
 * retry-after; any other failure is recorded on the row, which then rests before a retry, and
 * comes back as null.
 */
async function sendOne(
  row: ClaimedMessage,
  deps: DeliverDeps,
): Promise<{ messageId: string } | { retryAfterMs: number } | null> {
  try {
    const related = row.payload?.type === "poll-end" ? row.payload.relatesToKey : undefined;
    const messageId = await deps.transport.send({
      place: row.place,
      text: row.text,
      key: row.key,
      // Plain surfaces of a payload (a native poll's question, an event's title) name people.
      payload: row.payload
        ? renderPlainAll(row.payload, peopleDirectory, platformOf(row.place))
        : row.payload,
      relatesTo: related ? await deps.outbox.platformIdOf(related) : null,
    });
    return { messageId };
  } catch (error) {
    if (error instanceof RetryAfterError) return { retryAfterMs: error.retryAfterMs };
    const reason = error instanceof Error ? error.message : String(error);
    const tries = row.attempts + 1;
    const wait = deps.retryDelay(tries);
    await deps.outbox.failed(row.id, reason, wait);
    await deps.retryIn(wait);
    const context = { outboxId: row.id, place: row.place, attempt: tries, retryInMs: wait, err: error };
    if (tries >= deps.alarmAfter) deps.log.error(context, "delivery keeps failing; still retrying");
    else deps.log.warn(context, "delivery failed; will retry");
    return null;
  }
}

/**
 * The rows one job holds, under its token. A send only starts while at least a quarter of a
 * lease is left; past that, the rows still unsent are renewed first (one statement) and any no
 * longer held are skipped, so a slow batch never outlives its hold and collides with a sender
 * that took over.
 */
class Lease {
  private held: Set<number>;
  private renewing: Promise<void> | undefined;

  constructor(
    ids: readonly number[],
    private readonly token: string,
    /** Local time until which the rows are surely held (counted from before the statement ran). */
    private heldUntil: number,
    private readonly deps: Pick<DeliverDeps, "outbox" | "leaseMs" | "log">,
  ) {
    this.held = new Set(ids);
  }

  async holds(id: number): Promise<boolean> {
    if (Date.now() > this.heldUntil - this.deps.leaseMs / 4) {
      this.renewing ??= this.renew().finally(() => {
        this.renewing = undefined;
      });
      await this.renewing;
    }
    return this.held.has(id);
  }

  done(id: number): void {
    this.held.delete(id);
  }

  private async renew(): Promise<void> {
    const startedAt = Date.now();
    try {
      this.held = new Set(await this.deps.outbox.renew([...this.held], this.token));
      this.heldUntil = startedAt + this.deps.leaseMs;
    } catch (err) {
      this.deps.log.warn(
        { err, rows: this.held.size },
        "could not renew a delivery lease; its rows wait for it to run out",
      );
      this.held.clear();
    }
  }
}

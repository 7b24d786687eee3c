import { z } from "zod";
import type { Clock } from "../core/clock.js";
import { runDue } from "../core/due.js";
import type { Store, UnitOfWork } from "../core/ports.js";
import type { Log } from "../log.js";
import type { JobDefinition } from "./job.js";

export interface SweepDeps {
  uow: UnitOfWork;
  clock: Clock;
  log: Log;
  /** Due items of each kind claimed per transaction: short transactions, short row locks. */
  batchSize: number;
  /** Batches run side by side (SKIP LOCKED keeps them apart); each holds one pooled connection. */
  lanes: number;
  /** Queues the announcements written under these outbox keys, as soon as their batch commits. */
  enqueueKeys(keys: readonly string[]): Promise<number>;
  /** Queues every undelivered outbox row for delivery (idempotent); repairs a flushed Redis. */
  enqueuePending(): Promise<number>;
  /** Time to the next scheduled sweep: anything due sooner gets a wake-up of its own. */
  horizonMs: number;
  /** Runs one extra sweep at `at` (in `inMs`), once per moment however many sweeps ask. */
  wakeAt(at: Date, inMs: number): Promise<void>;
}

/** Batches one lane runs in one sweep at most; a backlog beyond that waits for the next sweep. */
const MAX_ROUNDS = 1000;

/**
 * The heartbeat: advances whatever fell due by the sweep's start, in batches of `batchSize`,
 * each in its own short transaction, until a batch finds nothing; each batch's announcements
 * are queued as soon as it commits, so delivery of a large backlog starts with the first batch.
 * Then every pending announcement is (re)queued, which also repairs the queue after Redis lost
 * its data. Last, if the next due moment comes before the next sweep, a one-off sweep is set
 * for that moment, so things happen on time rather than up to a sweep interval late.
 *
 * Sweeps may overlap, in one process or several: due rows are claimed with SKIP LOCKED and
 * announcements carry unique keys, so nothing is advanced or announced twice.
 */
export const sweepJob: JobDefinition<z.ZodObject, SweepDeps> = {
  name: "sweep",
  dataSchema: z.object({}),
  async handler(_data, deps) {
    const { uow, clock, batchSize, enqueueKeys } = deps;
    const now = clock.now();
    const batch = async (): Promise<number> => {
      const keys: string[] = [];
      const claimed = await uow.run((store) => runDue(recordingKeys(store, keys), now, batchSize));
      await enqueueKeys(keys);
      return claimed;
    };
    const advanced = await drain(batch, deps);
    const queued = await deps.enqueuePending();
    const next = await uow.run((store) => store.schedule.nextDueAt());
    const wait = next && next.getTime() - clock.now().getTime();
    if (next && wait !== undefined && wait < deps.horizonMs) await deps.wakeAt(next, Math.max(0, wait));
    return { advanced, queued, nextDueAt: next?.toISOString() ?? null };
  },
};

/** Runs `batch` in parallel lanes, each until a batch advances nothing; sums what they advanced. */
async function drain(batch: () => Promise<number>, deps: SweepDeps): Promise<number> {
  let total = 0;
  const lane = async (): Promise<void> => {
    for (let round = 1; ; round++) {
      const advanced = await batch();
      total += advanced;
      if (advanced === 0) return;
      if (round === MAX_ROUNDS) {
        deps.log.warn(
          { rounds: round, batchSize: deps.batchSize },
          "sweep lane stopped at its round limit; the rest waits for the next sweep",
        );
        return;
      }
    }
  };
  const results = await Promise.allSettled(Array.from({ length: Math.max(1, deps.lanes) }, lane));
  const failure = results.find((r) => r.status === "rejected");
  if (failure) throw failure.reason;
  return total;
}

/** The same store, noting the key of every announcement it adds. */
function recordingKeys(store: Store, keys: string[]): Store {
  return {
    ...store,
    outbox: {
      ...store.outbox,
      async add(message) {
        const added = await store.outbox.add(message);
        if (added) keys.push(message.key);
        return added;
      },
      async addMany(messages) {
        const added = await store.outbox.addMany(messages);
        keys.push(...added);
        return added;
      },
    },
  };
}

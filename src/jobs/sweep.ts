import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Clock } from "../core/clock.js";
import { runDue } from "../core/due.js";
import { platformOf } from "../core/ids.js";
import type { NewOutboxMessage, Reservation, Store, UnitOfWork } from "../core/ports.js";
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
  /**
   * Hands a batch's announcements to delivery as soon as it commits: `places` are where they
   * go, and those on a `reservable` platform were written reserved under `token`.
   */
  announced(places: readonly string[], token: string): Promise<unknown>;
  /**
   * Platforms whose announcements a batch reserves for its own hand-over as it writes them,
   * held for `reserveMs`: their delivery then needs no separate claim. (A platform under a
   * rate limit is left out: its deliveries go one per job, the unit its limiter counts.)
   */
  reservable: ReadonlySet<string>;
  reserveMs: number;
  /** Prompts delivery wherever announcements are pending (idempotent); repairs a flushed Redis. */
  enqueuePending(): Promise<unknown>;
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
 * are handed to delivery as soon as it commits, so delivery of a large backlog starts with the
 * first batch. Then delivery is prompted wherever announcements are pending, which also repairs
 * the queues after Redis lost its data. Last, if the next due moment comes before the next
 * sweep, a one-off sweep is set for that moment, so things happen on time rather than up to a
 * sweep interval late.
 *
 * Sweeps may overlap, in one process or several: due rows are claimed with SKIP LOCKED and
 * announcements carry unique keys, so nothing is advanced or announced twice.
 */
export const sweepJob: JobDefinition<z.ZodObject, SweepDeps> = {
  name: "sweep",
  dataSchema: z.object({}),
  async handler(_data, deps) {
    const { uow, clock, announced } = deps;
    const now = clock.now();
    const batch = async (limit: number): Promise<number> => {
      const places: string[] = [];
      const reservation = { token: randomUUID(), forMs: deps.reserveMs };
      const claimed = await uow.run((store) =>
        runDue(reserving(store, reservation, deps.reservable, places), now, limit),
      );
      if (places.length > 0) await announced(places, reservation.token);
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

/**
 * Runs `batch` in parallel lanes, each until a batch advances nothing; sums what they advanced.
 * A lane's first batch is an eighth of `batchSize` and each next one twice the last, up to
 * `batchSize`: the first announcements of a backlog reach delivery sooner, and a large backlog
 * still goes in large, cheap batches.
 */
async function drain(batch: (limit: number) => Promise<number>, deps: SweepDeps): Promise<number> {
  let total = 0;
  const lane = async (): Promise<void> => {
    let limit = Math.max(1, Math.ceil(deps.batchSize / 8));
    for (let round = 1; ; round++) {
      const advanced = await batch(limit);
      limit = Math.min(deps.batchSize, limit * 2);
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

/**
 * The same store, writing announcements for `reservable` platforms reserved under
 * `reservation`, and noting the place of every announcement it adds.
 */
function reserving(
  store: Store,
  reservation: Reservation,
  reservable: ReadonlySet<string>,
  places: string[],
): Store {
  const addMany = async (messages: readonly NewOutboxMessage[]): Promise<string[]> => {
    const held: NewOutboxMessage[] = [];
    const free: NewOutboxMessage[] = [];
    for (const m of messages) (reservable.has(platformOf(m.place) ?? "") ? held : free).push(m);
    const added = [
      ...(held.length ? await store.outbox.addMany(held, reservation) : []),
      ...(free.length ? await store.outbox.addMany(free) : []),
    ];
    const keys = new Set(added);
    for (const m of messages) if (keys.has(m.key)) places.push(m.place);
    return added;
  };
  const outbox: Store["outbox"] = {
    ...store.outbox,
    add: async (message) => (await addMany([message])).length > 0,
    addMany,
  };
  // The store's repositories are inherited, made on first use (see storeOn): derive, not spread.
  return Object.create(store, { outbox: { value: outbox, enumerable: true, configurable: true } }) as Store;
}

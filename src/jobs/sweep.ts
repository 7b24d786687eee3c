import { z } from "zod";
import type { Clock } from "../core/clock.js";
import { runDue } from "../core/due.js";
import type { UnitOfWork } from "../core/ports.js";
import type { JobDefinition } from "./job.js";

export interface SweepDeps {
  uow: UnitOfWork;
  clock: Clock;
  /** Queues every undelivered outbox row for delivery (idempotent). */
  enqueuePending(): Promise<number>;
}

/**
 * The periodic heartbeat: advances whatever fell due (see core/due.ts), each round in one
 * transaction, then makes sure every pending announcement has a delivery job, which also
 * repairs the queue after Redis lost its data.
 */
export const sweepJob: JobDefinition<z.ZodObject, SweepDeps> = {
  name: "sweep",
  dataSchema: z.object({}),
  async handler(_data, { uow, clock, enqueuePending }) {
    const now = clock.now();
    let advanced = 0;
    for (let round = 0; round < 1000; round++) {
      const done = await uow.run((store) => runDue(store, now));
      advanced += done;
      if (done === 0) break;
    }
    const queued = await enqueuePending();
    return { advanced, queued };
  },
};

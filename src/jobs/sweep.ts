import { z } from "zod";
import type { Clock } from "../core/clock.js";
import { expireMandates } from "../core/expire-mandates.js";
import type { UnitOfWork } from "../core/ports.js";
import type { JobDefinition } from "./job.js";

export interface SweepDeps {
  uow: UnitOfWork;
  clock: Clock;
  /** Queues every undelivered outbox row for delivery (idempotent). */
  enqueuePending(): Promise<number>;
}

/**
 * The periodic heartbeat: advances whatever fell due (mandate expiry for now) in one
 * transaction, then makes sure every pending announcement has a delivery job, which also
 * repairs the queue after Redis lost its data.
 */
export const sweepJob: JobDefinition<z.ZodObject, SweepDeps> = {
  name: "sweep",
  dataSchema: z.object({}),
  async handler(_data, { uow, clock, enqueuePending }) {
    const expired = await uow.run((store) => expireMandates(store, clock.now()));
    const queued = await enqueuePending();
    return { expired, queued };
  },
};

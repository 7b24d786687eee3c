import { UnrecoverableError } from "bullmq";
import { z } from "zod";
import { type Platform, platformOf } from "../core/ids.js";
import type { Transport } from "../core/ports.js";
import type { Log } from "../log.js";
import type { OutboxQueue } from "../store/outbox-queue.js";
import type { JobDefinition } from "./job.js";

export interface DeliverDeps {
  outbox: OutboxQueue;
  transports: ReadonlyMap<Platform, Transport>;
  log: Log;
}

/** How long a sender holds an outbox row before another may retry it. */
const LEASE_MS = 60_000;

/**
 * Sends one outbox row through its platform's transport and records the platform message id.
 * A row already delivered, or leased by another worker, is skipped: the job is safe to repeat.
 */
export const deliverJob: JobDefinition<z.ZodObject<{ outboxId: z.ZodNumber }>, DeliverDeps> = {
  name: "deliver",
  dataSchema: z.object({ outboxId: z.number().int().positive() }),
  async handler({ outboxId }, { outbox, transports, log }) {
    const message = await outbox.claim(outboxId, LEASE_MS);
    if (!message) return "skipped";
    const platform = platformOf(message.place);
    const transport = platform && transports.get(platform);
    if (!transport) {
      const reason = `no ${platform ?? "known"} adapter is configured for ${message.place}`;
      await outbox.failed(message.id, reason);
      log.warn({ outboxId, place: message.place }, "announcement kept for later: %s", reason);
      throw new UnrecoverableError(reason);
    }
    try {
      const messageId = await transport.send({ place: message.place, text: message.text, key: message.key });
      await outbox.delivered(message.id, messageId);
      return messageId;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await outbox.failed(message.id, reason);
      log.warn(
        { outboxId, place: message.place, attempt: message.attempts, err: error },
        "delivery failed; will retry",
      );
      throw error;
    }
  },
};

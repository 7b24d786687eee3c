import { UnrecoverableError, Worker } from "bullmq";
import { z } from "zod";
import { RetryAfterError } from "../core/errors.js";
import { type Platform, platformOf } from "../core/ids.js";
import type { Transport } from "../core/ports.js";
import type { Log } from "../log.js";
import type { DeliveryOutbox } from "./delivery-outbox.js";
import type { JobDefinition } from "./job.js";

export interface DeliverDeps {
  outbox: DeliveryOutbox;
  transports: ReadonlyMap<Platform, Transport>;
  log: Log;
  /** Stops every process from taking this platform's deliveries for `ms` (a 429's retry-after). */
  pause(platform: Platform, ms: number): Promise<void>;
}

/**
 * Sends one outbox row through its platform's transport and records the platform message id.
 * A row already delivered, or leased by another worker, is skipped: the job is safe to repeat.
 * When the platform says slow down ({@link RetryAfterError}) the row is released untried, the
 * platform's queue pauses for the time asked, and the job goes back to waiting without using
 * up an attempt; any other failure is retried with exponential backoff.
 */
export const deliverJob: JobDefinition<z.ZodObject<{ outboxId: z.ZodNumber }>, DeliverDeps> = {
  name: "deliver",
  dataSchema: z.object({ outboxId: z.number().int().positive() }),
  async handler({ outboxId }, { outbox, transports, log, pause }) {
    const message = await outbox.claim(outboxId);
    if (!message) return "skipped";
    const platform = platformOf(message.place);
    const transport = platform ? transports.get(platform) : undefined;
    if (!platform || !transport) {
      const reason = `no ${platform ?? "known"} adapter is configured for ${message.place}`;
      await outbox.failed(message.id, reason);
      log.warn({ outboxId, place: message.place }, "announcement kept for later: %s", reason);
      throw new UnrecoverableError(reason);
    }
    try {
      const related = message.payload?.type === "poll-end" ? message.payload.relatesToKey : undefined;
      const messageId = await transport.send({
        place: message.place,
        text: message.text,
        key: message.key,
        payload: message.payload,
        relatesTo: related ? await outbox.platformIdOf(related) : null,
      });
      await outbox.delivered(message.id, messageId);
      return messageId;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof RetryAfterError) {
        await pause(platform, error.retryAfterMs);
        await outbox.release(message.id, reason);
        log.info(
          { outboxId, place: message.place, platform, retryAfterMs: error.retryAfterMs },
          "platform asked us to slow down; its deliveries pause",
        );
        throw Worker.RateLimitError();
      }
      await outbox.failed(message.id, reason);
      log.warn(
        { outboxId, place: message.place, attempt: message.attempts, err: error },
        "delivery failed; will retry",
      );
      throw error;
    }
  },
};

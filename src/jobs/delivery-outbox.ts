import type { ClaimedMessage, OutboxQueue } from "../store/outbox-queue.js";

/** The outbox as the deliveries of one platform see it. */
export interface DeliveryOutbox {
  /** Leases the oldest claimable rows of the platform to `token`, at most `limit`, in id order. */
  claimNext(limit: number, token: string): Promise<ClaimedMessage[]>;
  /** The rows reserved for `token` as they were written, while at least half the lease is left. */
  reserved(token: string): Promise<ClaimedMessage[]>;
  /** Extends the lease on those of `ids` that `token` still holds; returns their ids. */
  renew(ids: readonly number[], token: string): Promise<number[]>;
  /** Records sent rows and their platform message ids (one statement). */
  delivered(rows: ReadonlyArray<{ id: number; platformMessageId: string }>): Promise<void>;
  /** A failed try: nobody claims the row again for `retryInMs`. */
  failed(id: number, error: string, retryInMs: number): Promise<void>;
  /** Gives rows back without counting a try (the platform asked us to wait). */
  release(ids: readonly number[], reason: string): Promise<void>;
  /** The platform's id of the message sent under `key` (a poll's start, for its end). */
  platformIdOf(key: string): Promise<string | null>;
}

/** The {@link DeliveryOutbox} of `platform`, holding each claim for `leaseMs`. */
export function deliveryOutbox(outbox: OutboxQueue, platform: string, leaseMs: number): DeliveryOutbox {
  return {
    claimNext: (limit, token) => outbox.claimNext(platform, limit, leaseMs, token),
    reserved: (token) => outbox.reserved(platform, token, leaseMs / 2),
    renew: (ids, token) => outbox.renew(ids, token, leaseMs),
    delivered: (rows) => outbox.deliveredMany(rows),
    failed: (id, error, retryInMs) => outbox.failed(id, error, retryInMs),
    release: (ids, reason) => outbox.release(ids, reason),
    platformIdOf: (key) => outbox.platformIdOf(key),
  };
}

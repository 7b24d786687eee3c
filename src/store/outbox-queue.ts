import { sql } from "kysely";
import type { Db } from "./db.js";

/** An outbox row claimed for sending. */
export interface ClaimedMessage {
  id: number;
  key: string;
  place: string;
  text: string;
  attempts: number;
}

/**
 * The delivery side of the outbox. A claim is a short lease (claimed_until): one sender at a
 * time holds a row, and a crashed sender's lease simply runs out so another can take over.
 */
export function outboxQueue(db: Db) {
  return {
    /** Undelivered rows, oldest first: what the delivery queues must hold. */
    pending(limit = 1000): Promise<Array<{ id: number; place: string }>> {
      return db
        .selectFrom("outbox")
        .select(["id", "place"])
        .where("deliveredAt", "is", null)
        .orderBy("id")
        .limit(limit)
        .execute();
    },

    async pendingCount(placePrefixes?: readonly string[]): Promise<number> {
      let query = db
        .selectFrom("outbox")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .where("deliveredAt", "is", null);
      if (placePrefixes) {
        query = query.where((eb) => eb.or(placePrefixes.map((p) => eb("place", "like", `${p}%`))));
      }
      return Number((await query.executeTakeFirstOrThrow()).n);
    },

    async claim(id: number, leaseMs: number): Promise<ClaimedMessage | undefined> {
      return db
        .updateTable("outbox")
        .set({
          claimedUntil: sql<Date>`now() + ${`${leaseMs} milliseconds`}::interval`,
          attempts: sql<number>`attempts + 1`,
        })
        .where("id", "=", id)
        .where("deliveredAt", "is", null)
        .where((eb) => eb.or([eb("claimedUntil", "is", null), eb("claimedUntil", "<", sql<Date>`now()`)]))
        .returning(["id", "key", "place", "text", "attempts"])
        .executeTakeFirst();
    },

    async delivered(id: number, platformMessageId: string): Promise<void> {
      await db
        .updateTable("outbox")
        .set({ deliveredAt: sql<Date>`now()`, platformMessageId, claimedUntil: null, lastError: null })
        .where("id", "=", id)
        .execute();
    },

    async failed(id: number, error: string): Promise<void> {
      await db
        .updateTable("outbox")
        .set({ claimedUntil: null, lastError: error.slice(0, 2000) })
        .where("id", "=", id)
        .execute();
    },
  };
}

export type OutboxQueue = ReturnType<typeof outboxQueue>;

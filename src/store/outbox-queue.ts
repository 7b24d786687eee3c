import { sql } from "kysely";
import type { MessagePayload } from "../core/ports.js";
import type { Db } from "./db.js";

/** An outbox row claimed for sending. */
export interface ClaimedMessage {
  id: number;
  key: string;
  place: string;
  text: string;
  attempts: number;
  payload: MessagePayload | null;
}

/** What a delivery queue needs to know about an undelivered row. */
export interface PendingRow {
  id: number;
  place: string;
}

/**
 * The delivery side of the outbox. A claim is a short lease (claimed_until): one sender at a
 * time holds a row, and a crashed sender's lease simply runs out so another can take over.
 */
export function outboxQueue(db: Db) {
  const undelivered = () => db.selectFrom("outbox").select(["id", "place"]).where("deliveredAt", "is", null);
  return {
    /**
     * One page of undelivered rows in id order, starting after `afterId`: callers page through a
     * backlog of any size with `afterId` = the last id of the previous page.
     */
    pending(limit = 1000, afterId = 0): Promise<PendingRow[]> {
      return undelivered().where("id", ">", afterId).orderBy("id").limit(limit).execute();
    },

    /** The newest undelivered rows: what a just-committed command wrote, whatever the backlog. */
    newest(limit: number): Promise<PendingRow[]> {
      return undelivered().orderBy("id", "desc").limit(limit).execute();
    },

    /** The undelivered rows among these keys (one indexed query). */
    async byKeys(keys: readonly string[]): Promise<PendingRow[]> {
      if (keys.length === 0) return [];
      return undelivered().where("key", "in", keys).orderBy("id").execute();
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

    /** The platform's id for the message sent under `key`, once it was delivered. */
    async platformIdOf(key: string): Promise<string | null> {
      const row = await db
        .selectFrom("outbox")
        .select("platformMessageId")
        .where("key", "=", key)
        .executeTakeFirst();
      return row?.platformMessageId ?? null;
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
        .returning(["id", "key", "place", "text", "attempts", "payload"])
        .executeTakeFirst();
    },

    /**
     * {@link claim} for many rows in one statement: returns the rows this caller now holds
     * (those delivered, or leased by another sender, are left out).
     */
    async claimMany(ids: readonly number[], leaseMs: number): Promise<ClaimedMessage[]> {
      if (ids.length === 0) return [];
      return db
        .updateTable("outbox")
        .set({
          claimedUntil: sql<Date>`now() + ${`${leaseMs} milliseconds`}::interval`,
          attempts: sql<number>`attempts + 1`,
        })
        .where("id", "=", sql<number>`any(${[...ids]}::int[])`)
        .where("deliveredAt", "is", null)
        .where((eb) => eb.or([eb("claimedUntil", "is", null), eb("claimedUntil", "<", sql<Date>`now()`)]))
        .returning(["id", "key", "place", "text", "attempts", "payload"])
        .execute();
    },

    /** {@link delivered} for many rows in one statement. */
    async deliveredMany(rows: ReadonlyArray<{ id: number; platformMessageId: string }>): Promise<void> {
      if (rows.length === 0) return;
      await sql`
        update outbox as o
        set delivered_at = now(), platform_message_id = v.message_id, claimed_until = null, last_error = null
        from unnest(${rows.map((r) => r.id)}::int[], ${rows.map((r) => r.platformMessageId)}::text[])
          as v(id, message_id)
        where o.id = v.id`.execute(db);
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

    /**
     * Gives the row back untried: the platform refused to look at it (rate limited), so the
     * claim does not count as an attempt.
     */
    async release(id: number, reason: string): Promise<void> {
      await db
        .updateTable("outbox")
        .set({
          claimedUntil: null,
          attempts: sql<number>`greatest(attempts - 1, 0)`,
          lastError: reason.slice(0, 2000),
        })
        .where("id", "=", id)
        .execute();
    },
  };
}

export type OutboxQueue = ReturnType<typeof outboxQueue>;

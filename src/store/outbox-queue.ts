import { sql } from "kysely";
import type { MessagePayload } from "../core/ports.js";
import type { Db } from "./db.js";

/** An outbox row claimed for sending. */
export interface ClaimedMessage {
  id: number;
  key: string;
  place: string;
  text: string;
  /** Tries recorded so far (a send that failed, or that went out). */
  attempts: number;
  payload: MessagePayload | null;
}

/** What a delivery queue needs to know about an undelivered row. */
export interface PendingRow {
  id: number;
  place: string;
}

/**
 * The delivery side of the outbox. A claim is a short lease (claimed_until) under a token of
 * the claimant's (claim_token): one sender at a time holds a row, and a crashed sender's lease
 * simply runs out so another can take over. A failed row's claimed_until is its retry time, so
 * the same column keeps it from being claimed too soon.
 */
export function outboxQueue(db: Db) {
  const undelivered = () => db.selectFrom("outbox").select(["id", "place"]).where("deliveredAt", "is", null);
  /** Undelivered and not held: never claimed, or its lease (or retry wait) has run out. */
  const claimable = sql<boolean>`delivered_at is null and (claimed_until is null or claimed_until < now())`;
  /** What a sender needs of a row it holds (a ClaimedMessage). */
  const claimedColumns = sql`id, key, place, text, attempts, payload`;
  const interval = (ms: number) => sql`${`${Math.max(0, Math.round(ms))} milliseconds`}::interval`;
  return {
    /** The newest undelivered rows: what a just-committed command wrote, whatever the backlog. */
    newest(limit: number): Promise<PendingRow[]> {
      return undelivered().orderBy("id", "desc").limit(limit).execute();
    },

    /** The platforms ("matrix", "shell", …) that have rows a sender could claim right now. */
    async claimablePlatforms(): Promise<string[]> {
      const { rows } = await sql<{ platform: string }>`
        select distinct split_part(place, ':', 1) as platform from outbox where ${claimable}`.execute(db);
      return rows.map((r) => r.platform);
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

    /**
     * Leases the oldest `limit` claimable rows of one platform to `token` for `leaseMs`, in one
     * statement; concurrent callers get disjoint rows (SKIP LOCKED). Returns them in id order.
     */
    async claimNext(
      platform: string,
      limit: number,
      leaseMs: number,
      token: string,
    ): Promise<ClaimedMessage[]> {
      const { rows } = await sql<ClaimedMessage>`
        update outbox set claimed_until = now() + ${interval(leaseMs)}, claim_token = ${token}
        where id in (
          select id from outbox
          where ${claimable} and place like ${`${platform}:%`}
          order by id limit ${limit}
          for update skip locked)
        returning ${claimedColumns}`.execute(db);
      return rows.sort((a, b) => a.id - b.id);
    },

    /**
     * The rows of one platform reserved for `token` as they were written (see
     * OutboxRepo.addMany), provided at least `minLeftMs` of the reservation is left; in id order.
     */
    async reserved(platform: string, token: string, minLeftMs: number): Promise<ClaimedMessage[]> {
      const { rows } = await sql<ClaimedMessage>`
        select ${claimedColumns} from outbox
        where claim_token = ${token} and delivered_at is null and place like ${`${platform}:%`}
          and claimed_until > now() + ${interval(minLeftMs)}
        order by id`.execute(db);
      return rows;
    },

    /** Extends the lease on those of `ids` that `token` still holds; returns their ids. */
    async renew(ids: readonly number[], token: string, leaseMs: number): Promise<number[]> {
      if (ids.length === 0) return [];
      const { rows } = await sql<{ id: number }>`
        update outbox set claimed_until = now() + ${interval(leaseMs)}
        where id = any(${[...ids]}::int[]) and claim_token = ${token} and delivered_at is null
          and claimed_until >= now()
        returning id`.execute(db);
      return rows.map((r) => r.id);
    },

    /** Records many deliveries, each a try, in one statement. */
    async deliveredMany(rows: ReadonlyArray<{ id: number; platformMessageId: string }>): Promise<void> {
      if (rows.length === 0) return;
      await sql`
        update outbox as o
        set delivered_at = now(), platform_message_id = v.message_id, claimed_until = null,
            claim_token = null, last_error = null, attempts = o.attempts + 1
        from unnest(${rows.map((r) => r.id)}::int[], ${rows.map((r) => r.platformMessageId)}::text[])
          as v(id, message_id)
        where o.id = v.id`.execute(db);
    },

    /** A failed try: the row rests for `retryInMs` (no sender claims it sooner), then is retried. */
    async failed(id: number, error: string, retryInMs: number): Promise<void> {
      await db
        .updateTable("outbox")
        .set({
          claimedUntil: sql<Date>`now() + ${interval(retryInMs)}`,
          claimToken: null,
          attempts: sql<number>`attempts + 1`,
          lastError: error.slice(0, 2000),
        })
        .where("id", "=", id)
        .execute();
    },

    /**
     * Gives rows back untried: the platform refused to look at them (rate limited), so this
     * does not count as a try.
     */
    async release(ids: readonly number[], reason: string): Promise<void> {
      if (ids.length === 0) return;
      await db
        .updateTable("outbox")
        .set({ claimedUntil: null, claimToken: null, lastError: reason.slice(0, 2000) })
        .where("id", "=", sql<number>`any(${[...ids]}::int[])`)
        .execute();
    },
  };
}

export type OutboxQueue = ReturnType<typeof outboxQueue>;

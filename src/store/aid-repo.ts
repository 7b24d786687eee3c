import { sql } from "kysely";
import type { AidOffer, AidRequest, Reflection } from "../core/aid.js";
import { fromNumeric, toNumeric } from "../core/aid-amounts.js";
import type { AidRepo } from "../core/ports.js";
import type { AidDelivery } from "../core/treasury-ports.js";
import { claimDue } from "./claim-due.js";
import type { Db } from "./db.js";
import { federationColumns } from "./federations-repo.js";

const reflectionColumns = [
  "id",
  "circleId",
  "federationId",
  "happened",
  "learned",
  "needs",
  "sharedBy",
  "sharedAt",
  "resolvedAt",
  "resolution",
] as const;

const requestColumns = [
  "id",
  "circleId",
  "federationId",
  "what",
  "amount",
  "unit",
  "byAt",
  "urgency",
  "status",
  "requestedBy",
  "requestedAt",
  "endedAt",
] as const;

const offerColumns = [
  "id",
  "requestId",
  "reflectionId",
  "circleId",
  "what",
  "amount",
  "unit",
  "status",
  "offeredBy",
  "offeredAt",
  "acceptedAt",
  "remindAt",
  "reminders",
  "fulfilledAt",
] as const;

const deliveryColumns = [
  "id",
  "offerId",
  "requestId",
  "amount",
  "unit",
  "recordedBy",
  "recordedAt",
  "entryId",
] as const;

/** Exact amounts: numeric text in the database, millionths in the core. */
const exact = <T extends { amount: string | null }>(
  row: T,
): Omit<T, "amount"> & { amount: bigint | null } => ({
  ...row,
  amount: row.amount === null ? null : fromNumeric(row.amount),
});
const numeric = (amount: bigint | null) => (amount === null ? null : toNumeric(amount));

/** The moment a federation's next digest falls due: set explicitly, or one period after founding. */
const digestDue = sql<Date>`coalesce(next_digest_at, created_at + make_interval(days => digest_every_days))`;

export function aidRepo(db: Db): AidRepo {
  const reflections = () => db.selectFrom("reflection").select(reflectionColumns);
  const requests = () => db.selectFrom("aidRequest").select(requestColumns);
  const offers = () => db.selectFrom("aidOffer").select(offerColumns);
  return {
    share: (input) =>
      db.insertInto("reflection").values(input).returning(reflectionColumns).executeTakeFirstOrThrow(),
    reflection: (id) => reflections().where("id", "=", id).executeTakeFirst(),
    reflections(filter) {
      let query = reflections().orderBy("id", "desc").limit(50);
      if (filter.federationId !== undefined) query = query.where("federationId", "=", filter.federationId);
      if (filter.unresolvedOnly) query = query.where("resolvedAt", "is", null);
      if (filter.search) {
        const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        query = query.where((eb) =>
          eb.or([
            eb("happened", "ilike", pattern),
            eb("learned", "ilike", pattern),
            eb("resolution", "ilike", pattern),
          ]),
        );
      }
      return query.execute() as Promise<Reflection[]>;
    },
    async resolve(id, note, at) {
      await db
        .updateTable("reflection")
        .set({ resolvedAt: at, resolution: note })
        .where("id", "=", id)
        .execute();
    },
    advise: (reflectionId, author, text, at) =>
      db
        .insertInto("reflectionAdvice")
        .values({ reflectionId, author, text, at })
        .returning(["id", "reflectionId", "author", "text", "at"])
        .executeTakeFirstOrThrow(),
    advice: (reflectionId) =>
      db
        .selectFrom("reflectionAdvice")
        .select(["id", "reflectionId", "author", "text", "at"])
        .where("reflectionId", "=", reflectionId)
        .orderBy("id")
        .execute(),
    async affirm(reflectionId, person, at) {
      const row = await db
        .insertInto("reflectionAffirmation")
        .values({ reflectionId, person, at })
        .onConflict((oc) => oc.doNothing())
        .returning("person")
        .executeTakeFirst();
      return row !== undefined;
    },
    async affirmations(reflectionId) {
      const row = await db
        .selectFrom("reflectionAffirmation")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .where("reflectionId", "=", reflectionId)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    async request(input) {
      const row = await db
        .insertInto("aidRequest")
        .values({ ...input, amount: numeric(input.amount) })
        .returning(requestColumns)
        .executeTakeFirstOrThrow();
      return exact(row) as AidRequest;
    },
    async requestById(id) {
      const row = await requests().where("id", "=", id).executeTakeFirst();
      return row && (exact(row) as AidRequest);
    },
    async lockRequest(id) {
      const row = await requests().where("id", "=", id).forUpdate().executeTakeFirst();
      return row && (exact(row) as AidRequest);
    },
    async requests(filter) {
      let query = requests().orderBy("requestedAt").orderBy("id").limit(100);
      if (filter.federationId !== undefined) query = query.where("federationId", "=", filter.federationId);
      if (filter.activeOnly) query = query.where("status", "in", ["open", "accepted"]);
      return (await query.execute()).map((row) => exact(row) as AidRequest);
    },
    async setRequestStatus(id, status, at) {
      await db
        .updateTable("aidRequest")
        .set({ status, endedAt: status === "open" || status === "accepted" ? null : at })
        .where("id", "=", id)
        .execute();
    },
    async offer(input) {
      const row = await db
        .insertInto("aidOffer")
        .values({ ...input, amount: numeric(input.amount) })
        .returning(offerColumns)
        .executeTakeFirstOrThrow();
      return exact(row) as AidOffer;
    },
    async offerById(id) {
      const row = await offers().where("id", "=", id).executeTakeFirst();
      return row && (exact(row) as AidOffer);
    },
    async offers(target) {
      const query = offers().orderBy("id");
      const rows = await ("requestId" in target
        ? query.where("requestId", "=", target.requestId)
        : query.where("reflectionId", "=", target.reflectionId)
      ).execute();
      return rows.map((row) => exact(row) as AidOffer);
    },
    async deliver(input) {
      const row = await db
        .insertInto("aidDelivery")
        .values({ ...input, amount: numeric(input.amount) })
        .returning(deliveryColumns)
        .executeTakeFirstOrThrow();
      return exact(row) as AidDelivery;
    },
    async deliveries(target) {
      // Money whose entry was reversed went back: it no longer counts as delivered.
      const query = db
        .selectFrom("aidDelivery")
        .select(deliveryColumns)
        .where(({ eb, exists, not, selectFrom }) =>
          eb.or([
            eb("entryId", "is", null),
            not(
              exists(
                selectFrom("journalEntry as r")
                  .select("r.id")
                  .whereRef("r.reverses", "=", "aidDelivery.entryId"),
              ),
            ),
          ]),
        )
        .orderBy("id");
      const rows = await ("offerId" in target
        ? query.where("offerId", "=", target.offerId)
        : query.where("requestId", "=", target.requestId)
      ).execute();
      return rows.map((row) => exact(row) as AidDelivery);
    },
    async deliveryOfEntry(entryId) {
      const row = await db
        .selectFrom("aidDelivery")
        .select(deliveryColumns)
        .where("entryId", "=", entryId)
        .executeTakeFirst();
      return row && (exact(row) as AidDelivery);
    },
    async updateOffer(id, patch) {
      await db.updateTable("aidOffer").set(patch).where("id", "=", id).execute();
    },
    claimExpired: async (now, limit) =>
      (await claimDue(requests().where("status", "=", "open"), "byAt", now, limit).execute()).map(
        (row) => exact(row) as AidRequest,
      ),
    claimReminders: async (now, limit) =>
      (await claimDue(offers().where("status", "=", "accepted"), "remindAt", now, limit).execute()).map(
        (row) => exact(row) as AidOffer,
      ),
    async claimDigests(now, limit) {
      const rows = await db
        .selectFrom("federation")
        .select([...federationColumns, "digestEveryDays", digestDue.as("dueAt")])
        .where(digestDue, "<=", now)
        .orderBy("id")
        .limit(limit)
        .forUpdate()
        .skipLocked()
        .execute();
      return rows.map(({ digestEveryDays, dueAt, ...federation }) => ({
        federation,
        dueAt: new Date(dueAt),
        everyDays: digestEveryDays,
      }));
    },
    async digestOf(federationId) {
      const row = await db
        .selectFrom("federation")
        .select(["digestEveryDays", digestDue.as("nextAt")])
        .where("id", "=", federationId)
        .executeTakeFirst();
      return row && { everyDays: row.digestEveryDays, nextAt: new Date(row.nextAt) };
    },
    async setDigestRhythm(federationId, everyDays, nextAt) {
      await db
        .updateTable("federation")
        .set({ digestEveryDays: everyDays, nextDigestAt: nextAt })
        .where("id", "=", federationId)
        .execute();
    },
    async lastDigest(federationId, place) {
      const row = await db
        .selectFrom("digestState")
        .select("fingerprint")
        .where("federationId", "=", federationId)
        .where("place", "=", place)
        .executeTakeFirst();
      return row?.fingerprint;
    },
    async recordDigest(federationId, place, fingerprint, at) {
      await db
        .insertInto("digestState")
        .values({ federationId, place, fingerprint, sentAt: at })
        .onConflict((oc) => oc.columns(["federationId", "place"]).doUpdateSet({ fingerprint, sentAt: at }))
        .execute();
    },
    async answeredReflections(ids) {
      if (ids.length === 0) return new Set();
      const list = [...ids];
      const rows = await db
        .selectFrom("reflectionAdvice")
        .select("reflectionId")
        .where("reflectionId", "in", list)
        .union(
          db.selectFrom("reflectionAffirmation").select("reflectionId").where("reflectionId", "in", list),
        )
        .union(
          db
            .selectFrom("aidOffer")
            .select(sql<number>`reflection_id`.as("reflectionId"))
            .where("reflectionId", "in", list),
        )
        .execute();
      return new Set(rows.map((r) => Number(r.reflectionId)));
    },
    async setNextDigest(federationId, at) {
      await db.updateTable("federation").set({ nextDigestAt: at }).where("id", "=", federationId).execute();
    },
  };
}

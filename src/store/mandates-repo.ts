import type { MandateRepo } from "../core/ports.js";
import { claimDue } from "./claim-due.js";
import { compiledOnce } from "./compiled.js";
import type { Db } from "./db.js";

const columns = [
  "mandate.id",
  "mandate.circleId",
  "mandate.delegate",
  "mandate.scope",
  "mandate.startsAt",
  "mandate.expiresAt",
  "mandate.grantedBy",
  "mandate.status",
  "mandate.endedAt",
  "mandate.endReason",
  "mandate.endDecision",
  "mandate.renewalDueAt",
] as const;

const selectMandates = (db: Db) => db.selectFrom("mandate").select(columns);
const byId = compiledOnce((db, id: number) => selectMandates(db).where("mandate.id", "=", id));
/** Active first, then by expiry; each combination of filters is one compiled shape. */
const listed = compiledOnce(
  (db, circleId: number | undefined, federationId: number | undefined, includeEnded: boolean) => {
    let query = selectMandates(db)
      .orderBy((eb) => eb.case().when("mandate.status", "=", "active").then(0).else(1).end())
      .orderBy("mandate.expiresAt")
      .orderBy("mandate.id");
    if (circleId !== undefined) query = query.where("mandate.circleId", "=", circleId);
    // Circles are read only to filter by their federation, in a subquery rather than a join.
    if (federationId !== undefined)
      query = query.where("mandate.circleId", "in", (eb) =>
        eb.selectFrom("circle").select("circle.id").where("circle.federationId", "=", federationId),
      );
    if (!includeEnded) query = query.where("mandate.status", "=", "active");
    return query;
  },
);
const activeOf = compiledOnce((db, circleId: number, delegate: string) =>
  selectMandates(db)
    .where("mandate.circleId", "=", circleId)
    .where("mandate.delegate", "=", delegate)
    .where("mandate.status", "=", "active"),
);

export function mandatesRepo(db: Db): MandateRepo {
  const select = () => selectMandates(db);
  return {
    create: (input) => db.insertInto("mandate").values(input).returning(columns).executeTakeFirstOrThrow(),
    byId: async (id) => (await byId(db, id))[0],
    list: (filter) => listed(db, filter.circleId, filter.federationId, filter.includeEnded ?? false),
    activeOf: (circleId, delegate) => activeOf(db, circleId, delegate),
    async end(id, status, at, reason, decision) {
      await db
        .updateTable("mandate")
        .set({ status, endedAt: at, endReason: reason, endDecision: decision ?? null })
        .where("id", "=", id)
        .where("status", "=", "active")
        .execute();
    },
    expireDue: (now, limit) =>
      db
        .updateTable("mandate")
        .set({ status: "expired", endedAt: now, endReason: "expired" })
        .where("id", "in", (eb) =>
          eb
            .selectFrom("mandate")
            .select("id")
            .where("status", "=", "active")
            .where("expiresAt", "<=", now)
            .orderBy("expiresAt")
            .limit(limit)
            .forUpdate()
            .skipLocked(),
        )
        .returning(columns)
        .execute(),
    claimRenewalDue: (now, limit) =>
      claimDue(select().where("mandate.status", "=", "active"), "mandate.renewalDueAt", now, limit).execute(),
    async setTerms(id, patch) {
      await db.updateTable("mandate").set(patch).where("id", "=", id).execute();
    },
  };
}

import type { MandateRepo } from "../core/ports.js";
import { claimDue } from "./claim-due.js";
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

export function mandatesRepo(db: Db): MandateRepo {
  const select = () => db.selectFrom("mandate").select(columns);
  return {
    create: (input) => db.insertInto("mandate").values(input).returning(columns).executeTakeFirstOrThrow(),
    byId: (id) => select().where("mandate.id", "=", id).executeTakeFirst(),
    async list(filter) {
      let query = select()
        .innerJoin("circle", "circle.id", "mandate.circleId")
        .orderBy((eb) => eb.case().when("mandate.status", "=", "active").then(0).else(1).end())
        .orderBy("mandate.expiresAt")
        .orderBy("mandate.id");
      if (filter.circleId !== undefined) query = query.where("mandate.circleId", "=", filter.circleId);
      if (filter.federationId !== undefined)
        query = query.where("circle.federationId", "=", filter.federationId);
      if (!filter.includeEnded) query = query.where("mandate.status", "=", "active");
      return query.execute();
    },
    activeOf: (circleId, delegate) =>
      select()
        .where("mandate.circleId", "=", circleId)
        .where("mandate.delegate", "=", delegate)
        .where("mandate.status", "=", "active")
        .execute(),
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

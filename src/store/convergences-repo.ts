import type { ConvergenceRepo } from "../core/ports.js";
import { claimDue } from "./claim-due.js";
import type { Db } from "./db.js";

const columns = [
  "id",
  "federationId",
  "title",
  "cadence",
  "rrule",
  "timezone",
  "dtstart",
  "durationMinutes",
  "location",
  "agenda",
  "remindMinutes",
  "tellStory",
  "nextAt",
  "nextDueAt",
  "createdBy",
  "createdAt",
  "creatorCircleId",
  "cancelledAt",
] as const;

export function convergencesRepo(db: Db): ConvergenceRepo {
  const select = () => db.selectFrom("convergence").select(columns);
  return {
    create: (input) =>
      db.insertInto("convergence").values(input).returning(columns).executeTakeFirstOrThrow(),
    byId: (id) => select().where("id", "=", id).executeTakeFirst(),
    list: (federationId, withCancelled = false) => {
      let query = select().where("federationId", "=", federationId);
      if (!withCancelled) query = query.where("cancelledAt", "is", null);
      return query.orderBy("id").execute();
    },
    async setNext(id, next) {
      await db.updateTable("convergence").set(next).where("id", "=", id).execute();
    },
    async cancel(id, at) {
      await db
        .updateTable("convergence")
        .set({ cancelledAt: at, nextAt: null, nextDueAt: null })
        .where("id", "=", id)
        .execute();
    },
    claimDue: (now, limit) =>
      claimDue(select().where("cancelledAt", "is", null), "nextDueAt", now, limit, "id").execute(),
    async rsvp(id, occurrence, person, answer, at) {
      await db
        .insertInto("convergenceRsvp")
        .values({ convergenceId: id, occurrence, person, answer, at })
        .onConflict((oc) => oc.columns(["convergenceId", "occurrence", "person"]).doUpdateSet({ answer, at }))
        .execute();
    },
    rsvps: (id, occurrence) =>
      db
        .selectFrom("convergenceRsvp")
        .select(["person", "answer"])
        .where("convergenceId", "=", id)
        .where("occurrence", "=", occurrence)
        .orderBy("at")
        .execute(),
  };
}

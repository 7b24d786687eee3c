import { sql } from "kysely";
import type { RotationRepo } from "../core/ports.js";
import { claimDue } from "./claim-due.js";
import type { Db } from "./db.js";

const columns = [
  "id",
  "circleId",
  "federationId",
  "kind",
  "role",
  "domain",
  "cadence",
  "rrule",
  "timezone",
  "dtstart",
  "leadMinutes",
  "checklist",
  "nextTerm",
  "nextHandoffAt",
  "nextHeadsUpAt",
  "createdBy",
  "createdAt",
  "creatorCircleId",
  "archivedAt",
] as const;

const termColumns = [
  "rotationId",
  "term",
  "holder",
  "startsAt",
  "namedPerson",
  "headsUpAt",
  "announcedAt",
  "outgoing",
  "outgoingConfirmedAt",
  "incomingConfirmedAt",
  "reminders",
  "reannounceAt",
] as const;

export function rotationsRepo(db: Db): RotationRepo {
  const select = () => db.selectFrom("rotation").select(columns);
  return {
    create: (input) =>
      db
        .insertInto("rotation")
        .values({ ...input, checklist: JSON.stringify(input.checklist) })
        .returning(columns)
        .executeTakeFirstOrThrow(),
    byId: (id) => select().where("id", "=", id).executeTakeFirst(),
    find: (scope, role, domain) =>
      select()
        .where("archivedAt", "is", null)
        .where(sql<string>`lower(role)`, "=", role.toLowerCase())
        .where(sql<string>`lower(domain)`, "=", domain.toLowerCase())
        .where((eb) =>
          "circleId" in scope
            ? eb("circleId", "=", scope.circleId)
            : eb("federationId", "=", scope.federationId),
        )
        .executeTakeFirst(),
    list: (scope) =>
      select()
        .where("archivedAt", "is", null)
        .where((eb) =>
          "circleId" in scope
            ? eb("circleId", "=", scope.circleId)
            : eb("federationId", "=", scope.federationId),
        )
        .orderBy("role")
        .orderBy("domain")
        .execute(),
    update: (id, patch) => {
      const { checklist, ...rest } = patch;
      return db
        .updateTable("rotation")
        .set({ ...rest, ...(checklist ? { checklist: JSON.stringify(checklist) } : {}) })
        .where("id", "=", id)
        .returning(columns)
        .executeTakeFirstOrThrow();
    },
    terms: (rotationId) =>
      db
        .selectFrom("rotationTerm")
        .select(termColumns)
        .where("rotationId", "=", rotationId)
        .orderBy("term")
        .execute(),
    term: (rotationId, term) =>
      db
        .selectFrom("rotationTerm")
        .select(termColumns)
        .where("rotationId", "=", rotationId)
        .where("term", "=", term)
        .executeTakeFirst(),
    async saveTerm(term) {
      const { rotationId: _rotation, term: _number, ...rest } = term;
      await db
        .insertInto("rotationTerm")
        .values(term)
        .onConflict((oc) => oc.columns(["rotationId", "term"]).doUpdateSet(rest))
        .execute();
    },
    async dropPlannedTerms(rotationId, fromTerm) {
      await db
        .deleteFrom("rotationTerm")
        .where("rotationId", "=", rotationId)
        .where("term", ">=", fromTerm)
        .where("announcedAt", "is", null)
        .execute();
    },
    overrides: (rotationId) =>
      db
        .selectFrom("rotationOverride")
        .select(["term", "kind", "participant"])
        .where("rotationId", "=", rotationId)
        .orderBy("term")
        .execute(),
    async addOverride(rotationId, override, by, at) {
      await db
        .insertInto("rotationOverride")
        .values({ rotationId, ...override, createdBy: by, createdAt: at })
        .onConflict((oc) => oc.doNothing())
        .execute();
    },
    async removeOverrides(rotationId, term) {
      await db
        .deleteFrom("rotationOverride")
        .where("rotationId", "=", rotationId)
        .where("term", "=", term)
        .execute();
    },
    claimDue: (now, limit) =>
      select()
        .where("archivedAt", "is", null)
        .where((eb) => eb.or([eb("nextHeadsUpAt", "<=", now), eb("nextHandoffAt", "<=", now)]))
        .orderBy("id")
        .limit(limit)
        .forUpdate()
        .skipLocked()
        .execute(),
    claimReminders: (now, limit) =>
      claimDue(db.selectFrom("rotationTerm").select(termColumns), "reannounceAt", now, limit).execute(),
  };
}

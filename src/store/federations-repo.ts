import { nameKey } from "../core/names.js";
import type { FederationRepo } from "../core/ports.js";
import type { Db } from "./db.js";

/** A Federation's columns, for any query that returns federations. */
export const federationColumns = [
  "id",
  "name",
  "timezone",
  "announcePlace",
  "councilPlace",
  "createdBy",
  "createdAt",
  "decisionWindowMinutes",
  "mandateMaxDays",
  "language",
] as const;

export function federationsRepo(db: Db): FederationRepo {
  const select = () => db.selectFrom("federation").select(federationColumns);
  return {
    create: (input) =>
      db
        .insertInto("federation")
        .values({ ...input, nameKey: nameKey(input.name) })
        .returning(federationColumns)
        .executeTakeFirstOrThrow(),
    update: (id, patch) =>
      db
        .updateTable("federation")
        .set(patch)
        .where("id", "=", id)
        .returning(federationColumns)
        .executeTakeFirstOrThrow(),
    byName: (key) => select().where("nameKey", "=", nameKey(key)).executeTakeFirst(),
    byId: (id) => select().where("id", "=", id).executeTakeFirst(),
    byIds: (ids) => (ids.length ? select().where("id", "in", ids).execute() : Promise.resolve([])),
    list: () => select().orderBy("nameKey").execute(),
  };
}

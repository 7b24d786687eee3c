import { nameKey } from "../core/names.js";
import type { FederationRepo } from "../core/ports.js";
import { compiledOnce } from "./compiled.js";
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

const selectFederations = (db: Db) => db.selectFrom("federation").select(federationColumns);
const byNameKey = compiledOnce((db, key: string) => selectFederations(db).where("nameKey", "=", key));
const byId = compiledOnce((db, id: number) => selectFederations(db).where("id", "=", id));

export function federationsRepo(db: Db): FederationRepo {
  const select = () => selectFederations(db);
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
    byName: async (key) => (await byNameKey(db, nameKey(key)))[0],
    byId: async (id) => (await byId(db, id))[0],
    byIds: (ids) => (ids.length ? select().where("id", "in", ids).execute() : Promise.resolve([])),
    list: () => select().orderBy("nameKey").execute(),
  };
}

import { nameKey } from "../core/names.js";
import type { FederationRepo } from "../core/ports.js";
import type { Db } from "./db.js";

const columns = [
  "id",
  "name",
  "timezone",
  "announcePlace",
  "councilPlace",
  "createdBy",
  "createdAt",
] as const;

export function federationsRepo(db: Db): FederationRepo {
  const select = () => db.selectFrom("federation").select(columns);
  return {
    create: (input) =>
      db
        .insertInto("federation")
        .values({ ...input, nameKey: nameKey(input.name) })
        .returning(columns)
        .executeTakeFirstOrThrow(),
    byName: (key) => select().where("nameKey", "=", nameKey(key)).executeTakeFirst(),
    byId: (id) => select().where("id", "=", id).executeTakeFirst(),
    byIds: (ids) => (ids.length ? select().where("id", "in", ids).execute() : Promise.resolve([])),
    list: () => select().orderBy("nameKey").execute(),
  };
}

import { sql } from "kysely";
import type { Circle } from "../core/model.js";
import { nameKey } from "../core/names.js";
import type { CircleRepo } from "../core/ports.js";
import { compiledOnce } from "./compiled.js";
import type { Db } from "./db.js";

/** A Circle's columns, for any query that returns circles. */
export const circleColumns = [
  "id",
  "name",
  "purpose",
  "timezone",
  "homePlace",
  "open",
  "federationId",
  "createdBy",
  "createdAt",
  "recallQuorum",
  "recallThreshold",
  "decisionRule",
  "decisionWindowMinutes",
  "quiet",
  "language",
] as const;

const selectCircles = (db: Db) => db.selectFrom("circle").select(circleColumns);
const byNameKey = compiledOnce((db, key: string) => selectCircles(db).where("nameKey", "=", key));
const byId = compiledOnce((db, id: number) => selectCircles(db).where("id", "=", id));
const byHomePlace = compiledOnce((db, place: string) => selectCircles(db).where("homePlace", "=", place));

export function circlesRepo(db: Db): CircleRepo {
  const select = () => selectCircles(db);
  return {
    async create(input) {
      return db
        .insertInto("circle")
        .values({ ...input, nameKey: nameKey(input.name) })
        .returning(circleColumns)
        .executeTakeFirstOrThrow();
    },
    byName: async (key) => (await byNameKey(db, nameKey(key)))[0],
    byId: async (id) => (await byId(db, id))[0],
    byIds: (ids) => (ids.length ? select().where("id", "in", ids).execute() : Promise.resolve([])),
    byHomePlace: async (place) => (await byHomePlace(db, place))[0],
    async list(filter = {}) {
      let query = db
        .selectFrom("circle")
        .select(circleColumns.map((c) => `circle.${c}` as const))
        .select(
          sql<number>`(select count(*) from membership m where m.circle_id = circle.id)::int`.as("size"),
        )
        .orderBy("circle.nameKey");
      if (filter.federationId !== undefined)
        query = query.where("circle.federationId", "=", filter.federationId);
      return query.execute();
    },
    async update(id, patch): Promise<Circle> {
      return db
        .updateTable("circle")
        .set(patch)
        .where("id", "=", id)
        .returning(circleColumns)
        .executeTakeFirstOrThrow();
    },
  };
}

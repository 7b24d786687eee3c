import { sql } from "kysely";
import type { Circle } from "../core/model.js";
import { nameKey } from "../core/names.js";
import type { CircleRepo } from "../core/ports.js";
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

export function circlesRepo(db: Db): CircleRepo {
  const select = () => db.selectFrom("circle").select(circleColumns);
  return {
    async create(input) {
      return db
        .insertInto("circle")
        .values({ ...input, nameKey: nameKey(input.name) })
        .returning(circleColumns)
        .executeTakeFirstOrThrow();
    },
    byName: (key) => select().where("nameKey", "=", nameKey(key)).executeTakeFirst(),
    byId: (id) => select().where("id", "=", id).executeTakeFirst(),
    byIds: (ids) => (ids.length ? select().where("id", "in", ids).execute() : Promise.resolve([])),
    byHomePlace: (place) => select().where("homePlace", "=", place).executeTakeFirst(),
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

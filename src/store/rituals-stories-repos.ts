import { sql } from "kysely";
import type { RitualRepo, StoryRepo } from "../core/ports.js";
import { claimDue } from "./claim-due.js";
import type { Db } from "./db.js";

const ritualColumns = [
  "id",
  "federationId",
  "month",
  "day",
  "title",
  "announced",
  "nextDueAt",
  "createdBy",
  "createdAt",
  "creatorCircleId",
] as const;

export function ritualsRepo(db: Db): RitualRepo {
  const select = () => db.selectFrom("ritual").select(ritualColumns);
  return {
    add: (input) => db.insertInto("ritual").values(input).returning(ritualColumns).executeTakeFirstOrThrow(),
    byId: (id) => select().where("id", "=", id).executeTakeFirst(),
    list: (federationId) =>
      select()
        .where("federationId", "=", federationId)
        .orderBy("month")
        .orderBy("day")
        .orderBy("id")
        .execute(),
    async remove(id) {
      await db.deleteFrom("ritual").where("id", "=", id).execute();
    },
    async setAnnounced(id, announced, nextDueAt) {
      await db.updateTable("ritual").set({ announced, nextDueAt }).where("id", "=", id).execute();
    },
    async setNextDue(id, nextDueAt) {
      await db.updateTable("ritual").set({ nextDueAt }).where("id", "=", id).execute();
    },
    claimDue: (now, limit) =>
      claimDue(select().where("announced", "=", true), "nextDueAt", now, limit, "id").execute(),
  };
}

const storyColumns = [
  "id",
  "federationId",
  "title",
  "text",
  "founding",
  "told",
  "createdBy",
  "createdAt",
] as const;

export function storiesRepo(db: Db): StoryRepo {
  const select = () => db.selectFrom("story").select(storyColumns);
  return {
    async add(input) {
      if (input.founding)
        await db
          .updateTable("story")
          .set({ founding: false })
          .where("federationId", "=", input.federationId)
          .execute();
      return db.insertInto("story").values(input).returning(storyColumns).executeTakeFirstOrThrow();
    },
    async setFounding(federationId, id) {
      await db
        .updateTable("story")
        .set({ founding: sql<boolean>`id = ${id}` })
        .where("federationId", "=", federationId)
        .execute();
    },
    byId: (id) => select().where("id", "=", id).executeTakeFirst(),
    founding: (federationId) =>
      select().where("federationId", "=", federationId).where("founding", "=", true).executeTakeFirst(),
    list: (federationId) => select().where("federationId", "=", federationId).orderBy("id").execute(),
    async markTold(id) {
      await db
        .updateTable("story")
        .set((eb) => ({ told: eb("told", "+", 1) }))
        .where("id", "=", id)
        .execute();
    },
  };
}

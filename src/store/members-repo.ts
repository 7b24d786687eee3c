import type { MembershipRepo } from "../core/ports.js";
import { circleColumns } from "./circles-repo.js";
import type { Db } from "./db.js";

export function membersRepo(db: Db): MembershipRepo {
  return {
    async add(circleId, person, at) {
      await db
        .insertInto("membership")
        .values({ circleId, person, joinedAt: at })
        .onConflict((oc) => oc.doNothing())
        .execute();
    },
    async remove(circleId, person) {
      const result = await db
        .deleteFrom("membership")
        .where("circleId", "=", circleId)
        .where("person", "=", person)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
    async isMember(circleId, person) {
      const row = await db
        .selectFrom("membership")
        .select("person")
        .where("circleId", "=", circleId)
        .where("person", "=", person)
        .executeTakeFirst();
      return row !== undefined;
    },
    async list(circleId) {
      const rows = await db
        .selectFrom("membership")
        .select("person")
        .where("circleId", "=", circleId)
        .orderBy("joinedAt")
        .orderBy("person")
        .execute();
      return rows.map((r) => r.person);
    },
    async circlesOf(person, federationId) {
      let query = db
        .selectFrom("membership")
        .innerJoin("circle", "circle.id", "membership.circleId")
        .select(circleColumns.map((c) => `circle.${c}` as const))
        .where("membership.person", "=", person)
        .orderBy("circle.id");
      if (federationId !== undefined) query = query.where("circle.federationId", "=", federationId);
      return query.execute();
    },
    async count(circleId) {
      const row = await db
        .selectFrom("membership")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .where("circleId", "=", circleId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async invite(circleId, person, by, at) {
      await db
        .insertInto("invitation")
        .values({ circleId, person, invitedBy: by, invitedAt: at })
        .onConflict((oc) => oc.columns(["circleId", "person"]).doUpdateSet({ invitedBy: by, invitedAt: at }))
        .execute();
    },
    async isInvited(circleId, person) {
      const row = await db
        .selectFrom("invitation")
        .select("person")
        .where("circleId", "=", circleId)
        .where("person", "=", person)
        .executeTakeFirst();
      return row !== undefined;
    },
    async clearInvitation(circleId, person) {
      await db
        .deleteFrom("invitation")
        .where("circleId", "=", circleId)
        .where("person", "=", person)
        .execute();
    },
  };
}

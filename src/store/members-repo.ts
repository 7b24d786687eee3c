import type { MembershipRepo } from "../core/ports.js";
import { circleColumns } from "./circles-repo.js";
import { compiledOnce } from "./compiled.js";
import type { Db } from "./db.js";

const addMember = compiledOnce((db, circleId: number, person: string, at: Date) =>
  db
    .insertInto("membership")
    .values({ circleId, person, joinedAt: at })
    .onConflict((oc) => oc.doNothing()),
);
const memberRow = compiledOnce((db, circleId: number, person: string) =>
  db.selectFrom("membership").select("person").where("circleId", "=", circleId).where("person", "=", person),
);
const membersOf = compiledOnce((db, circleId: number) =>
  db
    .selectFrom("membership")
    .select("person")
    .where("circleId", "=", circleId)
    .orderBy("joinedAt")
    .orderBy("person"),
);
const memberCount = compiledOnce((db, circleId: number) =>
  db
    .selectFrom("membership")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("circleId", "=", circleId),
);
const invitationRow = compiledOnce((db, circleId: number, person: string) =>
  db.selectFrom("invitation").select("person").where("circleId", "=", circleId).where("person", "=", person),
);
const clearInvitation = compiledOnce((db, circleId: number, person: string) =>
  db.deleteFrom("invitation").where("circleId", "=", circleId).where("person", "=", person),
);

export function membersRepo(db: Db): MembershipRepo {
  return {
    async add(circleId, person, at) {
      await addMember(db, circleId, person, at);
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
      return (await memberRow(db, circleId, person)).length > 0;
    },
    async list(circleId) {
      return (await membersOf(db, circleId)).map((r) => r.person);
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
      return Number((await memberCount(db, circleId))[0]?.n ?? 0);
    },
    async invite(circleId, person, by, at) {
      await db
        .insertInto("invitation")
        .values({ circleId, person, invitedBy: by, invitedAt: at })
        .onConflict((oc) => oc.columns(["circleId", "person"]).doUpdateSet({ invitedBy: by, invitedAt: at }))
        .execute();
    },
    async isInvited(circleId, person) {
      return (await invitationRow(db, circleId, person)).length > 0;
    },
    async clearInvitation(circleId, person) {
      await clearInvitation(db, circleId, person);
    },
  };
}

import type { CountRepo } from "../core/ports.js";
import type { Db } from "./db.js";

/** Counts the limits compare against (see core/limits.ts): each one indexed query. */
export function countsRepo(db: Db): CountRepo {
  const count = async (query: { executeTakeFirstOrThrow(): Promise<{ n: string | number | bigint }> }) =>
    Number((await query.executeTakeFirstOrThrow()).n);
  return {
    circlesFoundedBy: (person) =>
      count(
        db
          .selectFrom("circle")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("createdBy", "=", person),
      ),
    federationsFoundedBy: (person) =>
      count(
        db
          .selectFrom("federation")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("createdBy", "=", person),
      ),
    openPolls: (circleId) =>
      count(
        db
          .selectFrom("poll")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("circleId", "=", circleId)
          .where("closedAt", "is", null),
      ),
    openProposals(scope) {
      let query = db
        .selectFrom("proposal")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .where("status", "=", "open");
      if ("circleId" in scope) query = query.where("circleId", "=", scope.circleId);
      else if ("federationId" in scope) query = query.where("federationId", "=", scope.federationId);
      else query = query.where("proposedBy", "=", scope.proposedBy);
      return count(query);
    },
    liveRotations(scope) {
      let query = db
        .selectFrom("rotation")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .where("archivedAt", "is", null);
      query =
        "circleId" in scope
          ? query.where("circleId", "=", scope.circleId)
          : query.where("federationId", "=", scope.federationId);
      return count(query);
    },
    liveConvergences: (federationId) =>
      count(
        db
          .selectFrom("convergence")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("federationId", "=", federationId)
          .where("cancelledAt", "is", null)
          .where("nextAt", "is not", null),
      ),
    openRequests: (circleId) =>
      count(
        db
          .selectFrom("aidRequest")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("circleId", "=", circleId)
          .where("status", "in", ["open", "accepted"]),
      ),
    invitations: (circleId) =>
      count(
        db
          .selectFrom("invitation")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("circleId", "=", circleId),
      ),
  };
}

import type { PollRepo } from "../core/ports.js";
import { claimDue } from "./claim-due.js";
import type { Db } from "./db.js";

const columns = [
  "id",
  "circleId",
  "kind",
  "question",
  "options",
  "quorum",
  "threshold",
  "secret",
  "place",
  "mandateId",
  "openedBy",
  "opensAt",
  "closesAt",
  "closedAt",
  "result",
] as const;

export function pollsRepo(db: Db): PollRepo {
  const select = () => db.selectFrom("poll").select(columns);
  return {
    async create(input, voters) {
      const poll = await db
        .insertInto("poll")
        .values({ ...input, options: JSON.stringify(input.options) })
        .returning(columns)
        .executeTakeFirstOrThrow();
      if (voters.length > 0) {
        await db
          .insertInto("pollVoter")
          .values(voters.map((person) => ({ pollId: poll.id, person, choice: null, votedAt: null })))
          .execute();
      }
      return poll;
    },
    byId: (id) => select().where("id", "=", id).executeTakeFirst(),
    list: (filter) => {
      if (filter.circleIds.length === 0) return Promise.resolve([]);
      let query = select().where("circleId", "in", filter.circleIds).orderBy("id", "desc").limit(50);
      if (filter.openOnly) query = query.where("closedAt", "is", null);
      return query.execute();
    },
    async vote(pollId, voter, choice, at) {
      const row = await db
        .updateTable("pollVoter")
        .set({ choice, votedAt: at })
        .where("pollId", "=", pollId)
        .where("person", "=", voter)
        .returning("person")
        .executeTakeFirst();
      return row !== undefined;
    },
    async withdraw(pollId, voter, onlyChoice) {
      let query = db
        .updateTable("pollVoter")
        .set({ choice: null, votedAt: null })
        .where("pollId", "=", pollId)
        .where("person", "=", voter)
        .where("choice", "is not", null);
      if (onlyChoice !== undefined) query = query.where("choice", "=", onlyChoice);
      const row = await query.returning("person").executeTakeFirst();
      return row !== undefined;
    },
    async ballots(pollId) {
      const rows = await db
        .selectFrom("pollVoter")
        .select(["person", "choice", "votedAt"])
        .where("pollId", "=", pollId)
        .orderBy("person")
        .execute();
      return {
        eligible: rows.map((r) => r.person),
        ballots: rows.flatMap((r) =>
          r.choice !== null && r.votedAt !== null
            ? [{ voter: r.person, choice: r.choice, at: r.votedAt }]
            : [],
        ),
      };
    },
    openRecall: (mandateId) =>
      select()
        .where("kind", "=", "recall")
        .where("mandateId", "=", mandateId)
        .where("closedAt", "is", null)
        .executeTakeFirst(),
    claimClosing: (now, limit) =>
      claimDue(select().where("closedAt", "is", null), "closesAt", now, limit).execute(),
    async close(id, at, result) {
      await db
        .updateTable("poll")
        .set({ closedAt: at, result: JSON.stringify(result) })
        .where("id", "=", id)
        .execute();
    },
  };
}

import type { ProposalRepo } from "../core/ports.js";
import { claimDue } from "./claim-due.js";
import type { Db } from "./db.js";

const columns = [
  "id",
  "circleId",
  "federationId",
  "rule",
  "stage",
  "title",
  "command",
  "reason",
  "concerned",
  "place",
  "proposedBy",
  "proposerVoice",
  "opensAt",
  "closesAt",
  "remindAt",
  "status",
  "closedAt",
  "outcome",
] as const;

export function proposalsRepo(db: Db): ProposalRepo {
  const select = () => db.selectFrom("proposal").select(columns);
  return {
    async create(input, voices) {
      const proposal = await db
        .insertInto("proposal")
        .values({ ...input, command: input.command ? JSON.stringify(input.command) : null })
        .returning(columns)
        .executeTakeFirstOrThrow();
      if (voices.length > 0) {
        await db
          .insertInto("proposalVoice")
          .values(
            [...new Set(voices)].map((voice) => ({
              proposalId: proposal.id,
              voice,
              answer: null,
              answeredBy: null,
              answeredAt: null,
            })),
          )
          .execute();
      }
      return proposal;
    },
    byId: (id) => select().where("id", "=", id).executeTakeFirst(),
    lock: (id) => select().where("id", "=", id).where("status", "=", "open").forUpdate().executeTakeFirst(),
    list(filter) {
      let query = select().orderBy("id", "desc").limit(50);
      if (filter.circleIds !== undefined && filter.federationId !== undefined) {
        const { circleIds, federationId } = filter;
        query = query.where((eb) =>
          eb.or([
            eb("federationId", "=", federationId),
            ...(circleIds.length ? [eb("circleId", "in", circleIds)] : []),
          ]),
        );
      } else if (filter.circleIds !== undefined) {
        if (filter.circleIds.length === 0) return Promise.resolve([]);
        query = query.where("circleId", "in", filter.circleIds);
      } else if (filter.federationId !== undefined) {
        query = query.where("federationId", "=", filter.federationId);
      }
      if (filter.openOnly) query = query.where("status", "=", "open");
      return query.execute();
    },
    voices: (id) =>
      db
        .selectFrom("proposalVoice")
        .select(["voice", "answer", "reason", "answeredBy", "answeredAt"])
        .where("proposalId", "=", id)
        .orderBy("voice")
        .execute(),
    async answer(id, voice, { answer, reason, by, at }) {
      const row = await db
        .updateTable("proposalVoice")
        .set({ answer, reason, answeredBy: by, answeredAt: at })
        .where("proposalId", "=", id)
        .where("voice", "=", voice)
        .returning("voice")
        .executeTakeFirst();
      return row !== undefined;
    },
    async update(id, patch) {
      const { outcome, ...rest } = patch;
      await db
        .updateTable("proposal")
        .set({ ...rest, ...(outcome !== undefined ? { outcome: outcome && JSON.stringify(outcome) } : {}) })
        .where("id", "=", id)
        .execute();
    },
    claimClosing: (now, limit) =>
      claimDue(select().where("status", "=", "open"), "closesAt", now, limit, "id").execute(),
    claimReminders: (now, limit) =>
      claimDue(
        select().where("status", "=", "open").where("remindAt", "is not", null),
        "remindAt",
        now,
        limit,
        "id",
      ).execute(),
  };
}

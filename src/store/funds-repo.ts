import type { FundRepo, LevyRuleRecord } from "../core/treasury-ports.js";
import type { Db } from "./db.js";

const fundColumns = ["id", "federationId", "name", "unit", "purpose", "createdBy", "createdAt"] as const;
const levyColumns = [
  "id",
  "federationId",
  "fundId",
  "unit",
  "rateBp",
  "threshold",
  "createdAt",
  "endedAt",
] as const;

function levyOf(row: {
  id: number;
  federationId: number;
  fundId: number;
  unit: string;
  rateBp: number;
  threshold: string;
  createdAt: Date;
  endedAt: Date | null;
}): LevyRuleRecord {
  return { ...row, threshold: BigInt(row.threshold) };
}

/** Common funds and the solidarity levy rules that feed them. */
export function fundsRepo(db: Db): FundRepo {
  const funds = () => db.selectFrom("fund").select(fundColumns);
  const levies = () => db.selectFrom("levyRule").select(levyColumns);
  return {
    create: ({ proposalId, ...input }) =>
      db
        .insertInto("fund")
        .values({ ...input, proposalId })
        .returning(fundColumns)
        .executeTakeFirstOrThrow(),
    byName: (federationId, nameKey) =>
      funds().where("federationId", "=", federationId).where("nameKey", "=", nameKey).executeTakeFirst(),
    byId: (id) => funds().where("id", "=", id).executeTakeFirst(),
    list: (federationId) => funds().where("federationId", "=", federationId).orderBy("name").execute(),
    async activeLevy(federationId, unit) {
      const row = await levies()
        .where("federationId", "=", federationId)
        .where("unit", "=", unit)
        .where("endedAt", "is", null)
        .executeTakeFirst();
      return row && levyOf(row);
    },
    async levyById(id) {
      const row = await levies().where("id", "=", id).executeTakeFirst();
      return row && levyOf(row);
    },
    async levies(federationId) {
      const rows = await levies()
        .where("federationId", "=", federationId)
        .where("endedAt", "is", null)
        .orderBy("unit")
        .execute();
      return rows.map(levyOf);
    },
    async setLevy({ createdAt, createdBy, proposalId, ...rule }) {
      await db
        .updateTable("levyRule")
        .set({ endedAt: createdAt })
        .where("federationId", "=", rule.federationId)
        .where("unit", "=", rule.unit)
        .where("endedAt", "is", null)
        .execute();
      if (rule.rateBp === 0) return undefined;
      const row = await db
        .insertInto("levyRule")
        .values({
          federationId: rule.federationId,
          fundId: rule.fundId,
          unit: rule.unit,
          rateBp: rule.rateBp,
          threshold: rule.threshold,
          createdAt,
          createdBy,
          proposalId,
        })
        .returning(levyColumns)
        .executeTakeFirstOrThrow();
      return levyOf(row);
    },
  };
}

import { sql } from "kysely";
import type { Budget, BudgetRepo } from "../core/treasury-ports.js";
import type { Db } from "./db.js";

/** Budgets with their lines and what expenses have spent against each (net of reversals). */
export function budgetsRepo(db: Db): BudgetRepo {
  const load = async (where: { circleId: number; nameKey?: string }): Promise<Budget[]> => {
    let query = db
      .selectFrom("budget")
      .select(["id", "circleId", "name", "unit"])
      .where("circleId", "=", where.circleId)
      .orderBy("id", "desc")
      .limit(20);
    if (where.nameKey !== undefined) query = query.where("nameKey", "=", where.nameKey);
    const budgets = await query.execute();
    if (budgets.length === 0) return [];
    const lines = await db
      .selectFrom("budgetLine as b")
      .select([
        "b.id",
        "b.budgetId",
        "b.name",
        "b.planned",
        sql<string>`coalesce((select sum(l.amount) from journal_line l where l.budget_line_id = b.id), 0)`.as(
          "spent",
        ),
      ])
      .where(
        "b.budgetId",
        "in",
        budgets.map((b) => b.id),
      )
      .orderBy("b.id")
      .execute();
    return budgets.map((budget) => ({
      ...budget,
      lines: lines
        .filter((l) => l.budgetId === budget.id)
        .map((l) => ({ ...l, planned: BigInt(l.planned), spent: BigInt(l.spent) })),
    }));
  };
  return {
    async upsert(input) {
      await db
        .insertInto("budget")
        .values({
          circleId: input.circleId,
          name: input.name,
          nameKey: input.nameKey,
          unit: input.unit,
          createdBy: input.createdBy,
          createdAt: input.createdAt,
        })
        .onConflict((oc) => oc.columns(["circleId", "nameKey"]).doNothing())
        .execute();
      const budget = await db
        .selectFrom("budget")
        .select("id")
        .where("circleId", "=", input.circleId)
        .where("nameKey", "=", input.nameKey)
        .executeTakeFirstOrThrow();
      for (const line of input.lines) {
        await db
          .insertInto("budgetLine")
          .values({ budgetId: budget.id, name: line.name, nameKey: line.nameKey, planned: line.planned })
          .onConflict((oc) => oc.columns(["budgetId", "nameKey"]).doUpdateSet({ planned: line.planned }))
          .execute();
      }
      const [loaded] = await load({ circleId: input.circleId, nameKey: input.nameKey });
      if (!loaded) throw new Error(`budget ${input.name} vanished`);
      return loaded;
    },
    async byName(circleId, nameKey) {
      return (await load({ circleId, nameKey }))[0];
    },
    list: (circleId) => load({ circleId }),
  };
}

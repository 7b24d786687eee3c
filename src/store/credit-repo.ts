import type { CreditRepo } from "../core/treasury-ports.js";
import type { Db } from "./db.js";

/** Mutual-credit pools: their unit, default limit and each circle's own limit and balance. */
export function creditRepo(db: Db): CreditRepo {
  return {
    async pool(federationId) {
      const row = await db
        .selectFrom("creditPool")
        .select(["federationId", "unit", "defaultLimit"])
        .where("federationId", "=", federationId)
        .executeTakeFirst();
      return row && { ...row, defaultLimit: BigInt(row.defaultLimit) };
    },
    async setPool(pool, at) {
      await db
        .insertInto("creditPool")
        .values({ ...pool, createdAt: at })
        .onConflict((oc) =>
          oc.column("federationId").doUpdateSet({ unit: pool.unit, defaultLimit: pool.defaultLimit }),
        )
        .execute();
      // Accounts opened in another unit before any payment follow the pool's unit.
      await db
        .updateTable("account")
        .set({ unit: pool.unit })
        .where("kind", "=", "credit")
        .where("federationId", "=", pool.federationId)
        .where("unit", "<>", pool.unit)
        .execute();
    },
    async setLimit(federationId, circleId, limit) {
      const pool = await db
        .selectFrom("creditPool")
        .select("unit")
        .where("federationId", "=", federationId)
        .executeTakeFirstOrThrow();
      await db
        .insertInto("account")
        .values({ kind: "credit", unit: pool.unit, federationId, circleId, creditLimit: limit })
        .onConflict((oc) => oc.doNothing())
        .execute();
      await db
        .updateTable("account")
        .set({ creditLimit: limit })
        .where("kind", "=", "credit")
        .where("federationId", "=", federationId)
        .where("circleId", "=", circleId)
        .execute();
    },
    async standings(federationId) {
      const rows = await db
        .selectFrom("account")
        .select(["id", "circleId", "balance", "creditLimit"])
        .where("kind", "=", "credit")
        .where("federationId", "=", federationId)
        .orderBy("id")
        .execute();
      return rows.map((row) => ({
        circleId: row.circleId ?? 0,
        accountId: row.id,
        balance: BigInt(row.balance),
        ownLimit: row.creditLimit === null ? null : BigInt(row.creditLimit),
      }));
    },
    async hasPayments(federationId) {
      const row = await db
        .selectFrom("journalEntry")
        .select("id")
        .where("kind", "=", "credit")
        .where("federationId", "=", federationId)
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}

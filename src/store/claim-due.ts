import { type SelectQueryBuilder, type StringReference, sql } from "kysely";

/**
 * How every sweep claims due work: narrows `query` to the rows whose `column` moment has come by
 * `now`, earliest first (ties in `thenBy` order), at most `limit`, locked for this transaction
 * and skipping rows another transaction holds, so concurrent sweeps never take the same row.
 */
export function claimDue<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  column: StringReference<DB, TB>,
  now: Date,
  limit: number,
  thenBy?: StringReference<DB, TB>,
): SelectQueryBuilder<DB, TB, O> {
  const moment = sql.ref(column);
  const ordered = query.where(sql<boolean>`${moment} <= ${now}`).orderBy(moment);
  return (thenBy ? ordered.orderBy(sql.ref(thenBy)) : ordered).limit(limit).forUpdate().skipLocked();
}

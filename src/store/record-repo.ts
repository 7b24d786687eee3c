import { type RawBuilder, sql } from "kysely";
import type { HistoryEntry, HistoryFilter, RecordRepo } from "../core/record-ports.js";
import type { Db } from "./db.js";

/** The audit log read back, name consent, convergence agendas and minutes, page settings. */
export function recordRepo(db: Db): RecordRepo {
  return {
    history: (scope, filter) =>
      "circleId" in scope
        ? history(db, [scope.circleId], null, filter)
        : history(db, scope.circleIds, scope.federationId, filter),
    async showsName(person) {
      const row = await db
        .selectFrom("personPreference")
        .select("showName")
        .where("person", "=", person)
        .executeTakeFirst();
      return row?.showName ?? false;
    },
    async setShowName(person, show, at) {
      await db
        .insertInto("personPreference")
        .values({ person, showName: show, updatedAt: at })
        .onConflict((oc) => oc.column("person").doUpdateSet({ showName: show, updatedAt: at }))
        .execute();
    },
    async namesShown(people) {
      if (people.length === 0) return new Set();
      const rows = await db
        .selectFrom("personPreference")
        .select("person")
        .where("person", "in", [...new Set(people)])
        .where("showName", "=", true)
        .execute();
      return new Set(rows.map((r) => r.person));
    },
    addAgendaItem: (item) =>
      db.insertInto("convergenceAgendaItem").values(item).returningAll().executeTakeFirstOrThrow(),
    agenda(convergenceId, occurrenceAt) {
      let query = db
        .selectFrom("convergenceAgendaItem")
        .selectAll()
        .where("convergenceId", "=", convergenceId)
        .orderBy("occurrenceAt")
        .orderBy("id");
      if (occurrenceAt) query = query.where("occurrenceAt", "=", occurrenceAt);
      return query.execute();
    },
    async saveMinutes(minutes) {
      const before = await db
        .selectFrom("convergenceMinutes")
        .select("id")
        .where("convergenceId", "=", minutes.convergenceId)
        .where("occurrenceAt", "=", minutes.occurrenceAt)
        .executeTakeFirst();
      await db
        .insertInto("convergenceMinutes")
        .values(minutes)
        .onConflict((oc) =>
          oc.columns(["convergenceId", "occurrenceAt"]).doUpdateSet({
            text: minutes.text,
            link: minutes.link,
            recordedBy: minutes.recordedBy,
            recordedAt: minutes.recordedAt,
          }),
        )
        .execute();
      return { replaced: before !== undefined };
    },
    minutes: (convergenceId) =>
      db
        .selectFrom("convergenceMinutes")
        .selectAll()
        .where("convergenceId", "=", convergenceId)
        .orderBy("occurrenceAt", "desc")
        .execute(),
    async linkDecisions(convergenceId, occurrenceAt, proposalIds) {
      if (proposalIds.length === 0) return;
      await db
        .insertInto("convergenceDecision")
        .values(proposalIds.map((proposalId) => ({ convergenceId, occurrenceAt, proposalId })))
        .onConflict((oc) => oc.columns(["convergenceId", "proposalId"]).doUpdateSet({ occurrenceAt }))
        .execute();
    },
    linkedDecisions: (convergenceId) =>
      db
        .selectFrom("convergenceDecision")
        .select(["occurrenceAt", "proposalId"])
        .where("convergenceId", "=", convergenceId)
        .orderBy("occurrenceAt")
        .orderBy("proposalId")
        .execute(),
    async page(federationId) {
      const row = await db
        .selectFrom("federation")
        .select(["pageVisibility", "pageKey"])
        .where("id", "=", federationId)
        .executeTakeFirstOrThrow();
      return { visibility: row.pageVisibility, key: row.pageKey };
    },
    async setPageVisibility(federationId, visibility) {
      await db
        .updateTable("federation")
        .set({ pageVisibility: visibility })
        .where("id", "=", federationId)
        .execute();
    },
    async renewPageKey(federationId) {
      await sql`update federation
                set page_key = replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '')
                where id = ${federationId}`.execute(db);
    },
  };
}

/**
 * One page of history. Each source (the federation's own rows, each circle's rows) is read
 * newest first along its (scope, at, id) index and cut at `limit`, then the sources are merged:
 * a page costs at most (circles + 1) × limit index rows, however long the log. A row of a
 * federation's circle that also names the federation is read twice and kept once.
 */
async function history(
  db: Db,
  circleIds: readonly number[],
  federationId: number | null,
  filter: HistoryFilter,
): Promise<HistoryEntry[]> {
  const limit = Math.max(1, Math.min(filter.limit, 200));
  const conditions: RawBuilder<unknown>[] = [];
  if (filter.kind) conditions.push(sql`a.action like ${`${filter.kind}.%`}`);
  if (filter.person) {
    const p = filter.person;
    conditions.push(
      sql`(a.actor = ${p} or a.details->>'person' = ${p} or a.details->>'delegate' = ${p} or a.details->>'with' = ${p})`,
      sql`not (a.details ? 'secret')`,
    );
  }
  if (filter.from) conditions.push(sql`a.at >= ${filter.from}`);
  if (filter.until) conditions.push(sql`a.at < ${filter.until}`);
  if (filter.beforeId !== undefined) {
    const cursor = filter.beforeId;
    conditions.push(sql`(a.at, a.id) < (select c.at, c.id from audit_log c where c.id = ${cursor})`);
  }
  const where = conditions.length ? sql`and ${sql.join(conditions, sql` and `)}` : sql``;
  const ownRows =
    federationId === null
      ? sql``
      : sql`(select a.* from audit_log a where a.federation_id = ${federationId} ${where}
             order by a.at desc, a.id desc limit ${limit}) union`;
  const { rows } = await sql<HistoryEntry>`
    select e.id, e.at, e.actor, e.action, e.circle_id as "circleId", e.federation_id as "federationId",
           c.name as "circleName", f.name as "federationName", p.title as "proposalTitle", e.details
    from (
      ${ownRows}
      (select s.* from unnest(${[...circleIds]}::int[]) as scope(id)
       cross join lateral (
         select a.* from audit_log a where a.circle_id = scope.id ${where}
         order by a.at desc, a.id desc limit ${limit}
       ) s)
    ) e
    left join circle c on c.id = e.circle_id
    left join federation f on f.id = e.federation_id
    left join proposal p on p.id = case when jsonb_typeof(e.details->'proposalId') = 'number'
                                        then (e.details->>'proposalId')::int end
    order by e.at desc, e.id desc
    limit ${limit}`.execute(db);
  return rows.map((r) => ({ ...r, at: new Date(r.at) }));
}

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

/** The subject an audit row names, as its index (migrations/0012) has it. */
const SUBJECT = sql`coalesce(a.details->>'person', a.details->>'delegate', a.details->>'with')`;

/**
 * One page of history. Each source (the federation's own rows, each circle's rows) is read
 * newest first along the index that matches the filter — (scope, at), (scope, kind, at),
 * (scope, actor, at) or (scope, subject, at) — and cut at `limit`; the sources are then merged.
 * A page costs at most (circles + 1) × branches × limit index rows however long the log, and
 * the other filters only narrow what those scans return. A row read twice (a circle's row that
 * also names the federation, a person both actor and subject) is kept once.
 */
async function history(
  db: Db,
  circleIds: readonly number[],
  federationId: number | null,
  filter: HistoryFilter,
): Promise<HistoryEntry[]> {
  const limit = Math.max(1, Math.min(filter.limit, 200));
  const common: RawBuilder<unknown>[] = [];
  if (filter.kind) common.push(sql`split_part(a.action, '.', 1) = ${filter.kind}`);
  if (filter.from) common.push(sql`a.at >= ${filter.from}`);
  if (filter.until) common.push(sql`a.at < ${filter.until}`);
  if (filter.beforeId !== undefined) {
    const cursor = await db
      .selectFrom("auditLog")
      .select(["at", "id"])
      .where("id", "=", filter.beforeId)
      .executeTakeFirst();
    if (!cursor) return [];
    common.push(sql`(a.at, a.id) < (${cursor.at}::timestamptz, ${cursor.id}::int)`);
  }
  // With a person, two index-aligned branches: what they did, and what names them; never a
  // secret poll's ballot, which would tell whether they voted.
  const branches: RawBuilder<unknown>[][] = filter.person
    ? [
        [sql`a.actor = ${filter.person}`, sql`not (a.details ? 'secret')`],
        [sql`${SUBJECT} = ${filter.person}`],
      ]
    : [[]];
  const where = (extra: RawBuilder<unknown>[]) => {
    const all = [...common, ...extra];
    return all.length ? sql`and ${sql.join(all, sql` and `)}` : sql``;
  };
  const sources: RawBuilder<unknown>[] = [];
  for (const branch of branches) {
    if (federationId !== null)
      sources.push(sql`(select a.* from audit_log a where a.federation_id = ${federationId} ${where(branch)}
                        order by a.at desc, a.id desc limit ${limit})`);
    sources.push(sql`(select s.* from unnest(${[...circleIds]}::int[]) as scope(id)
                      cross join lateral (
                        select a.* from audit_log a where a.circle_id = scope.id ${where(branch)}
                        order by a.at desc, a.id desc limit ${limit}
                      ) s)`);
  }
  // Each source must be read along its index, newest first, stopping at the page's length. With
  // a filter the planner may misjudge how many rows match (an expression's statistics are not
  // always there yet) and choose a bitmap scan that fetches every match before sorting: tens of
  // thousands of rows for a busy kind. Ruled out for this read-only command's transaction.
  await sql`set local enable_bitmapscan = off`.execute(db);
  const { rows } = await sql<HistoryEntry>`
    select e.id, e.at, e.actor, e.action, e.circle_id as "circleId", e.federation_id as "federationId",
           c.name as "circleName", f.name as "federationName", p.title as "proposalTitle", e.details
    from (${sql.join(sources, sql` union `)}) e
    left join circle c on c.id = e.circle_id
    left join federation f on f.id = e.federation_id
    left join proposal p on p.id = case when jsonb_typeof(e.details->'proposalId') = 'number'
                                        then (e.details->>'proposalId')::int end
    order by e.at desc, e.id desc
    limit ${limit}`.execute(db);
  return rows.map((r) => ({ ...r, at: new Date(r.at) }));
}

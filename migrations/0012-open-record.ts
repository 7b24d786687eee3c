import { type Kysely, sql } from "kysely";

/**
 * The open record (issue 15): the audit log read as history (indexes for paging a circle's or a
 * federation's log newest first); who agreed to have their handle shown in exports and public
 * pages; a federation's page visibility and the key its signed links are made with; agendas,
 * minutes and the decisions linked to each occurrence of a convergence; and why a mandate ended
 * as a code plus the decision that ended it, instead of an English sentence.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One index per way history reads a scope (a circle's rows, a federation's rows), each in the
  // order pages are read, so a page costs at most its length in index rows per scope: all rows;
  // one kind (the action's group); what one person did; what names one person.
  for (const scope of ["circle_id", "federation_id"]) {
    const name = scope === "circle_id" ? "circle" : "federation";
    for (const [suffix, key] of [
      ["at", ""],
      ["kind", "split_part(action, '.', 1), "],
      ["actor", "actor, "],
      ["subject", "(coalesce(details->>'person', details->>'delegate', details->>'with')), "],
    ]) {
      await sql
        .raw(
          `create index audit_${name}_${suffix}_idx on audit_log (${scope}, ${key}at, id) where ${scope} is not null`,
        )
        .execute(db);
    }
  }
  await db.schema.dropIndex("audit_circle_idx").execute();
  // Votes of secret polls say so in their audit row: history shows them without the voter.
  await sql`update audit_log a set details = a.details || '{"secret": true}'::jsonb
            from poll p
            where a.action in ('poll.vote', 'poll.unvote') and p.secret
              and p.id = (a.details->>'pollId')::int`.execute(db);

  await db.schema
    .createTable("person_preference")
    .addColumn("person", "text", (c) => c.primaryKey())
    .addColumn("show_name", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .execute();

  await db.schema
    .alterTable("federation")
    .addColumn("page_visibility", "text", (c) =>
      c.notNull().defaultTo("members").check(sql`page_visibility in ('off', 'members', 'public')`),
    )
    .addColumn("page_key", "text", (c) =>
      c
        .notNull()
        .defaultTo(
          sql`replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '')`,
        ),
    )
    .execute();

  await db.schema
    .createTable("convergence_agenda_item")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("convergence_id", "integer", (c) => c.notNull().references("convergence.id"))
    .addColumn("occurrence_at", "timestamptz", (c) => c.notNull())
    .addColumn("circle_id", "integer", (c) => c.references("circle.id"))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("added_by", "text", (c) => c.notNull())
    .addColumn("added_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("convergence_agenda_idx")
    .on("convergence_agenda_item")
    .columns(["convergence_id", "occurrence_at", "id"])
    .execute();

  await db.schema
    .createTable("convergence_minutes")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("convergence_id", "integer", (c) => c.notNull().references("convergence.id"))
    .addColumn("occurrence_at", "timestamptz", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("link", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("recorded_by", "text", (c) => c.notNull())
    .addColumn("recorded_at", "timestamptz", (c) => c.notNull())
    .addUniqueConstraint("convergence_minutes_occurrence", ["convergence_id", "occurrence_at"])
    .execute();

  await db.schema
    .createTable("convergence_decision")
    .addColumn("convergence_id", "integer", (c) => c.notNull().references("convergence.id"))
    .addColumn("occurrence_at", "timestamptz", (c) => c.notNull())
    .addColumn("proposal_id", "integer", (c) => c.notNull().references("proposal.id"))
    .addPrimaryKeyConstraint("convergence_decision_pk", ["convergence_id", "proposal_id"])
    .execute();

  await db.schema.alterTable("mandate").addColumn("end_decision", "text").execute();
  await sql`update mandate set end_reason = case
              when end_reason = 'mandate period ended' then 'expired'
              when end_reason like 'recalled by the circle%' then 'recalled'
              when end_reason = 'renounced by the delegate' then 'renounced'
              when end_reason = 'delegate left the circle' then 'left'
              when end_reason = 'removed by the circle' then 'removed'
              else end_reason end,
            end_decision = case
              when end_reason like 'recalled by the circle (poll #%)'
                then 'poll:' || substring(end_reason from '#(\\d+)')
              end
            where end_reason is not null`.execute(db);
  // A removal's decision is on its audit row, which lists the mandates it ended.
  await sql`update mandate m set end_decision = 'proposal:' || (a.details->>'proposalId')
            from audit_log a
            where m.end_reason = 'removed' and a.action = 'circle.remove'
              and a.details ? 'proposalId' and a.details->'endedMandates' @> to_jsonb(m.id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("mandate").dropColumn("end_decision").execute();
  await db.schema.dropTable("convergence_decision").execute();
  await db.schema.dropTable("convergence_minutes").execute();
  await db.schema.dropTable("convergence_agenda_item").execute();
  await db.schema.alterTable("federation").dropColumn("page_visibility").dropColumn("page_key").execute();
  await db.schema.dropTable("person_preference").execute();
  await db.schema.createIndex("audit_circle_idx").on("audit_log").columns(["circle_id", "at"]).execute();
  for (const name of ["circle", "federation"])
    for (const suffix of ["at", "kind", "actor", "subject"])
      await sql.raw(`drop index audit_${name}_${suffix}_idx`).execute(db);
}

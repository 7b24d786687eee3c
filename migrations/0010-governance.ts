import { type Kysely, sql } from "kysely";

/**
 * Circle and federation decisions: proposals, their voices (the electorate as it was when each
 * opened) and the rules a circle or federation decides by; which circle created a federation's
 * convergences, calendar days and rotations (that circle may change them; anyone else needs a
 * federation decision).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("circle")
    .addColumn("decision_rule", "text", (c) =>
      c.notNull().defaultTo("consent").check(sql`decision_rule in ('consent', 'majority')`),
    )
    .addColumn("decision_window_minutes", "integer", (c) =>
      c.notNull().defaultTo(2880).check(sql`decision_window_minutes between 720 and 20160`),
    )
    .execute();
  await db.schema
    .alterTable("federation")
    .addColumn("decision_window_minutes", "integer", (c) =>
      c.notNull().defaultTo(10080).check(sql`decision_window_minutes between 720 and 20160`),
    )
    .addColumn("mandate_max_days", "integer", (c) =>
      c.notNull().defaultTo(183).check(sql`mandate_max_days between 1 and 366`),
    )
    .execute();
  // Recall rules already set beyond the new bounds are brought back within them.
  await sql`update circle set recall_quorum = least(recall_quorum, 0.5), recall_threshold = least(recall_threshold, 0.5)`.execute(
    db,
  );
  for (const table of ["convergence", "ritual", "rotation"]) {
    await db.schema
      .alterTable(table)
      .addColumn("creator_circle_id", "integer", (c) => c.references("circle.id").onDelete("set null"))
      .execute();
  }

  await db.schema
    .createTable("proposal")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("circle_id", "integer", (c) => c.references("circle.id"))
    .addColumn("federation_id", "integer", (c) => c.references("federation.id"))
    .addColumn("rule", "text", (c) => c.notNull().check(sql`rule in ('consent', 'majority', 'acceptance')`))
    .addColumn("stage", "text", (c) =>
      c.notNull().defaultTo("consent").check(sql`stage in ('consent', 'vote')`),
    )
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("command", "jsonb")
    .addColumn("reason", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("concerned", "text")
    .addColumn("place", "text", (c) => c.notNull())
    .addColumn("proposed_by", "text", (c) => c.notNull())
    .addColumn("proposer_voice", "text", (c) => c.notNull())
    .addColumn("opens_at", "timestamptz", (c) => c.notNull())
    .addColumn("closes_at", "timestamptz", (c) => c.notNull())
    .addColumn("remind_at", "timestamptz")
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("open")
        .check(sql`status in ('open', 'passed', 'rejected', 'blocked', 'lapsed', 'withdrawn', 'failed')`),
    )
    .addColumn("closed_at", "timestamptz")
    .addColumn("outcome", "jsonb")
    .addCheckConstraint("proposal_scope", sql`(circle_id is null) <> (federation_id is null)`)
    .addCheckConstraint("proposal_window", sql`closes_at > opens_at`)
    .execute();
  await sql`create index proposal_closing_idx on proposal (closes_at) where status = 'open'`.execute(db);
  await sql`create index proposal_remind_idx on proposal (remind_at) where status = 'open' and remind_at is not null`.execute(
    db,
  );
  await db.schema.createIndex("proposal_circle_idx").on("proposal").columns(["circle_id", "id"]).execute();
  await db.schema
    .createIndex("proposal_federation_idx")
    .on("proposal")
    .columns(["federation_id", "id"])
    .execute();

  await db.schema
    .createTable("proposal_voice")
    .addColumn("proposal_id", "integer", (c) => c.notNull().references("proposal.id").onDelete("cascade"))
    .addColumn("voice", "text", (c) => c.notNull())
    .addColumn("answer", "text", (c) => c.check(sql`answer in ('agree', 'abstain', 'object', 'block')`))
    .addColumn("reason", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("answered_by", "text")
    .addColumn("answered_at", "timestamptz")
    .addPrimaryKeyConstraint("proposal_voice_pk", ["proposal_id", "voice"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("proposal_voice").execute();
  await db.schema.dropTable("proposal").execute();
  for (const table of ["convergence", "ritual", "rotation"]) {
    await db.schema.alterTable(table).dropColumn("creator_circle_id").execute();
  }
  await db.schema
    .alterTable("federation")
    .dropColumn("decision_window_minutes")
    .dropColumn("mandate_max_days")
    .execute();
  await db.schema
    .alterTable("circle")
    .dropColumn("decision_rule")
    .dropColumn("decision_window_minutes")
    .execute();
}

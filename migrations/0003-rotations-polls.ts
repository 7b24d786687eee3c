import { type Kysely, sql } from "kysely";

/**
 * Rotating roles, polls (recall polls among them), domain spokespersons, and the due-time
 * columns the scheduler sweeps: every future event has its time in Postgres.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("circle")
    .addColumn("recall_quorum", "real", (c) => c.notNull().defaultTo(0.5))
    .addColumn("recall_threshold", "real", (c) => c.notNull().defaultTo(0.5))
    .execute();
  await db.schema.alterTable("mandate").addColumn("renewal_due_at", "timestamptz").execute();
  await db.schema.alterTable("outbox").addColumn("payload", "jsonb").execute();
  await db.schema
    .createIndex("mandate_renewal_idx")
    .on("mandate")
    .column("renewal_due_at")
    .where(sql.ref("renewal_due_at"), "is not", null)
    .execute();

  await db.schema
    .createTable("rotation")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("circle_id", "integer", (c) => c.references("circle.id"))
    .addColumn("federation_id", "integer", (c) => c.references("federation.id"))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('members', 'circles', 'spotlight')`))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("domain", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("cadence", "text", (c) => c.notNull())
    .addColumn("rrule", "text", (c) => c.notNull())
    .addColumn("timezone", "text", (c) => c.notNull())
    .addColumn("dtstart", "timestamptz", (c) => c.notNull())
    .addColumn("lead_minutes", "integer", (c) => c.notNull())
    .addColumn("checklist", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("next_term", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("next_handoff_at", "timestamptz")
    .addColumn("next_heads_up_at", "timestamptz")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("archived_at", "timestamptz")
    .addCheckConstraint("rotation_scope", sql`(circle_id is null) <> (federation_id is null)`)
    .execute();
  await sql`create unique index rotation_role_idx on rotation (coalesce(circle_id, 0), coalesce(federation_id, 0), lower(role), lower(domain)) where archived_at is null`.execute(
    db,
  );
  await db.schema.createIndex("rotation_handoff_idx").on("rotation").column("next_handoff_at").execute();
  await db.schema.createIndex("rotation_heads_up_idx").on("rotation").column("next_heads_up_at").execute();

  await db.schema
    .createTable("rotation_term")
    .addColumn("rotation_id", "integer", (c) => c.notNull().references("rotation.id").onDelete("cascade"))
    .addColumn("term", "integer", (c) => c.notNull())
    .addColumn("holder", "text", (c) => c.notNull())
    .addColumn("starts_at", "timestamptz", (c) => c.notNull())
    .addColumn("named_person", "text")
    .addColumn("heads_up_at", "timestamptz")
    .addColumn("announced_at", "timestamptz")
    .addColumn("outgoing", "text")
    .addColumn("outgoing_confirmed_at", "timestamptz")
    .addColumn("incoming_confirmed_at", "timestamptz")
    .addColumn("reminders", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("reannounce_at", "timestamptz")
    .addPrimaryKeyConstraint("rotation_term_pk", ["rotation_id", "term"])
    .execute();
  await db.schema
    .createIndex("rotation_term_reannounce_idx")
    .on("rotation_term")
    .column("reannounce_at")
    .execute();

  await db.schema
    .createTable("rotation_override")
    .addColumn("rotation_id", "integer", (c) => c.notNull().references("rotation.id").onDelete("cascade"))
    .addColumn("term", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('swap', 'skip')`))
    .addColumn("participant", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("rotation_override_pk", ["rotation_id", "term", "kind", "participant"])
    .execute();

  await db.schema
    .createTable("absence")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("circle_id", "integer", (c) => c.notNull().references("circle.id").onDelete("cascade"))
    .addColumn("person", "text", (c) => c.notNull())
    .addColumn("starts_at", "timestamptz", (c) => c.notNull())
    .addColumn("ends_at", "timestamptz", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("spokesperson")
    .addColumn("circle_id", "integer", (c) => c.notNull().references("circle.id").onDelete("cascade"))
    .addColumn("domain", "text", (c) => c.notNull())
    .addColumn("person", "text", (c) => c.notNull())
    .addColumn("named_by", "text", (c) => c.notNull())
    .addColumn("named_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("spokesperson_pk", ["circle_id", "domain"])
    .execute();

  await db.schema
    .createTable("poll")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("circle_id", "integer", (c) => c.notNull().references("circle.id"))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('general', 'recall')`))
    .addColumn("question", "text", (c) => c.notNull())
    .addColumn("options", "jsonb", (c) => c.notNull())
    .addColumn("quorum", "real", (c) => c.notNull())
    .addColumn("threshold", "real", (c) => c.notNull())
    .addColumn("secret", "boolean", (c) => c.notNull())
    .addColumn("place", "text", (c) => c.notNull())
    .addColumn("mandate_id", "integer", (c) => c.references("mandate.id"))
    .addColumn("opened_by", "text", (c) => c.notNull())
    .addColumn("opens_at", "timestamptz", (c) => c.notNull())
    .addColumn("closes_at", "timestamptz", (c) => c.notNull())
    .addColumn("closed_at", "timestamptz")
    .addColumn("result", "jsonb")
    .execute();
  await db.schema
    .createIndex("poll_closing_idx")
    .on("poll")
    .column("closes_at")
    .where(sql.ref("closed_at"), "is", null)
    .execute();
  await sql`create unique index poll_open_recall_idx on poll (mandate_id) where kind = 'recall' and closed_at is null`.execute(
    db,
  );

  await db.schema
    .createTable("poll_voter")
    .addColumn("poll_id", "integer", (c) => c.notNull().references("poll.id").onDelete("cascade"))
    .addColumn("person", "text", (c) => c.notNull())
    .addColumn("choice", "integer")
    .addColumn("voted_at", "timestamptz")
    .addPrimaryKeyConstraint("poll_voter_pk", ["poll_id", "person"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "poll_voter",
    "poll",
    "spokesperson",
    "absence",
    "rotation_override",
    "rotation_term",
    "rotation",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await db.schema.alterTable("mandate").dropColumn("renewal_due_at").execute();
  await db.schema.alterTable("outbox").dropColumn("payload").execute();
  await db.schema.alterTable("circle").dropColumn("recall_quorum").dropColumn("recall_threshold").execute();
}

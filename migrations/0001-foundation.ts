import { type Kysely, sql } from "kysely";

/** Federations, circles, membership, mandates, the audit log and the announcement outbox. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("federation")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("name_key", "text", (c) => c.notNull().unique())
    .addColumn("timezone", "text", (c) => c.notNull())
    .addColumn("announce_place", "text", (c) => c.notNull())
    .addColumn("council_place", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("circle")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("name_key", "text", (c) => c.notNull().unique())
    .addColumn("purpose", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("timezone", "text", (c) => c.notNull())
    .addColumn("home_place", "text", (c) => c.unique())
    .addColumn("open", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("federation_id", "integer", (c) => c.references("federation.id"))
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("circle_federation_idx").on("circle").column("federation_id").execute();

  await db.schema
    .createTable("membership")
    .addColumn("circle_id", "integer", (c) => c.notNull().references("circle.id").onDelete("cascade"))
    .addColumn("person", "text", (c) => c.notNull())
    .addColumn("joined_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("membership_pk", ["circle_id", "person"])
    .execute();
  await db.schema.createIndex("membership_person_idx").on("membership").column("person").execute();

  await db.schema
    .createTable("invitation")
    .addColumn("circle_id", "integer", (c) => c.notNull().references("circle.id").onDelete("cascade"))
    .addColumn("person", "text", (c) => c.notNull())
    .addColumn("invited_by", "text", (c) => c.notNull())
    .addColumn("invited_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("invitation_pk", ["circle_id", "person"])
    .execute();

  await db.schema
    .createTable("mandate")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("circle_id", "integer", (c) => c.notNull().references("circle.id"))
    .addColumn("delegate", "text", (c) => c.notNull())
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("starts_at", "timestamptz", (c) => c.notNull())
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("granted_by", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("active").check(sql`status in ('active', 'expired', 'ended')`),
    )
    .addColumn("ended_at", "timestamptz")
    .addColumn("end_reason", "text")
    .addCheckConstraint("mandate_order", sql`expires_at > starts_at`)
    .execute();
  await db.schema.createIndex("mandate_due_idx").on("mandate").columns(["status", "expires_at"]).execute();
  await db.schema.createIndex("mandate_circle_idx").on("mandate").column("circle_id").execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("circle_id", "integer")
    .addColumn("federation_id", "integer")
    .addColumn("details", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await db.schema.createIndex("audit_circle_idx").on("audit_log").columns(["circle_id", "at"]).execute();

  await db.schema
    .createTable("outbox")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("key", "text", (c) => c.notNull().unique())
    .addColumn("place", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_error", "text")
    .addColumn("claimed_until", "timestamptz")
    .addColumn("delivered_at", "timestamptz")
    .addColumn("platform_message_id", "text")
    .execute();
  await db.schema
    .createIndex("outbox_pending_idx")
    .on("outbox")
    .column("id")
    .where(sql.ref("delivered_at"), "is", null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "outbox",
    "audit_log",
    "mandate",
    "invitation",
    "membership",
    "circle",
    "federation",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}

import { type Kysely, sql } from "kysely";

/**
 * Convergences: a federation's assemblies, recurring (RRULE in a zone) or one-off, with their
 * reminder offsets and the next moment the sweep must act on (a reminder or the start), and the
 * members' RSVPs (latest answer per person). The ritual calendar: commemorations per federation
 * (month-day), those marked announced carrying their next announcement moment. Stories: the
 * federation's founding story and episodes of its history.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("convergence")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("federation_id", "integer", (c) => c.notNull().references("federation.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("cadence", "text")
    .addColumn("rrule", "text")
    .addColumn("timezone", "text", (c) => c.notNull())
    .addColumn("dtstart", "timestamptz", (c) => c.notNull())
    .addColumn("duration_minutes", "integer", (c) => c.notNull())
    .addColumn("location", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("agenda", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("remind_minutes", "text", (c) => c.notNull())
    .addColumn("tell_story", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("next_at", "timestamptz")
    .addColumn("next_due_at", "timestamptz")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("cancelled_at", "timestamptz")
    .execute();
  await db.schema.createIndex("convergence_due_idx").on("convergence").column("next_due_at").execute();
  await db.schema
    .createTable("convergence_rsvp")
    .addColumn("convergence_id", "integer", (c) => c.notNull().references("convergence.id"))
    .addColumn("person", "text", (c) => c.notNull())
    .addColumn("answer", "text", (c) => c.notNull())
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("convergence_rsvp_pk", ["convergence_id", "person"])
    .execute();
  await db.schema
    .createTable("ritual")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("federation_id", "integer", (c) => c.notNull().references("federation.id"))
    .addColumn("month", "integer", (c) => c.notNull())
    .addColumn("day", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("announced", "boolean", (c) => c.notNull())
    .addColumn("next_due_at", "timestamptz")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("ritual_due_idx").on("ritual").column("next_due_at").execute();
  await db.schema
    .createTable("story")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("federation_id", "integer", (c) => c.notNull().references("federation.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("founding", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("told", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("story").ifExists().execute();
  await db.schema.dropTable("ritual").ifExists().execute();
  await db.schema.dropTable("convergence_rsvp").ifExists().execute();
  await db.schema.dropTable("convergence").ifExists().execute();
}

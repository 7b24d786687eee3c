import { type Kysely, sql } from "kysely";

/**
 * Mutual aid: failure reflections shared with the federation (advice, affirmations), aid requests
 * with offers from other circles, and each federation's digest rhythm. Due columns (`by_at` of open
 * requests, `remind_at` of accepted offers, the federation's next digest) are read by the sweep.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("reflection")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("circle_id", "integer", (c) => c.notNull().references("circle.id"))
    .addColumn("federation_id", "integer", (c) => c.notNull().references("federation.id"))
    .addColumn("happened", "text", (c) => c.notNull())
    .addColumn("learned", "text", (c) => c.notNull())
    .addColumn("needs", "text", (c) => c.notNull())
    .addColumn("shared_by", "text", (c) => c.notNull())
    .addColumn("shared_at", "timestamptz", (c) => c.notNull())
    .addColumn("resolved_at", "timestamptz")
    .addColumn("resolution", "text")
    .execute();
  await db.schema.createIndex("reflection_federation_idx").on("reflection").column("federation_id").execute();
  await db.schema
    .createTable("reflection_advice")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("reflection_id", "integer", (c) => c.notNull().references("reflection.id"))
    .addColumn("author", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("reflection_affirmation")
    .addColumn("reflection_id", "integer", (c) => c.notNull().references("reflection.id"))
    .addColumn("person", "text", (c) => c.notNull())
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("reflection_affirmation_pk", ["reflection_id", "person"])
    .execute();
  await db.schema
    .createTable("aid_request")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("circle_id", "integer", (c) => c.notNull().references("circle.id"))
    .addColumn("federation_id", "integer", (c) => c.notNull().references("federation.id"))
    .addColumn("what", "text", (c) => c.notNull())
    .addColumn("amount", "double precision", (c) => c.notNull())
    .addColumn("unit", "text", (c) => c.notNull())
    .addColumn("by_at", "timestamptz", (c) => c.notNull())
    .addColumn("urgency", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("open"))
    .addColumn("requested_by", "text", (c) => c.notNull())
    .addColumn("requested_at", "timestamptz", (c) => c.notNull())
    .addColumn("ended_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("aid_request_open_idx")
    .on("aid_request")
    .column("by_at")
    .where(sql.ref("status"), "=", "open")
    .execute();
  await db.schema
    .createTable("aid_offer")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("request_id", "integer", (c) => c.references("aid_request.id"))
    .addColumn("reflection_id", "integer", (c) => c.references("reflection.id"))
    .addColumn("circle_id", "integer", (c) => c.notNull().references("circle.id"))
    .addColumn("what", "text", (c) => c.notNull())
    .addColumn("amount", "double precision")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("offered"))
    .addColumn("offered_by", "text", (c) => c.notNull())
    .addColumn("offered_at", "timestamptz", (c) => c.notNull())
    .addColumn("accepted_at", "timestamptz")
    .addColumn("remind_at", "timestamptz")
    .addColumn("reminders", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("fulfilled_at", "timestamptz")
    .addCheckConstraint("aid_offer_target", sql`(request_id is null) <> (reflection_id is null)`)
    .execute();
  await db.schema
    .alterTable("federation")
    .addColumn("digest_every_days", "integer", (c) => c.notNull().defaultTo(7))
    .execute();
  await db.schema.alterTable("federation").addColumn("next_digest_at", "timestamptz").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("federation").dropColumn("next_digest_at").execute();
  await db.schema.alterTable("federation").dropColumn("digest_every_days").execute();
  await db.schema.dropTable("aid_offer").ifExists().execute();
  await db.schema.dropTable("aid_request").ifExists().execute();
  await db.schema.dropTable("reflection_affirmation").ifExists().execute();
  await db.schema.dropTable("reflection_advice").ifExists().execute();
  await db.schema.dropTable("reflection").ifExists().execute();
}

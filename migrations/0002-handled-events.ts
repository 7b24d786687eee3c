import type { Kysely } from "kysely";

/** Platform event ids already handled, so redelivered events (after a crash) run only once. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("handled_event")
    .addColumn("event_id", "text", (c) => c.primaryKey())
    .addColumn("handled_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("handled_event_at_idx").on("handled_event").column("handled_at").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("handled_event").ifExists().execute();
}

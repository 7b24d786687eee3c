import { type Kysely, sql } from "kysely";

/**
 * Announcements held back because their place had already had its day's share: kept (they are
 * part of the record) and marked as done, never sent. Counting a place's day needs an index.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("outbox").addColumn("held_reason", "text").execute();
  await sql`create index outbox_place_day_idx on outbox (place, created_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists outbox_place_day_idx`.execute(db);
  await db.schema.alterTable("outbox").dropColumn("held_reason").execute();
}

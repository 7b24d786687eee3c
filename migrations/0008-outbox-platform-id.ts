import { type Kysely, sql } from "kysely";

/** Adapters look up outbox rows by the platform's message id (a vote, a reaction): index it. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("outbox_platform_message_idx")
    .on("outbox")
    .column("platform_message_id")
    .where(sql.ref("platform_message_id"), "is not", null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("outbox_platform_message_idx").ifExists().execute();
}

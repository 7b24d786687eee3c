import { type Kysely, sql } from "kysely";

/**
 * Who holds an outbox row: each claim (and each reservation a sweep makes as it writes rows)
 * carries a fresh token, so a sender whose lease ran out cannot mistake a newer holder's lease
 * for its own. Indexed only while set, which is only while a row waits to be sent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("outbox").addColumn("claim_token", "text").execute();
  await db.schema
    .createIndex("outbox_claim_token_idx")
    .on("outbox")
    .column("claim_token")
    .where(sql.ref("claim_token"), "is not", null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("outbox_claim_token_idx").ifExists().execute();
  await db.schema.alterTable("outbox").dropColumn("claim_token").execute();
}

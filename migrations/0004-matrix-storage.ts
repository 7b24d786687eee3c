import { type Kysely, sql } from "kysely";

/**
 * The Matrix adapter's small state, per bot account: sync token, filter, the access token from
 * a password login, federation ↔ space links. Kept in Postgres so the bot process is stateless.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("matrix_storage")
    .addColumn("account", "text", (c) => c.notNull())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("matrix_storage_pk", ["account", "key"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("matrix_storage").ifExists().execute();
}

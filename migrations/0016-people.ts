import { type Kysely, sql } from "kysely";

/**
 * The people directory: each account's display name as its platform gives it and the handle
 * Jura assigned it, so a person of one platform is named by name on the other after a restart
 * too (issue 17).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("person_account")
    .addColumn("account", "text", (c) => c.primaryKey())
    .addColumn("display_name", "text")
    .addColumn("handle", "text", (c) => c.notNull().unique())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("person_account").execute();
}

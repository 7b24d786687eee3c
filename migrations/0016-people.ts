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
  // `me link`: an account that is one person with another (`person`, the canonical account).
  await db.schema
    .createTable("person_link")
    .addColumn("account", "text", (c) => c.primaryKey())
    .addColumn("person", "text", (c) => c.notNull())
    .addColumn("linked_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("person_link_person").on("person_link").column("person").execute();
  await db.schema
    .createTable("link_code")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("account", "text", (c) => c.notNull())
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("used_at", "timestamptz")
    .execute();
  await db.schema
    .createTable("link_try")
    .addColumn("account", "text", (c) => c.notNull())
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("link_try_account").on("link_try").columns(["account", "at"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("link_try").execute();
  await db.schema.dropTable("link_code").execute();
  await db.schema.dropTable("person_link").execute();
  await db.schema.dropTable("person_account").execute();
}

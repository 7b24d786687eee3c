import { type Kysely, sql } from "kysely";

/**
 * The Discord adapter's state: the hash of the slash-command definitions last registered per
 * application and scope (global or one guild), so a restart with unchanged commands registers
 * nothing; and the roles Jura gave people (role sync), so it only takes back what it gave.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("discord_command_set")
    .addColumn("application_id", "text", (c) => c.notNull())
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull())
    .addColumn("registered_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("discord_command_set_pk", ["application_id", "scope"])
    .execute();
  await db.schema
    .createTable("discord_role_grant")
    .addColumn("guild_id", "text", (c) => c.notNull())
    .addColumn("role_id", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("granted_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("discord_role_grant_pk", ["guild_id", "role_id", "user_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("discord_role_grant").ifExists().execute();
  await db.schema.dropTable("discord_command_set").ifExists().execute();
}

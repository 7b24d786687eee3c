import { type Kysely, sql } from "kysely";

/**
 * Languages (issue 16): a circle's language (a circle decision), a federation's (for its own
 * places, and the default of its circles), and a person's own choice (`me language`); null means
 * "not chosen", so the next one in line applies.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const language = sql`text check (language in ('en', 'fr', 'es', 'it'))`;
  await db.schema.alterTable("circle").addColumn("language", language).execute();
  await db.schema.alterTable("federation").addColumn("language", language).execute();
  await db.schema.alterTable("person_preference").addColumn("language", language).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("person_preference").dropColumn("language").execute();
  await db.schema.alterTable("federation").dropColumn("language").execute();
  await db.schema.alterTable("circle").dropColumn("language").execute();
}

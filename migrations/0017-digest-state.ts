import { type Kysely, sql } from "kysely";

/**
 * What each place was last sent of a federation's mutual-aid digest: a fingerprint of its
 * content, so a digest that says the same thing again is not sent again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("digest_state")
    .addColumn("federation_id", "integer", (c) => c.notNull().references("federation.id").onDelete("cascade"))
    .addColumn("place", "text", (c) => c.notNull())
    .addColumn("fingerprint", "text", (c) => c.notNull())
    .addColumn("sent_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("digest_state_pk", ["federation_id", "place"])
    .execute();
  await sql`comment on table digest_state is 'the last mutual-aid digest each place got, as a fingerprint'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("digest_state").execute();
}

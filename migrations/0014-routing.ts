import { type Kysely, sql } from "kysely";

/**
 * Announcements that reach circles: each circle may keep some kinds out of its room (`quiet`);
 * RSVPs are per occurrence of a convergence, not carried from one assembly to the next.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("circle")
    .addColumn("quiet", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .execute();
  await db.schema.alterTable("convergence_rsvp").addColumn("occurrence", "timestamptz").execute();
  await sql`update convergence_rsvp r set occurrence = coalesce(c.next_at, c.dtstart)
            from convergence c where c.id = r.convergence_id`.execute(db);
  await sql`alter table convergence_rsvp alter column occurrence set not null`.execute(db);
  await sql`alter table convergence_rsvp drop constraint convergence_rsvp_pk`.execute(db);
  await sql`alter table convergence_rsvp add constraint convergence_rsvp_pk primary key (convergence_id, occurrence, person)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from convergence_rsvp a using convergence_rsvp b
            where a.convergence_id = b.convergence_id and a.person = b.person and a.occurrence < b.occurrence`.execute(
    db,
  );
  await sql`alter table convergence_rsvp drop constraint convergence_rsvp_pk`.execute(db);
  await sql`alter table convergence_rsvp add constraint convergence_rsvp_pk primary key (convergence_id, person)`.execute(
    db,
  );
  await db.schema.alterTable("convergence_rsvp").dropColumn("occurrence").execute();
  await db.schema.alterTable("circle").dropColumn("quiet").execute();
}

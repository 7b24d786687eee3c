import { sql } from "kysely";
import type { Db } from "../../src/store/db.js";

/**
 * Bulk-inserts `circles` circles (no federation, home place `shell:#<tag>-<n>`) with
 * `perCircle` active mandates each, all expiring at `dueAt`: a backlog of circles × perCircle
 * expiry announcements that fall due at the same moment. Returns the home places' prefix.
 */
export async function seedDueMandates(
  db: Db,
  opts: { circles: number; perCircle: number; dueAt: Date; tag?: string },
): Promise<{ tag: string; mandates: number }> {
  const tag = opts.tag ?? `b${Math.random().toString(36).slice(2, 8)}`;
  const since = new Date(opts.dueAt.getTime() - 30 * 86_400_000);
  await sql`
    insert into circle (name, name_key, purpose, timezone, home_place, open, created_by, created_at)
    select ${tag} || ' ' || g, ${tag} || ' ' || g, '', 'UTC', 'shell:#' || ${tag} || '-' || g, true,
           'shell:seed', ${since}
    from generate_series(1, ${opts.circles}::int) g`.execute(db);
  await sql`
    insert into mandate (circle_id, delegate, scope, starts_at, expires_at, granted_by)
    select c.id, 'shell:d' || g, 'speak for ' || c.name, ${since}, ${opts.dueAt}, 'shell:seed'
    from circle c cross join generate_series(1, ${opts.perCircle}::int) g
    where c.name_key like ${`${tag} %`}`.execute(db);
  return { tag, mandates: opts.circles * opts.perCircle };
}

/** Moves every active mandate of this backlog to expire at `dueAt`. */
export async function setDue(db: Db, tag: string, dueAt: Date): Promise<void> {
  await sql`
    update mandate set expires_at = ${dueAt}
    where status = 'active' and circle_id in (select id from circle where name_key like ${`${tag} %`})`.execute(
    db,
  );
}

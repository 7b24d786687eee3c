import { sql } from "kysely";
import type { AbsenceRepo, ScheduleRepo, SpokespersonRepo } from "../core/ports.js";
import type { Db } from "./db.js";

export function absencesRepo(db: Db): AbsenceRepo {
  return {
    async add(circleId, absence) {
      await db
        .insertInto("absence")
        .values({ circleId, ...absence })
        .execute();
    },
    list: (circleId) =>
      db
        .selectFrom("absence")
        .select(["person", "startsAt", "endsAt"])
        .where("circleId", "=", circleId)
        .execute(),
  };
}

export function spokespersonsRepo(db: Db): SpokespersonRepo {
  return {
    async set(entry, by, at) {
      await db
        .insertInto("spokesperson")
        .values({ ...entry, namedBy: by, namedAt: at })
        .onConflict((oc) =>
          oc.columns(["circleId", "domain"]).doUpdateSet({ person: entry.person, namedBy: by, namedAt: at }),
        )
        .execute();
    },
    list: (filter) => {
      if (filter.circleIds.length === 0) return Promise.resolve([]);
      let query = db
        .selectFrom("spokesperson")
        .select(["circleId", "domain", "person"])
        .where("circleId", "in", filter.circleIds)
        .orderBy("domain")
        .orderBy("circleId");
      if (filter.domain) query = query.where(sql<string>`lower(domain)`, "=", filter.domain.toLowerCase());
      return query.execute();
    },
  };
}

/** One query over every due-time column the sweep acts on. */
export function scheduleRepo(db: Db): ScheduleRepo {
  return {
    async nextDueAt() {
      const row = await sql<{ next: Date | null }>`
        select least(
          (select min(next_heads_up_at) from rotation where archived_at is null),
          (select min(next_handoff_at) from rotation where archived_at is null),
          (select min(reannounce_at) from rotation_term),
          (select min(closes_at) from poll where closed_at is null),
          (select min(expires_at) from mandate where status = 'active'),
          (select min(renewal_due_at) from mandate where status = 'active'),
          (select min(by_at) from aid_request where status = 'open'),
          (select min(remind_at) from aid_offer where status = 'accepted'),
          (select min(coalesce(next_digest_at, created_at + make_interval(days => digest_every_days))) from federation),
          (select min(next_due_at) from convergence where cancelled_at is null),
          (select min(next_due_at) from ritual where announced),
          (select min(closes_at) from proposal where status = 'open'),
          (select min(remind_at) from proposal where status = 'open')
        ) as next`.execute(db);
      return row.rows[0]?.next ?? undefined;
    },
  };
}

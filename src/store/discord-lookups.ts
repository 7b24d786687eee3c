import { sql } from "kysely";
import { nameKey } from "../core/names.js";
import type { Db } from "./db.js";

/**
 * Read-only queries behind Discord autocomplete: small and cheap, at most `limit` rows each.
 * `query` is what the person typed so far, matched case-insensitively as a substring (or as an
 * id prefix when it is digits).
 */
export interface LookupScope {
  /** Where the person types (`discord:<guild>/<channel>`): that place's circle comes first. */
  place: string;
  /** A circle or federation already chosen in another option of the same command. */
  circle?: string;
  federation?: string;
}

const LIMIT = 25;

/** `%text%` for ILIKE, with the pattern characters of `text` escaped. */
export function containsPattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Names in `table` containing `query`, alphabetically. */
async function namesIn(
  db: Db,
  table: "circle" | "federation",
  query: string,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom(table)
    .select("name")
    .where("name", "ilike", containsPattern(query))
    .orderBy("name")
    .limit(limit)
    .execute();
  return rows.map((r) => r.name);
}

export const circleNames = (db: Db, query: string, limit = LIMIT) => namesIn(db, "circle", query, limit);

export const federationNames = (db: Db, query: string, limit = LIMIT) =>
  namesIn(db, "federation", query, limit);

/** The named circle, or else the circle at home in the place: zero or one id. */
async function circleIds(db: Db, scope: LookupScope): Promise<number[]> {
  const named = scope.circle?.trim();
  const rows = await db
    .selectFrom("circle")
    .select("id")
    .$if(Boolean(named), (q) => q.where("nameKey", "=", nameKey(named ?? "")))
    .$if(!named, (q) => q.where("homePlace", "=", scope.place))
    .execute();
  return rows.map((r) => r.id);
}

/** Live rotations of the named federation, else of the circle in scope, else all of them. */
export async function rotationRoles(db: Db, scope: LookupScope, query: string, limit = LIMIT) {
  const federation = scope.federation?.trim();
  const ids = federation ? [] : await circleIds(db, scope);
  return db
    .selectFrom("rotation")
    .select(["role", "domain"])
    .where("archivedAt", "is", null)
    .where("role", "ilike", containsPattern(query))
    .$if(Boolean(federation), (q) =>
      q.where("federationId", "in", (eb) =>
        eb
          .selectFrom("federation")
          .select("id")
          .where("nameKey", "=", nameKey(federation ?? "")),
      ),
    )
    .$if(ids.length > 0, (q) => q.where("circleId", "in", ids))
    .orderBy("role")
    .orderBy("domain")
    .limit(limit)
    .execute();
}

/** Open polls started here or of the circle in scope; when there are none, every open poll. */
export async function openPolls(db: Db, scope: LookupScope, query: string, limit = LIMIT) {
  const ids = await circleIds(db, scope);
  const typed = query.trim();
  const find = (scoped: boolean) =>
    db
      .selectFrom("poll")
      .innerJoin("circle", "circle.id", "poll.circleId")
      .select(["poll.id", "poll.question", "circle.name as circle"])
      .where("poll.closedAt", "is", null)
      .$if(scoped, (q) =>
        q.where((eb) =>
          eb.or([
            eb("poll.place", "=", scope.place),
            ...(ids.length > 0 ? [eb("poll.circleId", "in", ids)] : []),
          ]),
        ),
      )
      .$if(/^\d+$/.test(typed), (q) => q.where(sql<string>`poll.id::text`, "like", `${typed}%`))
      .$if(typed !== "" && !/^\d+$/.test(typed), (q) =>
        q.where("poll.question", "ilike", containsPattern(typed)),
      )
      .orderBy("poll.id", "desc")
      .limit(limit)
      .execute();
  const scoped = await find(true);
  return scoped.length > 0 || scope.circle ? scoped : find(false);
}

/**
 * Open proposals posted here or of the circle in scope (and of its federation), newest first;
 * else every open proposal. Each with the name of the circle or federation that decides it.
 */
export async function openProposals(db: Db, scope: LookupScope, query: string, limit = LIMIT) {
  const ids = await circleIds(db, scope);
  const typed = query.trim();
  const find = (scoped: boolean) =>
    db
      .selectFrom("proposal")
      .leftJoin("circle", "circle.id", "proposal.circleId")
      .leftJoin("federation", "federation.id", "proposal.federationId")
      .select(["proposal.id", "proposal.title", "circle.name as circle", "federation.name as federation"])
      .where("proposal.status", "=", "open")
      .$if(scoped, (q) =>
        q.where((eb) =>
          eb.or([
            eb("proposal.place", "=", scope.place),
            ...(ids.length > 0
              ? [
                  eb("proposal.circleId", "in", ids),
                  eb("proposal.federationId", "in", (sub) =>
                    sub.selectFrom("circle").select("federationId").where("id", "in", ids),
                  ),
                ]
              : []),
          ]),
        ),
      )
      .$if(/^\d+$/.test(typed), (q) => q.where(sql<string>`proposal.id::text`, "like", `${typed}%`))
      .$if(typed !== "" && !/^\d+$/.test(typed), (q) =>
        q.where("proposal.title", "ilike", containsPattern(typed)),
      )
      .orderBy("proposal.id", "desc")
      .limit(limit)
      .execute();
  const scoped = await find(true);
  return scoped.length > 0 || scope.circle ? scoped : find(false);
}

/** Active mandates of the circle in scope, else every active mandate; soonest expiry first. */
export async function activeMandates(db: Db, scope: LookupScope, query: string, limit = LIMIT) {
  const ids = await circleIds(db, scope);
  const typed = query.trim();
  return db
    .selectFrom("mandate")
    .innerJoin("circle", "circle.id", "mandate.circleId")
    .select(["mandate.id", "mandate.delegate", "mandate.scope", "circle.name as circle"])
    .where("mandate.status", "=", "active")
    .$if(ids.length > 0, (q) => q.where("mandate.circleId", "in", ids))
    .$if(/^\d+$/.test(typed), (q) => q.where(sql<string>`mandate.id::text`, "like", `${typed}%`))
    .$if(typed !== "" && !/^\d+$/.test(typed), (q) =>
      q.where("mandate.scope", "ilike", containsPattern(typed)),
    )
    .orderBy("mandate.expiresAt")
    .limit(limit)
    .execute();
}

/** A poll's options, for completing `choice` once `id` is given. */
export async function pollOptions(db: Db, pollId: number): Promise<string[] | undefined> {
  if (!Number.isSafeInteger(pollId) || pollId <= 0 || pollId > 2_147_483_647) return undefined;
  const row = await db.selectFrom("poll").select("options").where("id", "=", pollId).executeTakeFirst();
  return row?.options;
}

import { sql } from "kysely";
import type { AccountRow, PeopleDirectory } from "../core/people-directory.js";
import { LinkConflict, type PeopleRepo } from "../core/people-ports.js";
import type { Log } from "../log.js";
import type { Db } from "./db.js";

/**
 * The people directory's durable copy: loaded into the process's directory at boot, and every
 * name it learns written back (upsert by account; a handle, once given, is kept).
 */
export async function attachPeopleDirectory(db: Db, directory: PeopleDirectory, log: Log): Promise<void> {
  const rows = await db.selectFrom("personAccount").select(["account", "displayName", "handle"]).execute();
  directory.load(rows);
  const links = await db.selectFrom("personLink").select(["account", "person"]).execute();
  for (const { account, person } of links) directory.link(account, person);
  directory.persist = (row: AccountRow) => {
    db.insertInto("personAccount")
      .values({
        account: row.account,
        displayName: row.displayName,
        handle: row.handle,
        updatedAt: new Date(),
      })
      .onConflict((oc) =>
        oc.column("account").doUpdateSet({ displayName: row.displayName, updatedAt: new Date() }),
      )
      .execute()
      .catch((err: unknown) => log.warn({ err, account: row.account }, "could not keep a display name"));
  };
}

/** What an account *is* (re-pointed on link); what it *did* (audit, created-by columns) stays. */
const IS_COLUMNS: ReadonlyArray<readonly [table: string, column: string]> = [
  ["membership", "person"],
  ["poll_voter", "person"],
  ["mandate", "delegate"],
  ["rotation_term", "holder"],
  ["rotation_term", "named_person"],
  ["absence", "person"],
  ["spokesperson", "person"],
  ["convergence_rsvp", "person"],
  ["proposal_voice", "answered_by"],
  ["invitation", "person"],
  ["person_preference", "person"],
  ["reflection_affirmation", "person"],
];

/** PostgreSQL's unique_violation. */
const UNIQUE_VIOLATION = "23505";

/** The people repository over one transaction (see PeopleRepo). */
export function peopleRepo(db: Db): PeopleRepo {
  return {
    async issueCode(account, code, expiresAt) {
      await db.deleteFrom("linkCode").where("account", "=", account).execute();
      await db.insertInto("linkCode").values({ code, account, expiresAt, usedAt: null }).execute();
    },
    async takeCode(code, now) {
      const row = await db
        .updateTable("linkCode")
        .set({ usedAt: now })
        .where("code", "=", code)
        .where("usedAt", "is", null)
        .where("expiresAt", ">", now)
        .returning("account")
        .executeTakeFirst();
      return row?.account;
    },
    async triesSince(account, since) {
      const row = await db
        .selectFrom("linkTry")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .where("account", "=", account)
        .where("at", ">", since)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async recordTry(account, at) {
      await db.insertInto("linkTry").values({ account, at }).execute();
    },
    async personOf(account) {
      const row = await db
        .selectFrom("personLink")
        .select("person")
        .where("account", "=", account)
        .executeTakeFirst();
      return row?.person;
    },
    async accountsOf(person) {
      const rows = await db.selectFrom("personLink").select("account").where("person", "=", person).execute();
      return rows.map((r) => r.account);
    },
    async sharedCircles(a, b) {
      const rows = await db
        .selectFrom("membership as x")
        .innerJoin("membership as y", "x.circleId", "y.circleId")
        .innerJoin("circle", "circle.id", "x.circleId")
        .select("circle.name")
        .where("x.person", "=", a)
        .where("y.person", "=", b)
        .execute();
      return rows.map((r) => r.name);
    },
    async link(account, person, at) {
      await db.insertInto("personLink").values({ account, person, linkedAt: at }).execute();
      for (const [table, column] of IS_COLUMNS) {
        try {
          await sql`update ${sql.raw(table)} set ${sql.raw(column)} = ${person} where ${sql.raw(column)} = ${account}`.execute(
            db,
          );
        } catch (error) {
          if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw new LinkConflict(table);
          throw error;
        }
      }
    },
    async unlink(account) {
      await db.deleteFrom("personLink").where("account", "=", account).execute();
    },
  };
}

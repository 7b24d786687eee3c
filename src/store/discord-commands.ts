import { sql } from "kysely";
import type { Db } from "./db.js";

/**
 * The hash of the slash-command definitions last registered for an application in a scope
 * (`global` or `guild:<id>`), or undefined when none was registered from this database.
 */
export async function registeredCommandHash(
  db: Db,
  applicationId: string,
  scope: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom("discordCommandSet")
    .select("hash")
    .where("applicationId", "=", applicationId)
    .where("scope", "=", scope)
    .executeTakeFirst();
  return row?.hash;
}

/** Records that `hash` is what Discord now holds for that application and scope. */
export async function saveCommandHash(
  db: Db,
  applicationId: string,
  scope: string,
  hash: string,
): Promise<void> {
  await db
    .insertInto("discordCommandSet")
    .values({ applicationId, scope, hash })
    .onConflict((oc) =>
      oc.columns(["applicationId", "scope"]).doUpdateSet({ hash, registeredAt: sql<Date>`now()` }),
    )
    .execute();
}

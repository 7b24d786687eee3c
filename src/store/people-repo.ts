import type { AccountRow, PeopleDirectory } from "../core/people-directory.js";
import type { Log } from "../log.js";
import type { Db } from "./db.js";

/**
 * The people directory's durable copy: loaded into the process's directory at boot, and every
 * name it learns written back (upsert by account; a handle, once given, is kept).
 */
export async function attachPeopleDirectory(db: Db, directory: PeopleDirectory, log: Log): Promise<void> {
  const rows = await db.selectFrom("personAccount").select(["account", "displayName", "handle"]).execute();
  directory.load(rows);
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

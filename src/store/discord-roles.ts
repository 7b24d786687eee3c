import { peopleDirectory } from "../core/people-directory.js";
import type { Db } from "./db.js";

/** Who should hold a synced role in one guild, as Discord user ids. */
export interface GuildHolders {
  /** Delegates whose mandate has started and not ended, of circles at home in the guild. */
  delegates: string[];
  /** Spokespersons (any domain) of circles at home in the guild. */
  spokespersons: string[];
}

const discordUser = (person: string): string | undefined => /^discord:(\d{1,25})$/.exec(person)?.[1];

/**
 * The Discord people who should hold the delegate and spokesperson roles in `guildId` at `now`
 * (Jura's clock, which a shell preview or a test may run ahead of the database's).
 */
export async function guildHolders(db: Db, guildId: string, now: Date): Promise<GuildHolders> {
  const home = `discord:${guildId}/%`;
  const delegates = await db
    .selectFrom("mandate")
    .innerJoin("circle", "circle.id", "mandate.circleId")
    .select("mandate.delegate as person")
    .distinct()
    .where("mandate.status", "=", "active")
    .where("mandate.startsAt", "<=", now)
    .where("circle.homePlace", "like", home)
    .execute();
  const spokespersons = await db
    .selectFrom("spokesperson")
    .innerJoin("circle", "circle.id", "spokesperson.circleId")
    .select("spokesperson.person")
    .distinct()
    .where("circle.homePlace", "like", home)
    .execute();
  const ids = (rows: Array<{ person: string }>) =>
    rows
      // A linked person holds the role through their Discord account, whichever is their id.
      .map((r) =>
        discordUser(peopleDirectory.accountsOf(r.person).find((a) => a.startsWith("discord:")) ?? r.person),
      )
      .filter((id): id is string => id !== undefined);
  return { delegates: ids(delegates), spokespersons: ids(spokespersons) };
}

/** User ids Jura gave `roleId` in `guildId` (and has not taken back). */
export async function roleGrants(db: Db, guildId: string, roleId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("discordRoleGrant")
    .select("userId")
    .where("guildId", "=", guildId)
    .where("roleId", "=", roleId)
    .execute();
  return rows.map((r) => r.userId);
}

export async function recordGrant(db: Db, guildId: string, roleId: string, userId: string): Promise<void> {
  await db
    .insertInto("discordRoleGrant")
    .values({ guildId, roleId, userId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function forgetGrant(db: Db, guildId: string, roleId: string, userId: string): Promise<void> {
  await db
    .deleteFrom("discordRoleGrant")
    .where("guildId", "=", guildId)
    .where("roleId", "=", roleId)
    .where("userId", "=", userId)
    .execute();
}

import { type Client, DiscordAPIError, type Guild, PermissionFlagsBits, type Role } from "discord.js";
import { RESTJSONErrorCodes, Routes } from "discord-api-types/v10";
import type { Log } from "../../log.js";
import type { Db } from "../../store/db.js";
import {
  forgetGrant,
  type GuildHolders,
  guildHolders,
  recordGrant,
  roleGrants,
} from "../../store/discord-roles.js";

/** Roles Jura keeps in line when a server has them (matched by name, case-insensitively). */
const SYNCED: ReadonlyArray<{ holders: keyof GuildHolders; name: RegExp }> = [
  { holders: "delegates", name: /^delegates?$/i },
  { holders: "spokespersons", name: /^spokespersons?$/i },
];

/**
 * Optional role sync: a server that has a role named "Delegate" (or "Spokesperson") gets it
 * given to the people who hold an active mandate (or speak for a circle) of the circles at home
 * there, and taken back when that ends. Jura only takes back what it gave (recorded in
 * Postgres). Without Manage Roles, or with its own role below the synced one, it changes
 * nothing and says what to fix.
 */
export class RoleSync {
  /** The sync of each guild in progress: syncs of one guild run one after another. */
  private readonly running = new Map<string, Promise<string | undefined>>();

  constructor(
    private readonly client: Client,
    private readonly db: Db,
    private readonly log: Log,
    /** Jura's clock: a mandate counts from its start by that clock. */
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Syncs one guild; returns what stopped it, for the person who ran a command, if anything.
   * A command, an outbox row and the periodic sync may ask at once: they queue per guild, so
   * no two read the grants and change roles side by side.
   */
  sync(guildId: string): Promise<string | undefined> {
    const previous = this.running.get(guildId) ?? Promise.resolve(undefined);
    const run = previous.catch(() => undefined).then(() => this.syncNow(guildId));
    this.running.set(guildId, run);
    const forget = () => {
      if (this.running.get(guildId) === run) this.running.delete(guildId);
    };
    run.then(forget, forget);
    return run;
  }

  private async syncNow(guildId: string): Promise<string | undefined> {
    const guild = this.client.guilds.cache.get(guildId);
    if (!guild) return undefined;
    const roles = SYNCED.flatMap((s) => {
      const role = guild.roles.cache.find((r) => s.name.test(r.name));
      return role ? [{ role, holders: s.holders }] : [];
    });
    if (roles.length === 0) return undefined;
    const problem = await this.blocker(
      guild,
      roles.map((r) => r.role),
    );
    if (problem) return problem;
    const holders = await guildHolders(this.db, guildId, this.now());
    for (const { role, holders: kind } of roles) await this.apply(guild.id, role, new Set(holders[kind]));
    return undefined;
  }

  /** Syncs every guild the bot is in; failures are logged, never thrown. */
  async syncAll(allowed: (guildId: string) => boolean): Promise<void> {
    for (const guildId of this.client.guilds.cache.keys()) {
      if (!allowed(guildId)) continue;
      const problem = await this.sync(guildId).catch((err: unknown) => {
        this.log.warn({ err, guildId }, "role sync failed");
        return undefined;
      });
      if (problem) this.log.info({ guildId }, problem);
    }
  }

  private async blocker(guild: Guild, roles: Role[]): Promise<string | undefined> {
    const me = guild.members.me ?? (await guild.members.fetchMe());
    const names = roles.map((r) => `“${r.name}”`).join(" and ");
    if (!me.permissions.has(PermissionFlagsBits.ManageRoles))
      return `Jura could not update the ${names} role: give Jura the Manage Roles permission in this server.`;
    const above = roles.filter((r) => r.position >= me.roles.highest.position);
    if (above.length > 0)
      return `Jura could not update the ${above.map((r) => `“${r.name}”`).join(" and ")} role: move Jura's own role above it in Server Settings > Roles.`;
    return undefined;
  }

  private async apply(guildId: string, role: Role, wanted: Set<string>): Promise<void> {
    const granted = new Set(await roleGrants(this.db, guildId, role.id));
    const reason = "Jura role sync: mandates and spokespersons";
    for (const userId of wanted) {
      if (granted.has(userId)) continue;
      if (
        await this.call(() =>
          this.client.rest.put(Routes.guildMemberRole(guildId, userId, role.id), { reason }),
        )
      )
        await recordGrant(this.db, guildId, role.id, userId);
    }
    for (const userId of granted) {
      if (wanted.has(userId)) continue;
      if (
        await this.call(() =>
          this.client.rest.delete(Routes.guildMemberRole(guildId, userId, role.id), { reason }),
        )
      )
        await forgetGrant(this.db, guildId, role.id, userId);
    }
  }

  /** Runs one role change; someone who left the server counts as done. */
  private async call(change: () => Promise<unknown>): Promise<boolean> {
    try {
      await change();
      return true;
    } catch (error) {
      if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownMember) return true;
      throw error;
    }
  }
}

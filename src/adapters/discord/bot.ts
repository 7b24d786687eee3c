import { type Client, Events } from "discord.js";
import type { Jura } from "../../app/jura.js";
import type { Config } from "../../config.js";
import { Registry } from "../../core/commands/registry.js";
import type { Transport } from "../../core/ports.js";
import type { Log } from "../../log.js";
import type { Db } from "../../store/db.js";
import { createClient, createSender } from "./client.js";
import { DiscordStartError, explainLoginError } from "./errors.js";
import { attachInteractions } from "./interactions.js";
import { Lanes } from "./lanes.js";
import { attachNativeVotes } from "./native-votes.js";
import { PollMessages } from "./poll-messages.js";
import { registerCommands } from "./registration.js";
import { RequestGovernor } from "./request-governor.js";
import { RoleSync } from "./roles.js";
import { slashCommands } from "./slash-commands.js";
import { DiscordTransport } from "./transport.js";
import { attachWelcome } from "./welcome.js";

/** Tuning the tests (and nothing else) change. */
export interface DiscordBotOptions {
  /** Defer an interaction's reply after this long without an outcome. Default 1500 ms. */
  deferAfterMs?: number;
  /** REST requests per second, across the client and the sender. Default 45 (Discord: 50). */
  requestsPerSecond?: number;
  /**
   * How often every guild's synced roles are checked, a safety net: mandate changes sync their
   * guild at once through the outbox (`role-sync`). Default 5 min.
   */
  roleSyncEveryMs?: number;
  /** Jura's clock (default: the real one); tests that run Jura on a virtual clock pass theirs. */
  now?: () => Date;
}

type DiscordConfig = Pick<
  Config,
  "DISCORD_TOKEN" | "DISCORD_APPLICATION_ID" | "DISCORD_ALLOWED_GUILDS" | "DISCORD_API_BASE"
>;

/** How long stop() waits for interactions and votes in flight. */
const STOP_GRACE_MS = 10_000;

/**
 * The Discord bot of one process. Its `transport` works from construction (it needs only the
 * token), so the job runtime can deliver announcements at once; `start()` connects to the
 * gateway, registers the slash commands when they changed, and starts answering interactions
 * and counting native poll votes.
 */
export class DiscordBot {
  readonly transport: Transport;
  readonly governor: RequestGovernor;
  private readonly sender: DiscordTransport;
  private readonly polls = new PollMessages();
  private readonly lanes = new Lanes();
  private readonly token: string;
  private readonly applicationId: string;
  private client: Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopping = false;

  constructor(
    private readonly config: DiscordConfig,
    private readonly log: Log,
    private readonly options: DiscordBotOptions = {},
  ) {
    if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID)
      throw new DiscordStartError(
        "DISCORD_TOKEN and DISCORD_APPLICATION_ID are both needed to run on Discord.",
      );
    this.token = config.DISCORD_TOKEN;
    this.applicationId = config.DISCORD_APPLICATION_ID;
    this.governor = new RequestGovernor(options.requestsPerSecond);
    const sender = createSender(config.DISCORD_API_BASE, this.token, this.governor, log);
    this.sender = new DiscordTransport(
      sender,
      this.polls,
      log.child({ component: "discord-sender" }),
      options.now,
    );
    this.transport = this.sender;
  }

  /** Whether Jura answers in this guild (DISCORD_ALLOWED_GUILDS; empty: everywhere). */
  readonly allowed = (guildId: string): boolean =>
    this.config.DISCORD_ALLOWED_GUILDS.length === 0 || this.config.DISCORD_ALLOWED_GUILDS.includes(guildId);

  async start(deps: { db: Db; jura: Jura }): Promise<void> {
    const { log } = this;
    this.polls.attach(deps.db);
    const client = createClient(this.config.DISCORD_API_BASE, this.governor, log);
    this.client = client;
    const registry = new Registry();
    const roles = new RoleSync(client, deps.db, log, this.options.now);
    this.sender.useRoleSync((guildId) =>
      this.allowed(guildId) ? roles.sync(guildId) : Promise.resolve(undefined),
    );
    const common = { jura: deps.jura, lanes: this.lanes, log, allowed: this.allowed };
    attachInteractions(client, {
      ...common,
      registry,
      db: deps.db,
      roles,
      deferAfterMs: this.options.deferAfterMs ?? 1500,
      stopping: () => this.stopping,
    });
    attachNativeVotes(client, { ...common, polls: this.polls });
    attachWelcome(client, common);
    const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
    try {
      await client.login(this.token);
    } catch (error) {
      throw explainLoginError(error);
    }
    await ready;
    if (client.application?.id !== this.applicationId)
      throw new DiscordStartError(
        `DISCORD_APPLICATION_ID is ${this.applicationId}, but DISCORD_TOKEN belongs to application ${client.application?.id ?? "?"}: use the id from the same application.`,
      );
    this.warnAboutGuilds(client);
    await registerCommands({
      rest: client.rest,
      db: deps.db,
      log,
      applicationId: this.applicationId,
      guildIds: this.config.DISCORD_ALLOWED_GUILDS,
      commands: slashCommands(registry),
    }).catch((error: unknown) => {
      const why = error instanceof Error ? error.message : String(error);
      throw new DiscordStartError(`Discord refused Jura's slash commands: ${why}`, { cause: error });
    });
    const syncRoles = () => void roles.syncAll(this.allowed);
    this.timer = setInterval(syncRoles, this.options.roleSyncEveryMs ?? 300_000).unref();
    syncRoles();
    log.info(
      { user: client.user?.tag, guilds: client.guilds.cache.size, applicationId: this.applicationId },
      "Discord bot running",
    );
  }

  /**
   * Stops taking commands (people are told to retry shortly), waits a bounded time for commands
   * and votes in flight, then leaves the gateway.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    await Promise.race([this.lanes.idle(), new Promise((r) => setTimeout(r, STOP_GRACE_MS).unref())]);
    await this.client?.destroy();
  }

  private warnAboutGuilds(client: Client): void {
    const allowed = this.config.DISCORD_ALLOWED_GUILDS;
    if (allowed.length === 0) return;
    for (const guild of client.guilds.cache.values()) {
      if (!allowed.includes(guild.id))
        this.log.warn(
          { guildId: guild.id, name: guild.name },
          "in a server not in DISCORD_ALLOWED_GUILDS; ignoring it",
        );
    }
    for (const id of allowed) {
      if (!client.guilds.cache.has(id))
        this.log.warn(
          { guildId: id },
          "DISCORD_ALLOWED_GUILDS names a server the bot is not in; invite it there",
        );
    }
  }
}

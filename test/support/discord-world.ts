import { pino } from "pino";
import { DiscordBot, type DiscordBotOptions } from "../../src/adapters/discord/bot.js";
import { advanceClock } from "../../src/app/advance.js";
import { boot, type Running } from "../../src/app/run.js";
import { loadConfig } from "../../src/config.js";
import { ManualClock } from "../../src/core/clock.js";
import type { Log } from "../../src/log.js";
import {
  type DiscordDouble,
  type DiscordDoubleOptions,
  type InjectedOptionValues,
  type InteractionCallbackRecord,
  type InteractionRecord,
  startDiscordDouble,
} from "../doubles/discord/index.js";
import { tempDir } from "./jura-process.js";
import { testRedis, uniquePrefix } from "./redis.js";
import { createTestDatabase, embeddedServerUrl } from "./test-servers.js";

export const TOKEN = "jura-discord-e2e-token";
export const APP = "1100000000000000001";
export const BOT = "1100000000000000002";
export const GUILD = "1200000000000000001";
export const GARDEN = "1200000000000000002";
export const COUNCIL = "1200000000000000003";
/** People of the seeded guild, by name. */
export const PEOPLE = {
  alice: "1300000000000000001",
  bob: "1300000000000000002",
  carol: "1300000000000000003",
  dave: "1300000000000000004",
  erin: "1300000000000000005",
} as const;
export type Name = keyof typeof PEOPLE;

/**
 * The Discord double serving the River guild (#garden, #council, everyone in PEOPLE) to the
 * bot TOKEN/APP/BOT, at 50 requests a second; `overrides` change any of that.
 */
export function startRiverDouble(overrides: Partial<DiscordDoubleOptions> = {}): Promise<DiscordDouble> {
  return startDiscordDouble({
    token: TOKEN,
    applicationId: APP,
    botUserId: BOT,
    rateLimit: { limit: 50, windowSeconds: 1 },
    guilds: [
      {
        id: GUILD,
        name: "River",
        channels: [
          { id: GARDEN, name: "garden" },
          { id: COUNCIL, name: "council" },
        ],
        members: Object.entries(PEOPLE).map(([username, id]) => ({ id, username })),
      },
    ],
    ...overrides,
  });
}

/**
 * The environment of a Jura process on `double` with `database` and `redisUrl`: its own data
 * directory and queue prefix.
 */
export function discordProcessEnv<RedisUrl extends string | undefined>(
  double: Pick<DiscordDouble, "apiBase">,
  database: { url: string; poolSize: number },
  redisUrl: RedisUrl,
  dataDir: string,
) {
  return {
    JURA_DATA_DIR: dataDir,
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: String(database.poolSize),
    REDIS_URL: redisUrl,
    JURA_QUEUE_PREFIX: uniquePrefix(),
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: APP,
    DISCORD_API_BASE: double.apiBase,
  };
}

/** A database URL for one test file: a fresh one on TEST_DATABASE_URL's server, else on the embedded one. */
export async function testDatabase(): Promise<{ url: string; poolSize: number; close(): Promise<void> }> {
  const database = await createTestDatabase(process.env.TEST_DATABASE_URL ?? embeddedServerUrl(), "discord");
  return { url: database.url, poolSize: 5, close: () => database.drop() };
}

export interface WorldOptions {
  double?: Partial<DiscordDoubleOptions>;
  bot?: DiscordBotOptions;
  env?: Record<string, string>;
  deliveryConcurrency?: number;
  /** Jura's logger (default: silent, or DISCORD_E2E_LOG's level). */
  log?: Log;
}

/** One running Jura process (in this test process) connected to the double. */
export interface JuraOnDiscord {
  running: Running;
  bot: DiscordBot;
  stop(): Promise<void>;
}

/**
 * A Discord guild (the double) with two channels and five people, and Jura booted against it
 * the way `npm start` does: database, Redis, job runtime with the Discord transport, and the
 * Discord bot. `say` runs a slash command as a person would; `start`/`restart` boot Jura again
 * on the same database and double.
 */
export class DiscordWorld {
  readonly clock = new ManualClock(new Date());
  readonly log: Log;
  jura: JuraOnDiscord | undefined;

  private constructor(
    readonly double: DiscordDouble,
    private readonly env: Record<string, string>,
    private readonly options: WorldOptions,
    private readonly cleanups: Array<() => Promise<unknown>>,
  ) {
    this.log = options.log ?? pino({ level: process.env.DISCORD_E2E_LOG ?? "silent" });
  }

  static async create(options: WorldOptions = {}): Promise<DiscordWorld> {
    const cleanups: Array<() => Promise<unknown>> = [];
    const [database, redis, dataDir] = await Promise.all([
      testDatabase(),
      testRedis(),
      tempDir("jura-discord-"),
    ]);
    cleanups.push(
      () => database.close(),
      () => redis.stop(),
    );
    const double = await startRiverDouble({ botUsername: "jura", ...options.double });
    cleanups.push(() => double.close());
    const env = {
      ...discordProcessEnv(double, database, redis.url, dataDir),
      JURA_SWEEP_INTERVAL_MS: "200",
      ...options.env,
    };
    return new DiscordWorld(double, env, options, cleanups);
  }

  /** Boots Jura and its Discord bot; resolves once commands are registered and it is online. */
  async start(): Promise<JuraOnDiscord> {
    const config = loadConfig(this.env);
    const bot = new DiscordBot(config, this.log, {
      roleSyncEveryMs: 3_600_000,
      now: () => this.clock.now(),
      ...this.options.bot,
    });
    const running = await boot(config, this.log, new Map([["discord", bot.transport]]), {
      deliveryConcurrency: this.options.deliveryConcurrency ?? 4,
      clock: this.clock,
    });
    try {
      await bot.start({ db: running.services.db, jura: running.jura });
    } catch (error) {
      await bot.stop();
      await running.stop();
      throw error;
    }
    const stop = async () => {
      await bot.stop();
      await running.stop();
    };
    this.jura = { running, bot, stop };
    return this.jura;
  }

  async restart(): Promise<JuraOnDiscord> {
    await this.jura?.stop();
    this.jura = undefined;
    return this.start();
  }

  private get running(): Running {
    if (!this.jura) throw new Error("Jura is not started");
    return this.jura.running;
  }

  /** `person` runs `/command [sub] options…` in `channel`; returns the interaction and its answer. */
  async say(
    person: Name,
    command: string,
    options: InjectedOptionValues = {},
    where: { channel?: string; guild?: string; locale?: string } = {},
  ): Promise<{
    record: InteractionRecord;
    response: InteractionCallbackRecord;
    text: string;
    ephemeral: boolean;
  }> {
    const [name, sub] = command.split(" ");
    const record = this.double.injectChatInput({
      commandName: name ?? command,
      ...(sub ? { subcommand: sub } : {}),
      userId: PEOPLE[person],
      guildId: where.guild ?? GUILD,
      channelId: where.channel ?? GARDEN,
      options,
      ...(where.locale ? { locale: where.locale } : {}),
    });
    const response = await this.double.interactionResponse(record.id);
    const answered = await this.double.waitFor(() => {
      const r = this.double.interaction(record.id);
      const shown = r.followUps.at(-1) ?? r.original;
      return shown && (shown.flags ?? 0) & 128 ? undefined : r;
    });
    const shown = answered.followUps.at(-1) ?? answered.original;
    return {
      record: answered,
      response,
      text: shown ? messageText(shown) : "",
      ephemeral: ((shown?.flags ?? 0) & 64) !== 0,
    };
  }

  /** `person` clicks button `customId` on message `messageId` in `channel`; returns the answer. */
  async click(
    person: Name,
    channel: string,
    messageId: string,
    customId: string,
  ): Promise<InteractionCallbackRecord> {
    const record = this.double.injectButton({
      channelId: channel,
      messageId,
      customId,
      userId: PEOPLE[person],
    });
    return this.double.interactionResponse(record.id);
  }

  /**
   * `person` clicks a proposal's Object or Block button on `messageId`, and submits `why` in the
   * modal it opens. Returns the modal that opened and the answer to the submission.
   */
  async answerWithReason(
    person: Name,
    channel: string,
    messageId: string,
    customId: string,
    why: string,
  ): Promise<{ modal: InteractionCallbackRecord; answer: InteractionCallbackRecord }> {
    const click = this.double.injectButton({
      channelId: channel,
      messageId,
      customId,
      userId: PEOPLE[person],
    });
    const modal = await this.double.interactionResponse(click.id);
    const submit = this.double.injectModalSubmit({
      interactionId: click.id,
      userId: PEOPLE[person],
      fields: { reason: why },
    });
    return { modal, answer: await this.double.interactionResponse(submit.id) };
  }

  /**
   * Lets proposal `id`'s window run out: the clock moves just past its closing time, and
   * everything due meanwhile (the decision first of all) runs and is delivered.
   */
  async closeProposal(id: number): Promise<void> {
    const row = await this.db
      .selectFrom("proposal")
      .select(["closesAt", "status"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    if (row.status !== "open") throw new Error(`proposal #${id} is already ${row.status}`);
    await this.advance(new Date(row.closesAt).getTime() - this.clock.now().getTime() + 60_000);
  }

  /**
   * `proposer` runs `command` (a decision of the circle at home in `channel`), `agreeing` answer
   * Agree with `/proposal agree`, and the window runs out: the decision is taken, its command
   * carried out. Returns the proposal's number.
   */
  async decide(
    proposer: Name,
    command: string,
    options: InjectedOptionValues,
    agreeing: readonly Name[],
    where: { channel?: string; guild?: string } = {},
  ): Promise<number> {
    const proposed = await this.say(proposer, command, options, where);
    const id = proposalIdIn(proposed.text);
    for (const person of agreeing) {
      const agreed = await this.say(person, "proposal agree", { id }, where);
      if (!agreed.text.includes(`Your answer to proposal #${id} is recorded: agree`))
        throw new Error(`${person} could not agree with proposal #${id}: ${agreed.text}`);
    }
    await this.closeProposal(id);
    return id;
  }

  /**
   * The usual cast: alice founds “Green Valley” (open to anyone) in #garden and bob joins it,
   * erin founds the federation “Jura” in #council, and Green Valley decides to join it (alice
   * proposes, bob agrees, the window runs out).
   */
  async foundGreenValleyInJura(): Promise<void> {
    await this.say("alice", "circle create", { name: "Green Valley", open: true }, { channel: GARDEN });
    await this.say("bob", "circle join", {}, { channel: GARDEN });
    await this.say("erin", "federation create", { name: "Jura" }, { channel: COUNCIL });
    await this.decide("alice", "federation join", { federation: "Jura" }, ["bob"], { channel: GARDEN });
    const circle = await this.db
      .selectFrom("circle")
      .select("federationId")
      .where("name", "=", "Green Valley")
      .executeTakeFirstOrThrow();
    if (circle.federationId === null) throw new Error("Green Valley did not join Jura");
  }

  /** Waits until every announcement for Discord is delivered. */
  async delivered(timeoutMs = 15_000): Promise<void> {
    await this.running.jobs.enqueuePending();
    if (!(await this.running.jobs.waitIdle(["discord"], timeoutMs)))
      throw new Error("announcements to Discord are still pending");
  }

  /** Moves Jura's clock on, running everything that falls due and delivering it. */
  async advance(ms: number): Promise<void> {
    await advanceClock(this.clock, this.running.uow, ms, () => this.delivered());
  }

  get db() {
    return this.running.services.db;
  }

  async close(): Promise<void> {
    await this.jura?.stop();
    for (const cleanup of this.cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
    if (this.double.internalErrors.length > 0)
      throw new Error(`the Discord double failed: ${this.double.internalErrors.map(String).join("; ")}`);
  }
}

/** The number of the proposal a reply or announcement opened ("Proposal #7 …"). */
export function proposalIdIn(text: string): number {
  const id = /Proposal #(\d+)/.exec(text)?.[1];
  if (!id) throw new Error(`no proposal was opened: ${text}`);
  return Number(id);
}

/** What a person reads in a message: its content, or its embed's description. */
export function messageText(message: { content: string; embeds?: Array<{ description?: string }> }): string {
  return message.content || message.embeds?.map((e) => e.description ?? "").join("\n") || "";
}

/** The largest number of requests in any 1000 ms window (what Discord's global limit counts). */
export function peakPerSecond(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let peak = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= 1000) start++;
    peak = Math.max(peak, end - start + 1);
  }
  return peak;
}

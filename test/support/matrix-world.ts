import { rm } from "node:fs/promises";
import { sql } from "kysely";
import type { Db } from "../../src/store/db.js";
import { BotProcess } from "./bot-process.js";
import { preferredBackend } from "./databases.js";
import { tempDir } from "./jura-process.js";
import { MatrixPerson } from "./matrix-people.js";
import { testRedis, uniquePrefix } from "./redis.js";
import { type RegisteredUser, type Synapse, startSynapse } from "./synapse.js";

/**
 * Everything a Matrix e2e test needs: a Synapse, a database (on TEST_DATABASE_URL's server when
 * set, else on the test run's embedded PostgreSQL; either outlives a killed bot), Redis, the bot's
 * account and people. `startBot()` runs the real `npm start` against them.
 */
export interface MatrixWorld {
  synapse: Synapse;
  database: { url: string; db: Db };
  bot: RegisteredUser;
  people(names: string[]): Promise<MatrixPerson[]>;
  /** Starts the bot and waits until it syncs. */
  startBot(extraEnv?: Record<string, string | undefined>): Promise<BotProcess>;
  /** Starts the bot without waiting (for start-up failures). */
  spawnBot(extraEnv?: Record<string, string | undefined>): BotProcess;
  /**
   * Lets proposal `id`'s decision window (or vote) run out now. The bot runs on the real clock,
   * so the test moves the proposal's `closes_at` to just after its `opens_at` in the bot's
   * database; the bot's sweep (every second in these tests) then decides it as it would at the
   * end of the window. This is the test's doing, not something Jura lets anyone do.
   */
  endProposalWindow(id: number): Promise<void>;
  close(): Promise<void>;
}

export async function matrixWorld(): Promise<MatrixWorld> {
  const closers: Array<() => Promise<unknown>> = [];
  const close = async () => {
    for (const c of closers.splice(0).reverse()) await c().catch(() => {});
  };
  try {
    const synapse = await startSynapse();
    closers.push(() => synapse.stop());
    const database = await botDatabase();
    closers.push(() => database.close());
    const redis = await testRedis();
    closers.push(() => redis.stop());
    const suffix = Math.random().toString(36).slice(2, 7);
    const bot = await synapse.register(`jura${suffix}`);
    const dataDir = await tempDir("jura-matrix-");
    closers.push(() => rm(dataDir, { recursive: true, force: true }));
    const prefix = uniquePrefix();
    const bots: BotProcess[] = [];
    closers.push(async () => {
      for (const b of bots) await b.stop();
    });
    return {
      synapse,
      database,
      bot,
      async people(names) {
        return Promise.all(
          names.map(async (name) => {
            const user = await synapse.register(`${name}${suffix}`);
            return new MatrixPerson(synapse.url, user.userId, user.accessToken);
          }),
        );
      },
      async startBot(extraEnv = {}) {
        const child = spawnBot(extraEnv);
        await child.waitForLog("Matrix bot running", 60_000);
        return child;
      },
      spawnBot,
      async endProposalWindow(id) {
        const moved = await database.db
          .updateTable("proposal")
          .set({ closesAt: sql<Date>`opens_at + interval '1 millisecond'` })
          .where("id", "=", id)
          .where("status", "=", "open")
          .executeTakeFirst();
        if (moved.numUpdatedRows !== 1n) throw new Error(`proposal #${id} is not open`);
      },
      close,
    };

    function spawnBot(extraEnv: Record<string, string | undefined> = {}): BotProcess {
      const child = new BotProcess({
        JURA_DATA_DIR: dataDir,
        DATABASE_URL: database.url,
        DATABASE_POOL_SIZE: database.poolSize,
        REDIS_URL: redis.url,
        JURA_QUEUE_PREFIX: prefix,
        JURA_SWEEP_INTERVAL_MS: "1000",
        // MATRIX_E2E_BOT_LOG_LEVEL=debug (with MATRIX_E2E_BOT_LOG=<file>) to debug a failing run.
        LOG_LEVEL: process.env.MATRIX_E2E_BOT_LOG_LEVEL ?? "info",
        MATRIX_HOMESERVER_URL: synapse.url,
        MATRIX_ACCESS_TOKEN: bot.accessToken,
        ...extraEnv,
      });
      bots.push(child);
      return child;
    }
  } catch (error) {
    await close();
    throw error;
  }
}

/** The bot's database, a fresh one of its own; the bot migrates nothing (the copy is migrated). */
async function botDatabase(): Promise<{ url: string; db: Db; poolSize: string; close(): Promise<unknown> }> {
  const database = await preferredBackend().open();
  return { url: database.url, db: database.db, poolSize: "4", close: () => database.close() };
}

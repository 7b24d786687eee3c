import { AsyncLocalStorage } from "node:async_hooks";
import { sql } from "kysely";
import { BudgetExceeded } from "../core/commands/budget.js";
import { type Locale, useLocaleScope } from "../core/i18n.js";
import type { Store, UnitOfWork, WorkOptions } from "../core/ports.js";
import { aidRepo } from "./aid-repo.js";
import { auditRepo, handledEventsRepo, outboxRepo } from "./audit-outbox-repos.js";
import { budgetsRepo } from "./budgets-repo.js";
import { circlesRepo } from "./circles-repo.js";
import { convergencesRepo } from "./convergences-repo.js";
import { countsRepo } from "./counts-repo.js";
import { creditRepo } from "./credit-repo.js";
import type { Db } from "./db.js";
import { federationsRepo } from "./federations-repo.js";
import { fundsRepo } from "./funds-repo.js";
import { languagesRepo } from "./languages-repo.js";
import { ledgerRepo } from "./ledger-repo.js";
import { mandatesRepo } from "./mandates-repo.js";
import { membersRepo } from "./members-repo.js";
import { peopleRepo } from "./people-repo.js";
import { pollsRepo } from "./polls-repo.js";
import { proposalsRepo } from "./proposals-repo.js";
import { recordRepo } from "./record-repo.js";
import { ritualsRepo, storiesRepo } from "./rituals-stories-repos.js";
import { rotationsRepo } from "./rotations-repo.js";
import { absencesRepo, scheduleRepo, spokespersonsRepo } from "./small-repos.js";

// The reader's language holds across the awaits of a unit of work, a command's or a job's (see
// LocaleScope: core imports no Node library, so whoever runs units of work installs it).
useLocaleScope(new AsyncLocalStorage<Locale>());

/** What a store enforces on every write, from the limits in the configuration. */
export interface StoreOptions {
  /** See Limits.announcementsPerPlacePerDay (default: no limit). */
  announcementsPerPlacePerDay?: number;
}

/** How each repository of a Store is made over one connection or transaction. */
const repositories: { [K in keyof Store]: (db: Db, options: StoreOptions) => Store[K] } = {
  federations: federationsRepo,
  circles: circlesRepo,
  members: membersRepo,
  mandates: mandatesRepo,
  audit: auditRepo,
  outbox: (db, options) => outboxRepo(db, options.announcementsPerPlacePerDay),
  events: handledEventsRepo,
  rotations: rotationsRepo,
  absences: absencesRepo,
  spokespersons: spokespersonsRepo,
  polls: pollsRepo,
  schedule: scheduleRepo,
  aid: aidRepo,
  convergences: convergencesRepo,
  rituals: ritualsRepo,
  stories: storiesRepo,
  proposals: proposalsRepo,
  counts: countsRepo,
  record: recordRepo,
  ledger: ledgerRepo,
  funds: fundsRepo,
  credit: creditRepo,
  budgets: budgetsRepo,
  people: peopleRepo,
  languages: languagesRepo,
  attempt: (db) => (work, opts) => attempt(db, work, opts?.dryRun ?? false),
};

const SOURCE = Symbol("store source");
interface Lazy {
  [SOURCE]: { db: Db; options: StoreOptions };
}

/**
 * What every store inherits: each repository is made on first use and kept (a command uses
 * three or four of the two dozen, and making them all cost more than some of its statements).
 * Being inherited, the repositories are not own properties: derive a store with
 * `Object.create(store, …)`, not by spreading it.
 */
const lazyRepositories: object = Object.create(
  Object.prototype,
  Object.fromEntries(
    Object.entries(repositories).map(([key, make]) => [
      key,
      {
        enumerable: true,
        get(this: Lazy) {
          const { db, options } = this[SOURCE];
          const value = (make as (db: Db, options: StoreOptions) => unknown)(db, options);
          Object.defineProperty(this, key, { value, enumerable: true, configurable: true });
          return value;
        },
      },
    ]),
  ),
);

/** The core's Store over one Kysely connection or transaction. */
export function storeOn(db: Db, options: StoreOptions = {}): Store {
  const store = Object.create(lazyRepositories) as Lazy;
  store[SOURCE] = { db, options };
  return store as unknown as Store;
}

let savepoints = 0;

/** See Store.attempt: a savepoint inside the command's transaction. */
async function attempt<T>(db: Db, work: () => Promise<T>, dryRun: boolean): Promise<T> {
  savepoints = (savepoints + 1) % 1_000_000;
  const name = sql.id(`jura_attempt_${savepoints}`);
  await sql`savepoint ${name}`.execute(db);
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await sql`rollback to savepoint ${name}`.execute(db);
    throw error;
  }
  await sql`${sql.raw(dryRun ? "rollback to savepoint" : "release savepoint")} ${name}`.execute(db);
  return result;
}

/** One Postgres transaction per unit of work: a thrown error rolls back every write in it. */
export function unitOfWork(db: Db, store: StoreOptions = {}): UnitOfWork {
  return { run: (work, options) => transaction(db, options, (trx) => work(storeOn(trx, store))) };
}

/**
 * One transaction under a unit of work's options: with a statement timeout, every statement in
 * it is cancelled by PostgreSQL past that time, and the cancellation becomes BudgetExceeded
 * (a refusal the user reads) instead of an internal error.
 *
 * The transaction is run by hand on one connection so that JavaScript overlaps the round trips
 * it would otherwise wait for: `meanwhile` runs while BEGIN travels, and the work starts while
 * SET LOCAL does (its first statement is sent after it, on the same connection). The work never
 * runs before BEGIN has succeeded, so nothing it writes can land outside the transaction; a
 * failed SET LOCAL aborts the transaction, so the work's statements fail with it.
 */
export async function transaction<T>(
  db: Db,
  options: WorkOptions | undefined,
  fn: (trx: Db) => Promise<T>,
): Promise<T> {
  const timeout = options?.statementTimeoutMs;
  try {
    return await db.connection().execute(async (connection) => {
      const begun = sql`begin`.execute(connection);
      try {
        options?.meanwhile?.();
      } catch (error) {
        // The work fails before it started; the transaction it would have used ends empty.
        await begun.then(() => sql`rollback`.execute(connection)).catch(() => undefined);
        throw error;
      }
      await begun;
      const limited =
        timeout !== undefined && Number.isFinite(timeout)
          ? // A whole number written into the statement, not a parameter: a parameterless statement
            // goes in one protocol message, and this one runs before every command.
            sql`set local statement_timeout = ${sql.raw(String(Math.max(1, Math.ceil(timeout))))}`.execute(
              connection,
            )
          : undefined;
      // Both settle before COMMIT or ROLLBACK is sent: none of the work's statements may follow them.
      const [set, done] = await Promise.allSettled([limited, (async () => fn(connection))()]);
      if (set.status === "fulfilled" && done.status === "fulfilled") {
        await sql`commit`.execute(connection);
        return done.value;
      }
      await sql`rollback`.execute(connection);
      throw set.status === "rejected" ? set.reason : (done as PromiseRejectedResult).reason;
    });
  } catch (error) {
    if (timeout !== undefined && (error as { code?: unknown })?.code === QUERY_CANCELED) {
      throw new BudgetExceeded(options?.budgetMs ?? timeout);
    }
    throw error;
  }
}

/** SQLSTATE of a statement cancelled by statement_timeout. */
const QUERY_CANCELED = "57014";

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

/** The core's Store over one Kysely connection or transaction. */
export function storeOn(db: Db, options: StoreOptions = {}): Store {
  return {
    federations: federationsRepo(db),
    circles: circlesRepo(db),
    members: membersRepo(db),
    mandates: mandatesRepo(db),
    audit: auditRepo(db),
    outbox: outboxRepo(db, options.announcementsPerPlacePerDay),
    events: handledEventsRepo(db),
    rotations: rotationsRepo(db),
    absences: absencesRepo(db),
    spokespersons: spokespersonsRepo(db),
    polls: pollsRepo(db),
    schedule: scheduleRepo(db),
    aid: aidRepo(db),
    convergences: convergencesRepo(db),
    rituals: ritualsRepo(db),
    stories: storiesRepo(db),
    proposals: proposalsRepo(db),
    counts: countsRepo(db),
    record: recordRepo(db),
    ledger: ledgerRepo(db),
    funds: fundsRepo(db),
    credit: creditRepo(db),
    budgets: budgetsRepo(db),
    people: peopleRepo(db),
    languages: languagesRepo(db),
    attempt: (work, opts) => attempt(db, work, opts?.dryRun ?? false),
  };
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
 * (a refusal the user reads) instead of an internal error. PGlite accepts the setting but, being
 * single-threaded, cannot interrupt a statement: there the command's cooperative checks remain.
 */
export async function transaction<T>(
  db: Db,
  options: WorkOptions | undefined,
  fn: (trx: Db) => Promise<T>,
): Promise<T> {
  const timeout = options?.statementTimeoutMs;
  try {
    return await db.transaction().execute(async (trx) => {
      if (timeout !== undefined) {
        await sql`select set_config('statement_timeout', ${`${Math.max(1, Math.ceil(timeout))}ms`}, true)`.execute(
          trx,
        );
      }
      return fn(trx);
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

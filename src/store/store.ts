import { sql } from "kysely";
import type { Store, UnitOfWork } from "../core/ports.js";
import { aidRepo } from "./aid-repo.js";
import { auditRepo, handledEventsRepo, outboxRepo } from "./audit-outbox-repos.js";
import { circlesRepo } from "./circles-repo.js";
import { convergencesRepo } from "./convergences-repo.js";
import type { Db } from "./db.js";
import { federationsRepo } from "./federations-repo.js";
import { mandatesRepo } from "./mandates-repo.js";
import { membersRepo } from "./members-repo.js";
import { pollsRepo } from "./polls-repo.js";
import { proposalsRepo } from "./proposals-repo.js";
import { ritualsRepo, storiesRepo } from "./rituals-stories-repos.js";
import { rotationsRepo } from "./rotations-repo.js";
import { absencesRepo, scheduleRepo, spokespersonsRepo } from "./small-repos.js";

/** The core's Store over one Kysely connection or transaction. */
export function storeOn(db: Db): Store {
  return {
    federations: federationsRepo(db),
    circles: circlesRepo(db),
    members: membersRepo(db),
    mandates: mandatesRepo(db),
    audit: auditRepo(db),
    outbox: outboxRepo(db),
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
export function unitOfWork(db: Db): UnitOfWork {
  return { run: (work) => db.transaction().execute((trx) => work(storeOn(trx))) };
}

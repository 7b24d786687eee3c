import { CamelCasePlugin, Kysely, PostgresDialect } from "kysely";
import { Migrator } from "kysely/migration";
import pg from "pg";
import { migrationProvider } from "../../migrations/index.js";
import type { Database } from "./schema.js";

export type Db = Kysely<Database>;

/**
 * Opens a Kysely over a pg Pool of up to `maxConnections` sessions, opened as they are needed.
 * A connection that cannot be made within 10 s fails instead of waiting forever.
 *
 * `synchronousCommit: false` makes its commits return before their WAL reaches the disk: for
 * bookkeeping that is safe to lose in a database crash (its last ~0.6 s), never for state a
 * command changed. A process crash loses nothing either way.
 */
export function openDb(url: string, maxConnections = 10, opts: { synchronousCommit?: boolean } = {}): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: maxConnections,
    connectionTimeoutMillis: 10_000,
    ...(opts.synchronousCommit === false ? { options: "-c synchronous_commit=off" } : {}),
  });
  pool.on("error", () => {
    // An idle client lost its connection; the pool drops it and the next query reconnects.
  });
  // Columns are snake_case in SQL and camelCase here; what JSON columns hold comes back exactly as
  // written (a proposal's arguments keep recall_quorum, not recallQuorum).
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin({ maintainNestedObjectKeys: true })],
  });
}

/** Applies pending migrations; throws with the failing migration's name so start-up stops clearly. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Database migration ${failed?.migrationName ?? ""} failed: ${reason}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

import { CamelCasePlugin, Kysely, type LogConfig, PostgresDialect } from "kysely";
import { Migrator } from "kysely/migration";
import pg from "pg";
import { migrationProvider } from "../../migrations/index.js";
import type { Database } from "./schema.js";

export type Db = Kysely<Database>;

export interface DbOptions {
  /**
   * `false` makes commits return before their WAL reaches the disk: for bookkeeping that is safe
   * to lose in a database crash (its last ~0.6 s), never for state a command changed. A process
   * crash loses nothing either way.
   */
  synchronousCommit?: boolean;
  /** See {@link preparedStatements}; on unless false (a PgBouncer before 1.21 in transaction mode needs false). */
  prepare?: boolean;
  /** Kysely's query log (the benchmarks count round trips with it). */
  log?: LogConfig;
}

/**
 * Opens a Kysely over a pg Pool of up to `maxConnections` sessions, opened as they are needed.
 * A connection that cannot be made within 10 s fails instead of waiting forever.
 */
export function openDb(url: string, maxConnections = 10, opts: DbOptions = {}): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: maxConnections,
    connectionTimeoutMillis: 10_000,
    ...(opts.synchronousCommit === false ? { options: "-c synchronous_commit=off" } : {}),
  });
  pool.on("error", () => {
    // An idle client lost its connection; the pool drops it and the next query reconnects.
  });
  if (opts.prepare !== false) preparedStatements(pool);
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new NamesOnce()],
    ...(opts.log ? { log: opts.log } : {}),
  });
}

/**
 * Columns are snake_case in SQL and camelCase here; what JSON columns hold comes back exactly as
 * written (a proposal's arguments keep recall_quorum, not recallQuorum). Kysely's plugin converts
 * each name character by character at every use, for every row; this one converts each name
 * once, and renames a row's keys without looking into its values.
 */
class NamesOnce extends CamelCasePlugin {
  readonly #camel = new Map<string, string>();
  readonly #snake = new Map<string, string>();

  constructor() {
    super({ maintainNestedObjectKeys: true });
  }

  protected override camelCase(name: string): string {
    return remembered(this.#camel, name, (n) => super.camelCase(n));
  }

  protected override snakeCase(name: string): string {
    return remembered(this.#snake, name, (n) => super.snakeCase(n));
  }

  protected override mapRow(row: Record<string, unknown>): Record<string, unknown> {
    const mapped: Record<string, unknown> = {};
    for (const key of Object.keys(row)) mapped[this.camelCase(key)] = row[key];
    return mapped;
  }
}

/** Names are a schema's few hundred; past this many (aliases made up at run time) stop keeping them. */
const NAMES_KEPT = 5_000;

function remembered(memo: Map<string, string>, name: string, convert: (name: string) => string): string {
  let converted = memo.get(name);
  if (converted === undefined) {
    converted = convert(name);
    if (memo.size < NAMES_KEPT) memo.set(name, converted);
  }
  return converted;
}

/** Distinct statements a process prepares, at most, on each connection. */
export const PREPARED_LIMIT = 256;
/** A statement is prepared at its third run: one-off statements (migrations, odd `in` lists) are not. */
const PREPARE_FROM_RUN = 3;

/** SQLSTATE of "cached plan must not change result type". */
const FEATURE_NOT_SUPPORTED = "0A000";

type QueryFn = (config: unknown, values?: unknown, callback?: unknown) => unknown;

/**
 * Runs the statements this process repeats as named prepared statements on each connection of
 * `pool`: PostgreSQL parses and plans them once per connection instead of at every run, which is
 * most of what a short query costs the server (a command's statements took 1.4-2.6 times as long
 * unprepared). Statements without parameters (BEGIN, COMMIT, DDL) go as they are. A statement
 * gets a name at its third run, and the process names at most {@link PREPARED_LIMIT}, so each
 * connection holds a bounded set; beyond it, statements run unnamed as before.
 */
export function preparedStatements(pool: pg.Pool, limit = PREPARED_LIMIT): void {
  /** Statement text → its name once prepared, or how often it ran before. */
  const seen = new Map<string, string | number>();
  let named = 0;
  const nameOf = (text: string): string | undefined => {
    const entry = seen.get(text);
    if (typeof entry === "string") return entry;
    const runs = (entry ?? 0) + 1;
    if (runs >= PREPARE_FROM_RUN && named < limit) {
      const name = `jura_${++named}`;
      seen.set(text, name);
      return name;
    }
    // Counting stays bounded too: texts that never got a name are forgotten in a crowd.
    if (entry === undefined && seen.size >= 4 * limit) {
      for (const [key, value] of seen) if (typeof value === "number") seen.delete(key);
    }
    seen.set(text, runs);
    return undefined;
  };
  pool.on("connect", (client) => {
    const submit = client.query.bind(client) as QueryFn;
    const query: QueryFn = (config, values, callback) => {
      const name =
        typeof config === "string" && callback === undefined && Array.isArray(values) && values.length > 0
          ? nameOf(config)
          : undefined;
      if (name === undefined) return submit(config, values, callback);
      return new Promise((resolve, reject) => {
        // A Query of our own, named: a config object instead would be copied property by property.
        const named = new pg.Query(config as string, values as unknown[], (error, result) => {
          if (!error) return resolve(result);
          // Another process changed a table under the prepared plan (a migration while this one
          // runs): this run fails, and the text is prepared afresh under a new name next time.
          if (
            (error as { code?: string }).code === FEATURE_NOT_SUPPORTED &&
            seen.get(config as string) === name
          )
            seen.delete(config as string);
          reject(error);
        });
        (named as unknown as { name: string }).name = name;
        const result = (named as unknown as { _result?: Partial<PgResult> })._result;
        if (typeof result?.addFields === "function") result.addFields = quickFields;
        submit(named);
      });
    };
    (client as unknown as { query: QueryFn }).query = query;
  });
}

/** What {@link quickFields} touches of pg's Result (pg 8.x). */
interface PgResult {
  fields: unknown;
  _parsers: unknown;
  _types?: { getTypeParser(oid: number, format: string): unknown };
  _prebuiltEmptyResultObject: unknown;
  addFields(fields: readonly PgField[]): void;
}
interface PgField {
  name: string;
  dataTypeID: number;
  format?: string;
}

/**
 * pg's Result.addFields, without its cost: pg builds each result's empty row as a
 * prototype-less object and copies it, which V8 keeps in its slow dictionary form: 5 µs for a
 * circle's 15 columns at every read, against 0.7 µs for the same row built as a plain object
 * (and each row copied from it is quicker too). A column named `__proto__` cannot be a plain
 * object's key: such a result keeps pg's own way.
 */
function quickFields(this: PgResult, fields: readonly PgField[]): void {
  const row: Record<string, null> = {};
  const parsers = new Array(fields.length);
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] as PgField;
    if (field.name === "__proto__") {
      (Object.getPrototypeOf(this) as PgResult).addFields.call(this, fields);
      return;
    }
    row[field.name] = null;
    parsers[i] = (this._types ?? pg.types).getTypeParser(
      field.dataTypeID,
      (field.format || "text") as "text",
    );
  }
  this.fields = fields;
  this._parsers = parsers;
  this._prebuiltEmptyResultObject = row;
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

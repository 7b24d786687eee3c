import { existsSync } from "node:fs";
import { readFile, rename } from "node:fs/promises";
import { join } from "node:path";
import { Kysely, PostgresDialect } from "kysely";
import { Migrator } from "kysely/migration";
import pg from "pg";
import { migrationProvider } from "../../migrations/index.js";
import { isAlive } from "../os/processes.js";
import { StartError } from "../os/start-error.js";
import type { EmbeddedPostgres, Logger } from "./embedded-postgres.js";

/** What a PGlite import copied, and where the old directory now is. */
export interface PgliteImport {
  tables: number;
  rows: number;
  keptAs: string;
}

/** The shape of `@electric-sql/pglite` this module uses (loaded only when there is something to import). */
interface Lite {
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
  close(): Promise<void>;
}

const STAGING = "jura_import";
/** Comment on the database a finished import produced; it survives the rename, atomically. */
const IMPORTED = "Imported by Jura from a PGlite database";
const PAGE_ROWS = 2_000;
/** The lock file Jura's PGlite server wrote in its data directory. */
const OLD_LOCK = "embedded-postgres.pid";

/** Whether `dir` holds a database written by the embedded PGlite of earlier Jura versions. */
export function hasPgliteData(dir: string): boolean {
  return existsSync(join(dir, "PG_VERSION"));
}

/**
 * Copies the PGlite database in `legacyDir` into the embedded server's Jura database, once.
 *
 * The copy goes into a staging database migrated to the same migrations as the PGlite one, row
 * by row through JSON (every type round-trips as text), with constraints and triggers off during
 * the load (`session_replication_role = replica`) and sequences carried over. Every table's row
 * count must match before the staging database replaces the (empty) Jura one; only then is
 * `legacyDir` renamed aside, never deleted. A crash at any point leaves `legacyDir` in place and
 * the import simply runs again at the next start.
 *
 * @throws StartError when the copy cannot be made or checked; nothing is lost either way.
 */
export async function importPglite(opts: {
  legacyDir: string;
  server: EmbeddedPostgres;
  log?: Logger;
}): Promise<PgliteImport> {
  const { legacyDir, server, log } = opts;
  const owner = Number((await readFile(join(legacyDir, OLD_LOCK), "utf8").catch(() => "")).trim());
  if (owner !== process.pid && isAlive(owner)) {
    throw new StartError(
      `Jura cannot start: an older Jura (process ${owner}) still runs on its PGlite database ${legacyDir}. Stop it, then start again.`,
    );
  }
  const started = Date.now();
  log?.info({ legacyDir }, "copying the PGlite database into PostgreSQL");
  const { PGlite } = await import("@electric-sql/pglite");
  const lite: Lite = await PGlite.create({ dataDir: legacyDir });
  try {
    const source = await describe(lite);
    const target = await targetState(server);
    if (target === "conflict") {
      throw new StartError(
        `Jura cannot start: ${legacyDir} holds an old PGlite database, and the embedded PostgreSQL already holds other data. ` +
          `Move ${legacyDir} away to keep the PostgreSQL data, or move the PostgreSQL directory away to import the PGlite one.`,
      );
    }
    if (target === "empty") await copy(lite, source, server, legacyDir);
    const rows = [...source.counts.values()].reduce((sum, n) => sum + n, 0);
    const keptAs = await setAside(legacyDir);
    log?.info(
      { rows, tables: source.tables.length, ms: Date.now() - started, keptAs },
      "PGlite database imported",
    );
    return { tables: source.tables.length, rows, keptAs };
  } finally {
    await lite.close().catch(() => {});
  }
}

interface Source {
  migrations: string[];
  tables: string[];
  counts: Map<string, number>;
  sequences: Array<{ name: string; value: string }>;
}

async function describe(lite: Lite): Promise<Source> {
  const tables = (
    await lite.query<{ name: string }>(
      "select tablename as name from pg_tables where schemaname = 'public' order by tablename",
    )
  ).rows.map((r) => r.name);
  const migrations = tables.includes("kysely_migration")
    ? (await lite.query<{ name: string }>("select name from kysely_migration order by name")).rows.map(
        (r) => r.name,
      )
    : [];
  const known = Object.keys(await migrationProvider.getMigrations());
  const unknown = migrations.filter((m) => !known.includes(m));
  if (unknown.length > 0) {
    throw new StartError(
      `Jura cannot import its old PGlite database: it was written by a newer Jura (migrations ${unknown.join(", ")}). Update Jura first.`,
    );
  }
  const dataTables = tables.filter((t) => !t.startsWith("kysely_migration"));
  const counts = new Map<string, number>();
  for (const table of dataTables) counts.set(table, await count(lite, table));
  const sequences = (
    await lite.query<{ name: string; value: string | null }>(
      "select format('%I.%I', schemaname, sequencename) as name, last_value::text as value from pg_sequences where schemaname = 'public'",
    )
  ).rows.filter((s): s is { name: string; value: string } => s.value !== null);
  return { migrations, tables: dataTables, counts, sequences };
}

async function count(lite: Lite, table: string): Promise<number> {
  const { rows } = await lite.query<{ n: number }>(`select count(*)::int as n from ${ident(table)}`);
  return rows[0]?.n ?? 0;
}

/**
 * "empty": the Jura database has no rows (the import goes ahead); "done": an earlier import
 * finished (its database carries the import's comment) but stopped before setting the
 * directory aside; else "conflict": other data, which the import must not replace.
 */
async function targetState(server: EmbeddedPostgres): Promise<"empty" | "done" | "conflict"> {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    const { rows: comment } = await client.query<{ text: string | null }>(
      "select shobj_description(oid, 'pg_database') as text from pg_database where datname = current_database()",
    );
    if (comment[0]?.text?.startsWith(IMPORTED)) return "done";
    const present = (
      await client.query<{ name: string }>(
        "select tablename as name from pg_tables where schemaname = 'public' and tablename not like 'kysely_migration%'",
      )
    ).rows.map((r) => r.name);
    if (present.length === 0) return "empty";
    for (const table of present) {
      const { rows: found } = await client.query<{ n: number }>(
        `select count(*)::int as n from ${ident(table)}`,
      );
      if ((found[0]?.n ?? 0) > 0) return "conflict";
    }
    return "empty";
  } finally {
    await client.end();
  }
}

async function copy(lite: Lite, source: Source, server: EmbeddedPostgres, legacyDir: string): Promise<void> {
  const admin = new pg.Client({ connectionString: server.urlFor("postgres") });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${STAGING} with (force)`);
    await admin.query(`create database ${STAGING}`);
    const stagingUrl = server.urlFor(STAGING);
    await migrateTo(stagingUrl, source.migrations.at(-1));
    const client = new pg.Client({ connectionString: stagingUrl });
    await client.connect();
    try {
      await client.query("begin");
      await client.query("set local session_replication_role = replica");
      for (const table of source.tables) await copyTable(lite, client, table);
      for (const seq of source.sequences)
        await client.query("select setval($1::regclass, $2::bigint, true)", [seq.name, seq.value]);
      await client.query("commit");
      for (const table of source.tables) {
        const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from ${ident(table)}`);
        const copied = rows[0]?.n ?? 0;
        const expected = source.counts.get(table) ?? 0;
        if (copied !== expected) {
          throw new StartError(
            `Jura cannot start: the copy of its old PGlite database did not check out (${table}: ${expected} rows in PGlite, ${copied} copied). Nothing was changed; the PGlite directory is untouched.`,
          );
        }
      }
    } finally {
      await client.end();
    }
    const { rows } = await admin.query<{ db: string }>("select current_database() as db");
    const jura = new URL(server.url).pathname.slice(1);
    if (rows[0]?.db === jura) throw new Error("the admin connection must not use the Jura database");
    await admin.query(
      `comment on database ${STAGING} is ${admin.escapeLiteral(`${IMPORTED} (${legacyDir}) on ${new Date().toISOString()}`)}`,
    );
    await admin.query(`drop database if exists ${ident(jura)} with (force)`);
    await admin.query(`alter database ${STAGING} rename to ${ident(jura)}`);
  } catch (error) {
    await admin.query(`drop database if exists ${STAGING} with (force)`).catch(() => {});
    throw error;
  } finally {
    await admin.end();
  }
}

async function migrateTo(url: string, last: string | undefined): Promise<void> {
  if (!last) return;
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
  });
  try {
    const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo(last);
    if (error) throw error;
  } finally {
    await db.destroy();
  }
}

async function copyTable(lite: Lite, client: pg.Client, table: string): Promise<void> {
  const { rows: columns } = await client.query<{ name: string }>(
    "select column_name as name from information_schema.columns where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER' order by ordinal_position",
    [table],
  );
  const list = columns.map((c) => ident(c.name)).join(", ");
  let after = "(0,0)";
  for (;;) {
    const { rows } = await lite.query<{ at: string; row: string }>(
      `select ctid::text as at, row_to_json(t)::text as row from ${ident(table)} t where ctid > $1::tid order by ctid limit ${PAGE_ROWS}`,
      [after],
    );
    if (rows.length === 0) return;
    await client.query(
      `insert into public.${ident(table)} (${list}) overriding system value select ${list} from json_populate_recordset(null::public.${ident(table)}, $1::json)`,
      [`[${rows.map((r) => r.row).join(",")}]`],
    );
    after = rows.at(-1)?.at ?? after;
    if (rows.length < PAGE_ROWS) return;
  }
}

async function setAside(legacyDir: string): Promise<string> {
  let keptAs = `${legacyDir}.pglite-backup`;
  if (existsSync(keptAs)) keptAs = `${keptAs}-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  await rename(legacyDir, keptAs);
  return keptAs;
}

function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

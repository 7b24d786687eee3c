import { PGlite } from "@electric-sql/pglite";
import { CamelCasePlugin, Kysely, PostgresDialect } from "kysely";
import { type Db, migrateToLatest } from "../../src/store/db.js";
import type { Database } from "../../src/store/schema.js";

/** An old Jura's embedded PGlite database, opened in this process (one session). */
export interface LegacyPglite {
  db: Db;
  /** Row count of every Jura table (not Kysely's own). */
  counts(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

/**
 * Opens (creating and migrating) a PGlite data directory as Jura versions before the embedded
 * PostgreSQL server kept it, with a Kysely over it that behaves as `pg` does (int8 and numeric
 * as strings), so test data can be written through Jura's own commands.
 */
export async function openLegacyPglite(dataDir: string): Promise<LegacyPglite> {
  const text = (value: string) => value;
  const lite = await PGlite.create({ dataDir, parsers: { 20: text, 1700: text } });
  const client = {
    async query(sql: string, parameters: readonly unknown[]) {
      const result = await lite.query<Record<string, unknown>>(sql, [...parameters]);
      const command = sql.trimStart().split(/\s/, 1)[0]?.toUpperCase();
      return { command, rowCount: result.affectedRows ?? result.rows.length, rows: result.rows };
    },
    release() {},
  };
  const pool = { connect: async () => client, end: async () => {} };
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: pool as never }),
    plugins: [new CamelCasePlugin({ maintainNestedObjectKeys: true })],
  });
  await migrateToLatest(db);
  return {
    db,
    async counts() {
      const tables = await lite.query<{ name: string }>(
        "select tablename as name from pg_tables where schemaname = 'public' and tablename not like 'kysely_migration%' order by 1",
      );
      const counts: Record<string, number> = {};
      for (const { name } of tables.rows) {
        const found = await lite.query<{ n: number }>(`select count(*)::int as n from "${name}"`);
        counts[name] = found.rows[0]?.n ?? 0;
      }
      return counts;
    },
    async close() {
      await db.destroy();
      await lite.close();
    },
  };
}

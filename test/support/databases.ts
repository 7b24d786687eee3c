import pg from "pg";
import { type Db, migrateToLatest, openDb } from "../../src/store/db.js";
import { startMemoryPostgres } from "../../src/store/embedded-postgres.js";

/** A migrated, empty database for one test file, and how to throw it away. */
export interface TestDatabase {
  db: Db;
  /** A URL the Jura process can use (DATABASE_URL), for end-to-end tests. */
  url: string;
  close(): Promise<void>;
}

export interface Backend {
  name: "pglite" | "postgres";
  open(): Promise<TestDatabase>;
}

/**
 * Integration tests run on embedded PGlite always, and also on a real PostgreSQL server when
 * TEST_DATABASE_URL is set (CI sets it), so the embedded default stays honest.
 */
export function backends(): Backend[] {
  const list: Backend[] = [{ name: "pglite", open: openPglite }];
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) list.push({ name: "postgres", open: () => openServerDatabase(serverUrl) });
  return list;
}

async function openPglite(): Promise<TestDatabase> {
  const server = await startMemoryPostgres();
  const db = openDb(server.url, 1);
  await migrateToLatest(db);
  return {
    db,
    url: server.url,
    close: async () => {
      await db.destroy();
      await server.stop();
    },
  };
}

/** A fresh database per test file on the shared server, dropped afterwards. */
async function openServerDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `jura_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = openDb(url.toString(), 5);
  await migrateToLatest(db);
  return {
    db,
    url: url.toString(),
    close: async () => {
      await db.destroy();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

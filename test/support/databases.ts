import { type Db, migrateToLatest, openDb } from "../../src/store/db.js";
import { createTestDatabase, embeddedServerUrl } from "./test-servers.js";

/** A migrated, empty database for one test file, and how to throw it away. */
export interface TestDatabase {
  db: Db;
  /** A URL the Jura process can use (DATABASE_URL), for end-to-end tests. */
  url: string;
  close(): Promise<void>;
}

export interface Backend {
  name: "embedded" | "postgres";
  open(): Promise<TestDatabase>;
}

/**
 * Integration tests run on the embedded PostgreSQL always (the one the test run's global setup
 * started, as Jura starts it), and also on a PostgreSQL server when TEST_DATABASE_URL is set
 * (CI sets it). Each test file gets fresh databases of its own on them.
 */
export function backends(): Backend[] {
  const list: Backend[] = [{ name: "embedded", open: () => openDatabase(embeddedServerUrl()) }];
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) list.push({ name: "postgres", open: () => openDatabase(serverUrl) });
  return list;
}

/** The embedded backend alone (for tests too heavy to run twice). */
export function embeddedBackend(): Backend {
  return { name: "embedded", open: () => openDatabase(embeddedServerUrl()) };
}

/** The server backend when TEST_DATABASE_URL is set, else the embedded one. */
export function preferredBackend(): Backend {
  return backends().find((b) => b.name === "postgres") ?? embeddedBackend();
}

async function openDatabase(serverUrl: string): Promise<TestDatabase> {
  const database = await createTestDatabase(serverUrl);
  const db = openDb(database.url, 5);
  await migrateToLatest(db);
  return {
    db,
    url: database.url,
    close: async () => {
      await db.destroy();
      await database.drop();
    },
  };
}

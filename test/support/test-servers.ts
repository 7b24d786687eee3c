import pg from "pg";

/** Set by the global setup: the shared embedded PostgreSQL's admin URL (database `postgres`). */
export const TEST_SERVER_ENV = "JURA_TEST_EMBEDDED_URL";
/** Set by the global setup: the migrated template database, on every test server. */
export const TEMPLATE_ENV = "JURA_TEST_TEMPLATE";

/** The shared embedded server's admin URL; the global setup must have run. */
export function embeddedServerUrl(): string {
  const url = process.env[TEST_SERVER_ENV];
  if (!url)
    throw new Error(
      `${TEST_SERVER_ENV} is not set: run the tests with vitest (its globalSetup starts the server)`,
    );
  return url;
}

/**
 * A new database on the server at `adminUrl`, already migrated (a copy of the template), and
 * how to drop it. Names are unique per process and call.
 */
export async function createTestDatabase(
  adminUrl: string,
  label = "t",
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `jura_${label}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const template = process.env[TEMPLATE_ENV];
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(template ? `create database ${name} template ${template}` : `create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

import { spawnSync } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { migrateToLatest, openDb } from "../../src/store/db.js";
import { startEmbeddedPostgres } from "../../src/store/embedded-postgres.js";
import { TEST_TMP_ENV } from "./jura-process.js";
import { TEMPLATE_ENV, TEST_SERVER_ENV } from "./test-servers.js";

const ROOT = new URL("../..", import.meta.url).pathname;

/**
 * Once per `vitest run`: builds dist/ (the e2e tests start Jura as `npm start` does), starts ONE
 * embedded PostgreSQL for every test file (each file then gets databases of its own, copied
 * from a migrated template, which is much faster than a server or a migration per file), and
 * prepares the same template on TEST_DATABASE_URL's server when that is set.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const build = spawnSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("the build (scripts/build.mjs) failed");

  // Every scratch directory of this run (data directories, bot state) goes in one, removed at the end.
  const runDir = await mkdtemp(join(tmpdir(), "jura-test-run-"));
  // As root, the embedded PostgreSQL runs as another user, who must pass through (not list) it.
  await chmod(runDir, 0o711);
  process.env[TEST_TMP_ENV] = runDir;
  const dir = join(runDir, "shared-pg");
  const server = await startEmbeddedPostgres({
    dataDir: join(dir, "postgres"),
    // Throwaway data: durability off, room for every file's pools and bot processes.
    settings: { fsync: "off", synchronous_commit: "off", full_page_writes: "off", max_connections: 400 },
  });
  const template = `jura_template_${process.pid}`;
  const templates: Array<{ admin: string }> = [];
  try {
    await createTemplate(server.urlFor("postgres"), template);
    templates.push({ admin: server.urlFor("postgres") });
    process.env[TEST_SERVER_ENV] = server.urlFor("postgres");
    if (process.env.TEST_DATABASE_URL) {
      await createTemplate(process.env.TEST_DATABASE_URL, template);
      templates.push({ admin: process.env.TEST_DATABASE_URL });
    }
    process.env[TEMPLATE_ENV] = template;
  } catch (error) {
    await server.stop();
    await rm(runDir, { recursive: true, force: true });
    throw error;
  }
  return async () => {
    for (const { admin } of templates) await dropDatabase(admin, template).catch(() => {});
    await server.stop();
    await rm(runDir, { recursive: true, force: true });
  };
}

async function createTemplate(adminUrl: string, name: string): Promise<void> {
  await dropDatabase(adminUrl, name);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const db = openDb(withDatabase(adminUrl, name), 1);
  await migrateToLatest(db);
  await db.destroy();
  const again = new pg.Client({ connectionString: adminUrl });
  await again.connect();
  await again.query(`alter database ${name} with is_template true allow_connections false`);
  await again.end();
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`alter database ${name} is_template false`).catch(() => {});
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

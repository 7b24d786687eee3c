import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { sql } from "kysely";
import { pino } from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { startServices } from "../../src/app/services.js";
import { loadConfig } from "../../src/config.js";
import { StartError } from "../../src/os/start-error.js";
import { harness } from "../support/harness.js";
import { tempDir } from "../support/jura-process.js";
import { openLegacyPglite } from "../support/pglite-legacy.js";

const SETUP = [
  ["alice", "#jura", "federation create Jura tz:Europe/Zurich"],
  [
    "alice",
    "#garden",
    'circle create Green Valley purpose:"Community gardens — für alle" tz:Europe/Paris open:yes',
  ],
  ["bob", "#garden", "circle join"],
  ["carol", "#garden", "circle join"],
  ["dan", "#bakery", "circle create Bread & Roses open:yes"],
  ["erin", "#bakery", "circle join"],
  ["bob", "#garden", "federation join Jura"],
  ["carol", "#garden", "proposal agree 1"],
  ["alice", "#garden", "mandate grant @bob carry our proposal to the spring assembly until:60d"],
  ["bob", "#garden", "proposal agree 2"],
  ["alice", "#garden", 'poll start Buy a van? options:"yes|no|later" closes:5d'],
  ["bob", "#garden", "poll vote 1 yes"],
] as const;

const log = pino({ level: "silent" });
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe("an existing PGlite database (Jura before the embedded PostgreSQL server)", () => {
  it("GIVEN data in JURA_DATA_DIR/pg WHEN Jura starts THEN it is copied once into PostgreSQL, counts checked, and the old directory kept", {
    timeout: 120_000,
  }, async () => {
    const dataDir = await tempDir("jura-import-");
    dirs.push(dataDir);
    const legacyDir = join(dataDir, "pg");
    const legacy = await openLegacyPglite(legacyDir);
    const before = harness(legacy.db);
    for (const [person, place, command] of SETUP) await before.ok(person, place, command);
    await before.advance(2 * 86_400_000);
    const counts = await legacy.counts();
    const shownBefore = await before.ok("zoe", "#garden", "circle show");
    await legacy.close();
    expect(counts.circle).toBe(2);
    expect(counts.membership).toBe(5);
    expect(counts.audit_log).toBeGreaterThanOrEqual(SETUP.length);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeGreaterThan(20);

    const config = loadConfig({ JURA_DATA_DIR: dataDir });
    const notices: string[] = [];
    const first = await startServices(config, log, { redis: false, notice: (t) => notices.push(t) });
    try {
      expect(notices).toHaveLength(1);
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      expect(notices[0]).toContain(`${total} rows in ${Object.keys(counts).length} tables`);
      expect(notices[0]).toContain(`${legacyDir}.pglite-backup`);
      expect(existsSync(legacyDir)).toBe(false);
      expect(existsSync(join(`${legacyDir}.pglite-backup`, "PG_VERSION"))).toBe(true);

      for (const [table, n] of Object.entries(counts)) {
        const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(
          first.db,
        );
        expect({ table, n: rows[0]?.n }).toEqual({ table, n });
      }
      const after = harness(first.db);
      after.clock.set(before.clock.now());
      expect(await after.ok("zoe", "#garden", "circle show")).toBe(shownBefore);
      // Identity sequences came along: new rows do not collide with copied ones.
      expect(await after.ok("frank", "#kitchen", "circle create Kitchen")).toContain("Kitchen");
      expect(await after.ok("carol", "#garden", "poll vote 1 no")).toBeTruthy();
    } finally {
      await first.stop();
    }

    const again = await startServices(config, log, { redis: false, notice: (t) => notices.push(t) });
    try {
      expect(notices).toHaveLength(1);
      const circles = await again.db.selectFrom("circle").select("name").orderBy("id").execute();
      expect(circles.map((r) => r.name)).toEqual(["Green Valley", "Bread & Roses", "Kitchen"]);
    } finally {
      await again.stop();
    }
  });

  it("GIVEN PostgreSQL already holding other data WHEN a PGlite directory is also there THEN start-up refuses and changes neither", {
    timeout: 120_000,
  }, async () => {
    const dataDir = await tempDir("jura-import-conflict-");
    dirs.push(dataDir);
    const config = loadConfig({ JURA_DATA_DIR: dataDir });
    const current = await startServices(config, log, { redis: false, notice: () => {} });
    try {
      await harness(current.db).ok("ana", "#orchard", "circle create Orchard");
    } finally {
      await current.stop();
    }
    const legacy = await openLegacyPglite(join(dataDir, "pg"));
    await harness(legacy.db).ok("bob", "#garden", "circle create Garden");
    await legacy.close();

    const attempt = startServices(config, log, { redis: false, notice: () => {} });
    await expect(attempt).rejects.toBeInstanceOf(StartError);
    await expect(attempt).rejects.toThrow(/already holds other data/);
    expect(existsSync(join(dataDir, "pg", "PG_VERSION"))).toBe(true);

    await rm(join(dataDir, "pg"), { recursive: true });
    const after = await startServices(config, log, { redis: false, notice: () => {} });
    try {
      const circles = await after.db.selectFrom("circle").select("name").execute();
      expect(circles.map((c) => c.name)).toEqual(["Orchard"]);
    } finally {
      await after.stop();
    }
  });
});

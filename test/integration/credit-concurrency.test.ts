import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unitOfWork } from "../../src/store/store.js";
import type { PayerResult, Payment } from "../support/credit-payer.js";
import { backends, type TestDatabase } from "../support/databases.js";

const ROOT = new URL("../..", import.meta.url).pathname;
const PAYMENTS = 10_000;
const CIRCLES = 50;
const PROCESSES = 4;
const CONCURRENCY = 6;
/** Payments sent a second time by another process, as after a lost connection: never written twice. */
const REPLAYS = 200;
/** Credit limits in minor units: most circles the pool's 50.00, some none at all, some 200.00. */
const DEFAULT_LIMIT = 5_000n;
const ownLimit = (i: number) => (i % 10 === 0 ? 0n : i % 10 === 1 ? 20_000n : null);

/** A small deterministic generator (mulberry32), so a failure replays. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function runPayer(
  url: string,
  file: string,
): { ready: Promise<void>; go(): void; done: Promise<PayerResult> } {
  const child = spawn(process.execPath, ["--import", "tsx", "test/support/credit-payer.ts"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: url,
      PAYMENTS_FILE: file,
      CONCURRENCY: String(CONCURRENCY),
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (c: string) => {
    stderr += c;
  });
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    onReady = resolve;
  });
  child.stdout.setEncoding("utf8").on("data", (c: string) => {
    stdout += c;
    if (stdout.startsWith("ready\n")) onReady();
  });
  const done = new Promise<PayerResult>((resolve, reject) => {
    child.once("exit", (code) => {
      const last = stdout.trim().split("\n").at(-1) ?? "";
      if (code !== 0 || !last.startsWith("{")) reject(new Error(`payer exited ${code}:\n${stderr}`));
      else resolve(JSON.parse(last) as PayerResult);
    });
  });
  return { ready, go: () => child.stdin.end("go\n"), done };
}

describe.each(backends())(
  "10,000 concurrent mutual-credit payments between 50 circles on $name",
  (backend) => {
    let database: TestDatabase;
    let dir: string;

    beforeAll(async () => {
      database = await backend.open();
      dir = await mkdtemp(join(tmpdir(), "jura-credit-"));
    });
    afterAll(async () => {
      await database?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it("GIVEN four processes paying at once THEN the balances sum to exactly zero, no limit is passed, and every payment is written once or refused", async () => {
      const at = new Date("2026-03-01T00:00:00Z");
      const { federationId, circleIds } = await unitOfWork(database.db).run(async (store) => {
        const federation = await store.federations.create({
          name: "Pool",
          timezone: "UTC",
          announcePlace: "shell:#pool",
          councilPlace: "shell:#pool",
          createdBy: "shell:t",
          createdAt: at,
        });
        await store.credit.setPool(
          { federationId: federation.id, unit: "credits", defaultLimit: DEFAULT_LIMIT },
          at,
        );
        const ids: number[] = [];
        for (let i = 0; i < CIRCLES; i++) {
          const circle = await store.circles.create({
            name: `Circle ${i}`,
            purpose: "",
            timezone: "UTC",
            homePlace: null,
            open: true,
            createdBy: "shell:t",
            createdAt: at,
          });
          await store.circles.update(circle.id, { federationId: federation.id });
          await store.credit.setLimit(federation.id, circle.id, ownLimit(i));
          ids.push(circle.id);
        }
        return { federationId: federation.id, circleIds: ids };
      });
      const limitOf = new Map(circleIds.map((id, i) => [id, ownLimit(i) ?? DEFAULT_LIMIT]));

      const next = random(20_260_301);
      const payments: Payment[] = Array.from({ length: PAYMENTS }, (_, i) => {
        const payer = Math.floor(next() * CIRCLES);
        const payee = (payer + 1 + Math.floor(next() * (CIRCLES - 1))) % CIRCLES;
        return {
          key: `payment-${i}`,
          federationId,
          payer: circleIds[payer] ?? 0,
          payee: circleIds[payee] ?? 0,
          amount: String(1 + Math.floor(next() * 2_000)),
        };
      });
      const shares: Payment[][] = Array.from({ length: PROCESSES }, () => []);
      for (const [i, p] of payments.entries()) shares[i % PROCESSES]?.push(p);
      // Replays go to another process than the original, so both may run at the same moment.
      for (let r = 0; r < REPLAYS; r++) {
        const i = Math.floor(next() * PAYMENTS);
        const original = payments[i];
        if (original) shares[(i + 1) % PROCESSES]?.push(original);
      }
      const payers = await Promise.all(
        shares.map(async (share, p) => {
          const file = join(dir, `payer-${p}.json`);
          await writeFile(file, JSON.stringify(share));
          return runPayer(database.url, file);
        }),
      );
      await Promise.all(payers.map((p) => p.ready));
      const started = performance.now();
      for (const p of payers) p.go();
      const results = await Promise.all(payers.map((p) => p.done));
      const seconds = (performance.now() - started) / 1000;

      const written = results.flatMap((r) => r.written);
      const refused = new Set(results.flatMap((r) => r.refused));
      const deadlocks = results.reduce((n, r) => n + r.deadlocks, 0);
      console.info(
        `${backend.name}: ${PAYMENTS + REPLAYS} payments from ${PROCESSES} processes (${PROCESSES * CONCURRENCY} at a time) in ${seconds.toFixed(1)} s: ` +
          `${((PAYMENTS + REPLAYS) / seconds).toFixed(0)}/s; ${written.length} written, ${refused.size} refused at a limit (at least once), ` +
          `${results.reduce((n, r) => n + r.duplicates.length, 0)} replays recognised, ${deadlocks} deadlocks, ` +
          `${results.reduce((n, r) => n + r.serialization, 0)} serialization retries`,
      );

      // None written twice, none lost: each key was written by exactly one submission, or refused
      // at a limit (a payment refused once may go through when sent again, once balances moved).
      expect(new Set(written).size).toBe(written.length);
      const keys = new Set(payments.map((p) => p.key));
      for (const key of written) expect(keys.has(key)).toBe(true);
      for (const key of keys) expect(written.includes(key) || refused.has(key), key).toBe(true);
      const db = database.db;
      const entries = await db
        .selectFrom("journalEntry")
        .select("key")
        .where("kind", "=", "credit")
        .where("federationId", "=", federationId)
        .execute();
      expect(entries).toHaveLength(written.length);
      expect(new Set(entries.map((e) => e.key))).toEqual(new Set(written));
      // Both sides happened: many payments went through, and limits refused some.
      expect(written.length).toBeGreaterThan(PAYMENTS / 2);
      expect(refused.size).toBeGreaterThan(0);
      // Row locks in one order: waiting, never deadlocking.
      expect(deadlocks).toBe(0);

      const accounts = await db
        .selectFrom("account")
        .select(["id", "circleId", "balance"])
        .where("kind", "=", "credit")
        .where("federationId", "=", federationId)
        .execute();
      expect(accounts).toHaveLength(CIRCLES);
      expect(accounts.reduce((sum, a) => sum + BigInt(a.balance), 0n)).toBe(0n);
      for (const account of accounts) {
        expect(
          BigInt(account.balance) >= -(limitOf.get(account.circleId ?? 0) ?? 0n),
          `circle ${account.circleId}`,
        ).toBe(true);
      }
      // No lost update: every balance is exactly the sum of its lines, every entry two lines summing to zero.
      const drift = await sql<{ id: number }>`
      select a.id from account a left join journal_line l on l.account_id = a.id
      where a.kind = 'credit' and a.federation_id = ${federationId}
      group by a.id, a.balance having a.balance <> coalesce(sum(l.amount), 0)`.execute(db);
      expect(drift.rows).toEqual([]);
      const odd = await sql<{ entryId: number }>`
      select l.entry_id from journal_line l join journal_entry e on e.id = l.entry_id
      where e.federation_id = ${federationId}
      group by l.entry_id having count(*) <> 2 or sum(l.amount) <> 0`.execute(db);
      expect(odd.rows).toEqual([]);
      // What was written adds up: each circle's balance is what it received minus what it paid.
      const expected = new Map<number, bigint>();
      const byKey = new Map(payments.map((p) => [p.key, p]));
      for (const key of written) {
        const p = byKey.get(key);
        if (!p) continue;
        expected.set(p.payer, (expected.get(p.payer) ?? 0n) - BigInt(p.amount));
        expected.set(p.payee, (expected.get(p.payee) ?? 0n) + BigInt(p.amount));
      }
      for (const account of accounts)
        expect(BigInt(account.balance)).toBe(expected.get(account.circleId ?? 0) ?? 0n);
    }, 300_000);
  },
);

import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, migrateToLatest, openDb } from "../../src/store/db.js";
import { transaction } from "../../src/store/store.js";
import { createTestDatabase, embeddedServerUrl } from "../support/test-servers.js";

/** True when the connection that runs this is inside no transaction (each statement its own). */
async function outsideTransaction(db: Db): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, 5));
  const { rows } = await sql<{ alone: boolean }>`select now() = statement_timestamp() as alone`.execute(db);
  return rows[0]?.alone === true;
}

const circles = async (db: Db) =>
  Number((await sql<{ n: string }>`select count(*) as n from circle`.execute(db)).rows[0]?.n);

const newCircle = (db: Db, name: string) =>
  sql`insert into circle (name, name_key, purpose, timezone, home_place, open, created_by, created_at)
      values (${name}, ${name.toLowerCase()}, '', 'UTC', ${`shell:#${name}`}, true, 'shell:a', now())`.execute(
    db,
  );

describe("a unit of work's transaction on PostgreSQL", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  /** One connection: whatever a transaction leaves on it, the next statement meets. */
  let db: Db;
  beforeAll(async () => {
    database = await createTestDatabase(embeddedServerUrl());
    db = openDb(database.url, 1);
    await migrateToLatest(db);
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it("GIVEN work to do meanwhile and a statement timeout THEN the meanwhile runs first, and the work's first statement is in the transaction under the timeout", async () => {
    const order: string[] = [];
    const seen = await transaction(
      db,
      { statementTimeoutMs: 250, meanwhile: () => order.push("meanwhile") },
      async (trx) => {
        order.push("work");
        await new Promise((resolve) => setTimeout(resolve, 5));
        const { rows } = await sql<{ timeout: string; alone: boolean }>`
        select current_setting('statement_timeout') as timeout, now() = statement_timestamp() as alone`.execute(
          trx,
        );
        return rows[0];
      },
    );
    expect(order).toEqual(["meanwhile", "work"]);
    expect(seen).toEqual({ timeout: "250ms", alone: false });
    // SET LOCAL ended with the transaction.
    expect(
      (await sql<{ timeout: string }>`select current_setting('statement_timeout') as timeout`.execute(db))
        .rows[0]?.timeout,
    ).toBe("0");
  });

  it("GIVEN meanwhile throws THEN the work never runs, that error is the one thrown, and the connection is left outside any transaction", async () => {
    let ran = false;
    const refusal = new Error("no such command");
    await expect(
      transaction(
        db,
        {
          statementTimeoutMs: 250,
          meanwhile: () => {
            throw refusal;
          },
        },
        async () => {
          ran = true;
        },
      ),
    ).rejects.toBe(refusal);
    expect(ran).toBe(false);
    expect(await outsideTransaction(db)).toBe(true);
  });

  it("GIVEN work that writes then fails, even synchronously, THEN nothing it wrote remains and the connection is clean", async () => {
    const before = await circles(db);
    await expect(
      transaction(db, { statementTimeoutMs: 250 }, async (trx) => {
        await newCircle(trx, "Half");
        throw new Error("disk on fire");
      }),
    ).rejects.toThrow("disk on fire");
    const synchronous = (() => {
      throw new Error("thrown before any await");
    }) as unknown as (trx: Db) => Promise<void>;
    await expect(transaction(db, { statementTimeoutMs: 250 }, synchronous)).rejects.toThrow(
      "thrown before any await",
    );
    expect(await circles(db)).toBe(before);
    expect(await outsideTransaction(db)).toBe(true);
  });

  it("GIVEN a statement of the work over the timeout THEN it is cancelled as BudgetExceeded and nothing the work wrote remains", async () => {
    const before = await circles(db);
    await expect(
      transaction(db, { statementTimeoutMs: 50, budgetMs: 50 }, async (trx) => {
        await newCircle(trx, "Slow");
        await sql`select pg_sleep(1)`.execute(trx);
      }),
    ).rejects.toMatchObject({ name: "BudgetExceeded", limitMs: 50 });
    expect(await circles(db)).toBe(before);
    expect(await outsideTransaction(db)).toBe(true);
  });

  it("GIVEN work that succeeds THEN what it wrote is committed", async () => {
    const before = await circles(db);
    expect(await transaction(db, undefined, async (trx) => (await newCircle(trx, "Kept")).rows.length)).toBe(
      0,
    );
    expect(await circles(db)).toBe(before + 1);
    expect(await outsideTransaction(db)).toBe(true);
  });
});

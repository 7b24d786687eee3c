import { type Compilable, sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compiledOnce } from "../../src/store/compiled.js";
import { type Db, openDb, preparedStatements } from "../../src/store/db.js";
import { createTestDatabase, embeddedServerUrl } from "../support/test-servers.js";

/** Names of the statements prepared on the connection that runs this (a pool of one). */
const preparedHere = async (db: Db): Promise<string[]> =>
  (await sql<{ name: string }>`select name from pg_prepared_statements order by name`.execute(db)).rows.map(
    (r) => r.name,
  );

describe("statements Jura repeats are prepared once per connection", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase(embeddedServerUrl());
  });
  afterAll(() => database.drop());

  it("GIVEN a statement run three times THEN it is prepared from its third run, with the same results", async () => {
    const db = openDb(database.url, 1);
    try {
      const results: number[] = [];
      for (let i = 1; i <= 5; i++) {
        const { rows } = await sql<{ n: number }>`select ${i}::int * 2 as n`.execute(db);
        results.push(rows[0]?.n ?? -1);
        // The listing is itself a statement without parameters: never prepared, never counted.
        const prepared = await preparedHere(db);
        expect(prepared, `after run ${i}`).toHaveLength(i < 3 ? 0 : 1);
      }
      expect(results).toEqual([2, 4, 6, 8, 10]);
    } finally {
      await db.destroy();
    }
  });

  it("GIVEN a prepared read of many columns THEN its rows are exactly the rows pg gives unprepared", async () => {
    const text = `select $1::int as id, 'x'::text as name, null::text as quiet, '2027-03-18 17:00+00'::timestamptz as at, 1.5::float8 as ratio,
      '{"a": 1}'::jsonb as details, true as open, 2 as id, 'safe'::text as "__proto__"
      from generate_series(1, $2::int)`;
    const plain = new pg.Client({ connectionString: database.url });
    const pool = new pg.Pool({ connectionString: database.url, max: 1 });
    preparedStatements(pool);
    await plain.connect();
    try {
      await plain.query("begin");
      const client = await pool.connect();
      try {
        await client.query("begin");
        const { rows: want } = await plain.query(text, [7, 3]);
        for (let run = 1; run <= 4; run++) {
          const { rows } = await client.query(text, [7, 3]);
          expect(rows, `run ${run}`).toEqual(want);
          expect(
            rows.map((row) => Object.keys(row)),
            `run ${run}`,
          ).toEqual(want.map((row) => Object.keys(row)));
          expect(Object.getPrototypeOf(rows[0]), `run ${run}`).toBe(Object.prototype);
        }
        // A read without the odd column name takes the quick way, and its rows are the same.
        const narrow = "select $1::int as id, '2027-03-18 17:00+00'::timestamptz as at, null::text as quiet";
        const { rows: wantNarrow } = await plain.query(narrow, [7]);
        for (let run = 1; run <= 4; run++) expect((await client.query(narrow, [7])).rows).toEqual(wantNarrow);
        await client.query("commit");
      } finally {
        client.release();
      }
      await plain.query("commit");
    } finally {
      await plain.end();
      await pool.end();
    }
  });

  it("GIVEN preparing switched off (a pooler that cannot keep them) THEN nothing is prepared", async () => {
    const db = openDb(database.url, 1, { prepare: false });
    try {
      for (let i = 0; i < 5; i++) await sql`select ${i}::int`.execute(db);
      expect(await preparedHere(db)).toEqual([]);
    } finally {
      await db.destroy();
    }
  });

  it("GIVEN a table changed under a prepared statement THEN one run fails and the next is prepared afresh", async () => {
    const db = openDb(database.url, 1);
    try {
      await sql`create table reshaped (a int)`.execute(db);
      await sql`insert into reshaped values (1)`.execute(db);
      const read = () => sql<Record<string, number>>`select * from reshaped where a = ${1}`.execute(db);
      for (let i = 0; i < 3; i++) await read();
      await sql`alter table reshaped add column b int default 7`.execute(db);
      await expect(read()).rejects.toMatchObject({ code: "0A000" });
      expect((await read()).rows).toEqual([{ a: 1, b: 7 }]);
    } finally {
      await db.destroy();
    }
  });
});

describe("the set a connection holds", () => {
  it("GIVEN more repeated statements than the limit THEN the first ones are prepared and the rest still run", async () => {
    const database = await createTestDatabase(embeddedServerUrl());
    const pool = new pg.Pool({ connectionString: database.url, max: 1 });
    preparedStatements(pool, 5);
    const client = await pool.connect();
    try {
      for (let run = 0; run < 3; run++) {
        for (let width = 1; width <= 12; width++) {
          const text = `select ${Array.from({ length: width }, (_, k) => `$${k + 1}::int as c${k}`).join(", ")}`;
          const { rows } = await client.query(
            text,
            Array.from({ length: width }, (_, k) => k),
          );
          expect(Object.keys(rows[0] ?? {})).toHaveLength(width);
        }
      }
      const { rows } = await client.query<{ n: string }>("select count(*) as n from pg_prepared_statements");
      expect(Number(rows[0]?.n)).toBe(5);
    } finally {
      client.release();
      await pool.end();
      await database.drop();
    }
  });
});

describe("queries built once per shape", () => {
  it("GIVEN repeated runs with new values THEN the query is built once per shape and each run gets its own rows", async () => {
    const database = await createTestDatabase(embeddedServerUrl());
    const db = openDb(database.url, 1);
    try {
      await sql`create table shaped (id int, home_place text, active boolean)`.execute(db);
      await sql`insert into shaped values (1, 'a', true), (2, 'b', false), (3, 'a', false)`.execute(db);
      let builds = 0;
      const find = compiledOnce((d, place: string, active: boolean | undefined) => {
        builds += 1;
        let query = d
          .selectFrom("shaped" as never)
          .select(["id", "homePlace"] as never)
          .where("homePlace" as never, "=", place as never)
          .orderBy("id" as never);
        if (active !== undefined) query = query.where("active" as never, "=", active as never);
        return query as unknown as Compilable<{ id: number; homePlace: string }>;
      });
      expect(await find(db, "a", undefined)).toEqual([
        { id: 1, homePlace: "a" },
        { id: 3, homePlace: "a" },
      ]);
      expect(await find(db, "b", undefined)).toEqual([{ id: 2, homePlace: "b" }]);
      expect(builds).toBe(1);
      expect(await find(db, "a", false)).toEqual([{ id: 3, homePlace: "a" }]);
      expect(await find(db, "a", true)).toEqual([{ id: 1, homePlace: "a" }]);
      expect(await find(db, "b", true)).toEqual([]);
      expect(builds).toBe(3);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });
});

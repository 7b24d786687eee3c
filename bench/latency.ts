/**
 * Command latency against its floor, and its cost as a federation grows. Jura's front door runs
 * real commands (parse, validate, policy, one transaction with audit row) on a database; every
 * round trip a command makes is counted (Kysely logs each, BEGIN and COMMIT included). The
 * floor of a command is the same number of bare round trips on the same pool, in a transaction
 * that writes one row when the command writes (so it pays the same commit flush): what that
 * many statements cost with no work in them.
 */
import { performance } from "node:perf_hooks";
import { sql } from "kysely";
import { pino } from "pino";
import { shellPerson, shellPlace } from "../src/adapters/shell/identity.js";
import { Jura } from "../src/app/jura.js";
import { systemClock } from "../src/core/clock.js";
import { Registry } from "../src/core/commands/registry.js";
import { type Db, migrateToLatest, openDb } from "../src/store/db.js";
import { unitOfWork } from "../src/store/store.js";
import { createTestDatabase } from "../test/support/test-servers.js";
import { seedScaleCircles } from "./support.js";

/** A Jura over its own pool, counting round trips. */
export interface CountedJura {
  db: Db;
  run(person: string, place: string, text: string): Promise<void>;
  /** Round trips since the last reset. */
  trips: number;
  close(): Promise<void>;
}

export async function countedJura(url: string, poolSize = 10): Promise<CountedJura> {
  const state = { trips: 0 };
  const db = openDb(url, poolSize, {
    prepare: process.env.BENCH_UNPREPARED !== "1",
    log: (event) => {
      if (event.level === "query") state.trips += 1;
    },
  });
  await migrateToLatest(db);
  const jura = new Jura({
    registry: new Registry(),
    uow: unitOfWork(db),
    clock: systemClock,
    log: pino({ level: process.env.BENCH_LOG ?? "silent" }),
  });
  const counted: CountedJura = {
    db,
    get trips() {
      return state.trips;
    },
    set trips(n: number) {
      state.trips = n;
    },
    async run(person, place, text) {
      const outcome = await jura.handle({
        actor: `shell:${person}`,
        place: `shell:${place}`,
        text,
        resolveMention: shellPerson,
        resolvePlace: shellPlace,
      });
      if (outcome.kind === "error") throw new Error(`bench command failed: ${text}: ${outcome.text}`);
    },
    close: () => db.destroy(),
  };
  return counted;
}

export interface Latency {
  command: string;
  statements: number;
  p50: number;
  p99: number;
  floorP50: number;
  floorP99: number;
}

export const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

/** Times `n` runs of `make(i)`; returns the durations and the round trips of the median run. */
async function timeCommand(
  j: CountedJura,
  n: number,
  make: (i: number) => [string, string, string],
): Promise<{ times: number[]; statements: number }> {
  const times: number[] = [];
  const trips: number[] = [];
  for (let i = 0; i < n; i++) {
    const [person, place, text] = make(i);
    j.trips = 0;
    const started = performance.now();
    await j.run(person, place, text);
    times.push(performance.now() - started);
    trips.push(j.trips);
  }
  return { times, statements: quantile(trips, 0.5) };
}

/** One run of the floor: `statements` bare round trips in one transaction, writing one row if `writes`. */
async function floorOnce(db: Db, statements: number, writes: boolean, i: number): Promise<number> {
  const started = performance.now();
  await db.transaction().execute(async (tx) => {
    for (let s = 0; s < statements - 2; s++) {
      if (writes && s === 0) await sql`insert into bench_floor values (${i})`.execute(tx);
      else await sql`select 1`.execute(tx);
    }
  });
  return performance.now() - started;
}

/** A circle to measure in: `members` people, home `#<tag>`. */
async function circleOf(j: CountedJura, tag: string, members: number): Promise<string> {
  const name = `Latency ${tag}`;
  await j.run("founder", `#${tag}`, `circle create ${name} open:yes`);
  for (let i = 0; i < members - 1; i++) await j.run(`m${tag}${i}`, `#${tag}`, "circle join");
  return name;
}

/**
 * p50 and p99 of `circle join` (a write), `circle show` and `mandate list` (reads) in a circle
 * of 12 with one delegate, each against its floor measured in the same run on the same pool.
 */
export async function measureLatency(j: CountedJura, n: number): Promise<Latency[]> {
  const tag = Math.random().toString(36).slice(2, 7);
  const circle = await circleOf(j, tag, 12);
  // A delegate, as the circle would have mandated one (a decision takes days, not a benchmark's time).
  await sql`
    insert into mandate (circle_id, delegate, scope, starts_at, expires_at, granted_by)
    select id, ${`shell:m${tag}0`}, 'speak at the assembly', now(), now() + interval '30 days', 'shell:founder'
    from circle where name_key = ${circle.toLowerCase()}`.execute(j.db);
  // Joins go to a circle of their own: the one read stays a circle of 12, as circles are.
  const joined = await circleOf(j, `${tag}j`, 12);
  const results: Latency[] = [];
  const commands: Array<[string, boolean, (i: number) => [string, string, string]]> = [
    ["circle join", true, (i) => [`j${tag}${i}`, "#bench", `circle join "${joined}"`]],
    ["circle show", false, () => ["founder", "#bench", `circle show "${circle}"`]],
    ["mandate list", false, () => ["founder", `#${tag}`, "mandate list"]],
  ];
  await sql`create table if not exists bench_floor (n int)`.execute(j.db);
  for (const [command, writes, make] of commands) {
    // Warm-up (plans, caches, JIT) and the command's round trips.
    const { statements } = await timeCommand(j, Math.min(50, n), make);
    for (let i = 0; i < Math.min(50, n); i++) await floorOnce(j.db, statements, writes, i);
    // Command and floor take turns, so a change in the machine's load falls on both alike.
    const times: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < n; i++) {
      times.push(...(await timeCommand(j, 1, () => make(i + n))).times);
      floor.push(await floorOnce(j.db, statements, writes, i));
    }
    results.push({
      command,
      statements,
      p50: quantile(times, 0.5),
      p99: quantile(times, 0.99),
      floorP50: quantile(floor, 0.5),
      floorP99: quantile(floor, 0.99),
    });
  }
  return results;
}

export interface ScalePoint {
  circles: number;
  members: number;
  /** p50 ms of each command at this size. */
  p50: Record<string, number>;
}

/** Runs of one size in a row before the next size's turn (a database's connection stays warm). */
const SCALE_BLOCK = 10;

/**
 * One database per size in `sizes` on the server at `adminUrl` (circles of 15 members, inserted
 * in bulk), then the same commands against random circles of each, the sizes taking turns every
 * {@link SCALE_BLOCK} runs so that a change in the machine's load falls on every size alike: how
 * the cost per command changes as a federation grows.
 */
export async function measureScale(
  adminUrl: string,
  sizes: readonly number[],
  n: number,
): Promise<ScalePoint[]> {
  const federations: Array<{ size: number; j: CountedJura; drop(): Promise<void> }> = [];
  try {
    for (const size of sizes) {
      const database = await createTestDatabase(adminUrl, "scale");
      const j = await countedJura(database.url, 2);
      federations.push({ size, j, drop: database.drop });
      await seedScaleCircles(j.db, 1, size);
    }
    const commands: Array<[string, (size: number, i: number, tag: string) => [string, string, string]]> = [
      ["circle join", (size, i, tag) => [`s${tag}-${i}`, "#bench", `circle join "Scale ${pick(size, i)}"`]],
      ["circle show", (size, i) => ["founder", "#bench", `circle show "Scale ${pick(size, i)}"`]],
      ["mandate list", (size, i) => ["founder", `#scale-${pick(size, i)}`, "mandate list"]],
    ];
    const times = federations.map(() => new Map<string, number[]>());
    for (const [command, make] of commands) {
      for (const [k, { size, j }] of federations.entries()) {
        await timeCommand(j, 20, (i) => make(size, i + 100_000, "warm"));
        times[k]?.set(command, []);
      }
      for (let block = 0; block * SCALE_BLOCK < n; block++) {
        for (let turn = 0; turn < federations.length; turn++) {
          const k = (block + turn) % federations.length;
          const { size, j } = federations[k] as (typeof federations)[number];
          const from = block * SCALE_BLOCK;
          const { times: some } = await timeCommand(j, Math.min(SCALE_BLOCK, n - from), (i) =>
            make(size, from + i, "run"),
          );
          times[k]?.get(command)?.push(...some);
        }
      }
    }
    const points: ScalePoint[] = [];
    for (const [k, { size, j }] of federations.entries()) {
      const { n: members } = await j.db
        .selectFrom("membership")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow();
      const p50: Record<string, number> = {};
      for (const [command, values] of times[k] ?? []) p50[command] = quantile(values, 0.5);
      points.push({ circles: size, members: Number(members), p50 });
    }
    return points;
  } finally {
    for (const { j, drop } of federations) {
      await j.close();
      await drop();
    }
  }
}

/** A circle of a federation of `size`, spread over all of them. */
const pick = (size: number, i: number) => 1 + ((i * 7919) % size);

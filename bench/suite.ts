/**
 * `npm run bench`: Jura's performance suite, one table. Every figure is set against a reference
 * measured in the same run on the same machine (bare round trips, the smallest federation, bare
 * BullMQ, the rate limit, the targets of issue 13), so a busy or slow machine shifts both sides.
 * Prints figures; asserts nothing. Runs on the embedded PostgreSQL (Jura's default).
 *
 * BENCH_ONLY=latency,scale,memory,startup,scheduler,rate picks sections; BENCH_LATENCY_RUNS
 * (500) runs per command; BENCH_SCALE (10,1000,10000) circles; BENCH_STARTS (5) start-ups; the
 * scheduler and rate-limit knobs are in bench/scheduler.ts and bench/rate-limit.ts.
 */
import { spawnSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { migrateToLatest, openDb } from "../src/store/db.js";
import { tempDir } from "../test/support/jura-process.js";
import { countedJura, type Latency, measureLatency, measureScale } from "./latency.js";
import { memoryOf, seedCircles, startJura } from "./process.js";
import { measureRateLimit } from "./rate-limit.js";
import { measureScheduler } from "./scheduler.js";
import { type BenchDatabase, benchEmbeddedPostgres, benchRedis, envNumber, spread } from "./support.js";

const ONLY = (process.env.BENCH_ONLY ?? "latency,scale,memory,startup,scheduler,rate").split(",");
const RUNS = envNumber("BENCH_LATENCY_RUNS", 500);
const SCALE = (process.env.BENCH_SCALE ?? "10,1000,10000").split(",").map(Number);
const STARTS = envNumber("BENCH_STARTS", 5);

interface Row {
  what: string;
  value: string;
  reference: string;
  ratio: string;
  target: string;
  met: boolean | undefined;
}
const rows: Row[] = [];
const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const x = (n: number) => `${n.toFixed(2)}×`;
const add = (row: Row) => {
  rows.push(row);
  process.stderr.write(`  ${row.what}: ${row.value} (${row.reference}) ${row.ratio}\n`);
};

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function latencySections(): Promise<void> {
  const server = await benchEmbeddedPostgres();
  try {
    const j = await countedJura(server.url);
    if (ONLY.includes("latency")) {
      process.stderr.write("command latency…\n");
      const results: Latency[] = await measureLatency(j, RUNS);
      for (const r of results) {
        add({
          what: `${r.command} p50 (${r.statements} statements)`,
          value: ms(r.p50),
          reference: `floor ${ms(r.floorP50)}`,
          ratio: x(r.p50 / r.floorP50),
          target: "≤ 1.5×",
          met: r.p50 / r.floorP50 <= 1.5,
        });
        add({
          what: `${r.command} p99`,
          value: ms(r.p99),
          reference: `floor ${ms(r.floorP99)}`,
          ratio: x(r.p99 / r.floorP99),
          target: "≤ 10 ms",
          met: r.p99 <= 10,
        });
      }
    }
    if (ONLY.includes("scale")) {
      process.stderr.write("cost per command as circles grow…\n");
      const points = await measureScale(server.url, SCALE, Math.max(50, Math.floor(RUNS / 5)));
      const [smallest, ...larger] = points;
      if (smallest) {
        for (const point of larger) {
          for (const [command, p50] of Object.entries(point.p50)) {
            const base = smallest.p50[command] ?? Number.NaN;
            add({
              what: `${command} at ${point.circles.toLocaleString("en")} circles (${point.members.toLocaleString("en")} members)`,
              value: ms(p50),
              reference: `${ms(base)} at ${smallest.circles} circles`,
              ratio: x(p50 / base),
              target: "≤ 1.3×",
              met: p50 / base <= 1.3,
            });
          }
        }
      }
    }
    await j.close();
  } finally {
    await server.stop();
  }
}

async function processSections(): Promise<void> {
  const dataDir = await tempDir("jura-bench-run-");
  // First start initialises the database; the figures are for later starts, as a user's are.
  const first = await startJura(dataDir, "node");
  await first.stop();
  if (ONLY.includes("startup")) {
    process.stderr.write("start-up…\n");
    for (const how of ["npm", "node"] as const) {
      const times: number[] = [];
      for (let i = 0; i < STARTS; i++) {
        const jura = await startJura(dataDir, how);
        times.push(jura.readyMs);
        await jura.stop();
      }
      add({
        what: how === "npm" ? "start-up to ready: npm start" : "start-up to ready: node dist/main.js start",
        value: ms(median(times)),
        reference: `median of ${STARTS}, database initialised`,
        ratio: x(median(times) / 1000),
        target: "< 1 s",
        met: median(times) < 1000,
      });
    }
  }
  if (ONLY.includes("memory")) {
    process.stderr.write("memory…\n");
    const jura = await startJura(dataDir, "node");
    try {
      jura.send("circle list");
      await jura.waitForOutput(1);
      await new Promise((r) => setTimeout(r, 2000));
      const idle = await memoryOf(jura.pid, dataDir);
      add({
        what: "memory, idle (node + postgres + redis, PSS)",
        value: mb(idle.total),
        reference: `node ${mb(idle.node)}, postgres ${mb(idle.postgres)}, redis ${mb(idle.redis)}`,
        ratio: x(idle.total / (150 * 1024 * 1024)),
        target: "≤ 150 MB",
        met: idle.total <= 150 * 1024 * 1024,
      });
      await seedCircles(dataDir, 1, 10_000);
      const commands = 300;
      for (let i = 0; i < commands; i++) {
        const n = 1 + ((i * 7919) % 10_000);
        jura.send(i % 2 ? `circle show "Scale ${n}"` : `as p${i} in #bench: circle join "Scale ${n}"`);
      }
      await jura.waitForOutput(1 + commands);
      await new Promise((r) => setTimeout(r, 2000));
      const loaded = await memoryOf(jura.pid, dataDir);
      add({
        what: "memory, 10,000 circles after 300 commands",
        value: mb(loaded.total),
        reference: `idle ${mb(idle.total)}; node ${mb(loaded.node)}, postgres ${mb(loaded.postgres)}, redis ${mb(loaded.redis)}`,
        ratio: x(loaded.total / idle.total),
        target: "—",
        met: undefined,
      });
    } finally {
      await jura.stop();
    }
  }
}

/**
 * Runs `measure` on a PostgreSQL and a Redis of its own: each queue section starts from empty
 * services, so what one leaves behind (10,000 drained rows and jobs, the vacuum and checkpoint
 * they bring) does not weigh on the next.
 */
async function onFreshServices(measure: (database: BenchDatabase, redisUrl: string) => Promise<void>) {
  const server = await benchEmbeddedPostgres();
  const redis = await benchRedis();
  const db = openDb(server.url, 10);
  const deliveryDb = openDb(server.url, 10, { synchronousCommit: false });
  try {
    await migrateToLatest(db);
    await measure({ label: "embedded", db, deliveryDb, pool: 10, close: async () => {} }, redis.url);
  } finally {
    await deliveryDb.destroy();
    await db.destroy();
    await redis.stop();
    await server.stop();
  }
}

async function queueSections(): Promise<void> {
  if (ONLY.includes("scheduler")) {
    await onFreshServices(async (database, redisUrl) => {
      process.stderr.write("scheduler drain…\n");
      const s = await measureScheduler(database, redisUrl);
      add({
        what: "scheduler drain (10,000 due at once)",
        value: ms(s.jura.drainMs),
        reference: `bare BullMQ delayed jobs ${ms(s.base.drainMs)}`,
        ratio: x(s.jura.drainMs / s.base.drainMs),
        target: "≤ 1.2×",
        met: s.jura.drainMs / s.base.drainMs <= 1.2,
      });
      add({
        what: "scheduler lateness",
        value: spread(s.jura.lateness),
        reference: `BullMQ ${spread(s.base.lateness)}`,
        ratio: x(median(s.jura.lateness) / median(s.base.lateness)),
        target: "—",
        met: undefined,
      });
    });
  }
  if (ONLY.includes("rate")) {
    await onFreshServices(async (database, redisUrl) => {
      process.stderr.write("delivery under a rate limit…\n");
      const r = await measureRateLimit(database, redisUrl);
      add({
        what: "delivery throughput under the rate limit",
        value: `${r.achieved.toFixed(1)}/s`,
        reference: `limit ${r.rate}/s; lost ${r.lost}, sent twice ${r.twice}`,
        ratio: `${((100 * r.achieved) / r.rate).toFixed(1)} %`,
        target: "≥ 95 %, 0 lost/twice",
        met: r.achieved / r.rate >= 0.95 && r.lost === 0 && r.twice === 0,
      });
    });
  }
}

const build = spawnSync(
  process.execPath,
  [join(new URL("..", import.meta.url).pathname, "scripts", "build.mjs")],
  {
    stdio: "inherit",
  },
);
if (build.status !== 0) process.exit(1);
const started = new Date();
if (ONLY.includes("latency") || ONLY.includes("scale")) await latencySections();
if (ONLY.includes("memory") || ONLY.includes("startup")) await processSections();
if (ONLY.includes("scheduler") || ONLY.includes("rate")) await queueSections();

const header = ["measure", "Jura", "reference (same run)", "ratio", "target", ""];
const table = rows.map((r) => [
  r.what,
  r.value,
  r.reference,
  r.ratio,
  r.target,
  r.met === undefined ? "" : r.met ? "✓" : "✗",
]);
console.log(
  `\nJura performance suite, ${started.toISOString().slice(0, 16).replace("T", " ")} UTC — ${cpus().length} × ${cpus()[0]?.model.trim()}, ${mb(totalmem())} RAM, Node ${process.version}, embedded PostgreSQL`,
);
console.log(`| ${header.join(" | ")} |`);
console.log(`| ${header.map(() => "---").join(" | ")} |`);
for (const row of table) console.log(`| ${row.join(" | ")} |`);

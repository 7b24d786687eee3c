/**
 * `npm run soak [-- --duration 10m --rate 20 --due 6000]`: scale-out soak. One chat-gateway
 * process (Jura's shell, whose transport prints every announcement, fed synthetic commands on
 * its stdin) and three `jura worker` processes share one PostgreSQL and one Redis for the
 * duration, while due work (mandate expiries spread over the run) falls due. Midway one worker
 * is SIGKILLed and started again. Reports command throughput, the lateness of due work, and
 * how many announcements were lost or duplicated (each printed announcement against the outbox
 * rows in PostgreSQL, which is the source of truth). Not part of `npm test`.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { sql } from "kysely";
import { startEmbeddedRedis } from "../src/jobs/embedded-redis.js";
import { migrateToLatest, openDb } from "../src/store/db.js";
import { startEmbeddedPostgres } from "../src/store/embedded-postgres.js";
import { seedDueMandates } from "../test/support/due-backlog.js";
import { tempDir } from "../test/support/jura-process.js";
import { quantile } from "./latency.js";

const ROOT = new URL("..", import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "10m" },
    rate: { type: "string", default: "20" },
    due: { type: "string", default: "" },
  },
});
const durationMs = parseDuration(values.duration);
const RATE = Number(values.rate);
const DUE = values.due ? Number(values.due) : Math.round(durationMs / 100); // 10 a second
const WORKERS = 3;

function parseDuration(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(s|m|h)$/.exec(text);
  if (!match) throw new Error(`--duration takes 30s, 10m or 1h, not ${text}`);
  return Number(match[1]) * { s: 1_000, m: 60_000, h: 3_600_000 }[match[2] as "s" | "m" | "h"];
}

const log = (text: string) =>
  process.stderr.write(`[soak ${new Date().toISOString().slice(11, 19)}] ${text}\n`);

const build = spawnSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { stdio: "inherit" });
if (build.status !== 0) process.exit(1);

const base = await tempDir("jura-soak-");
const postgres = await startEmbeddedPostgres({ dataDir: join(base, "postgres") });
const redis = await startEmbeddedRedis({ dataDir: join(base, "redis") });
const db = openDb(postgres.url, 4);
await migrateToLatest(db);

const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  DATABASE_URL: postgres.url,
  REDIS_URL: redis.url,
  JURA_DATA_DIR: join(base, "jura"),
  JURA_QUEUE_PREFIX: "soak",
  JURA_SWEEP_INTERVAL_MS: "1000",
  JURA_HTTP_PORT: "0",
  LOG_LEVEL: "warn",
};

// Due work: DUE mandate expiries at random moments from 10 s in to 30 s before the end.
const started = Date.now();
const { tag } = await seedDueMandates(db, {
  circles: Math.ceil(DUE / 10),
  perCircle: 10,
  dueAt: new Date(started + durationMs),
});
const window = Math.max(1_000, durationMs - 40_000);
await sql`
  update mandate set expires_at = ${new Date(started + 10_000)}::timestamptz + random() * ${`${window} milliseconds`}::interval
  where status = 'active' and circle_id in (select id from circle where name_key like ${`${tag} %`})`.execute(
  db,
);
log(
  `${DUE} mandate expiries due over ${values.duration}; ${RATE} commands/s; 1 gateway + ${WORKERS} workers`,
);

/** Every notice the gateway printed: place, text, when. */
const printed: Array<{ place: string; text: string; at: number }> = [];
let replies = 0;
let errors = 0;
const gateway = spawn(process.execPath, ["dist/main.js", "shell", "--json"], {
  cwd: ROOT,
  env,
  stdio: ["pipe", "pipe", "inherit"],
});
let partial = "";
gateway.stdout.setEncoding("utf8").on("data", (chunk: string) => {
  partial += chunk;
  const lines = partial.split("\n");
  partial = lines.pop() ?? "";
  for (const line of lines) {
    if (!line.trim()) continue;
    const message = JSON.parse(line) as { place: string; kind: string; text: string };
    if (message.kind === "notice") printed.push({ place: message.place, text: message.text, at: Date.now() });
    else if (message.kind === "reply") replies += 1;
    else errors += 1;
  }
});
const gatewayExited = new Promise<number | null>((done) => gateway.on("close", done));

function startWorker(): ChildProcess {
  return spawn(process.execPath, ["dist/main.js", "worker"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
}
const workers = Array.from({ length: WORKERS }, startWorker);
const stopped = (child: ChildProcess) =>
  new Promise<void>((done) =>
    child.exitCode !== null || child.signalCode !== null ? done() : child.once("exit", () => done()),
  );

// Synthetic commands at RATE a second: new circles, people joining them, delegates, reads.
let sent = 0;
let killed = false;
const commandsUntil = started + durationMs;
while (Date.now() < commandsUntil) {
  const i = sent;
  const circle = Math.floor(i / 8);
  const line = [
    `as f${circle} in #soak-${circle}: circle create Soak ${circle} open:yes`,
    `as p${i} in #soak-${circle}: circle join`,
    `as q${i} in #soak-${circle}: circle join`,
    `as z${i} in #x: circle show Soak ${circle}`,
    // A mandate is the circle's decision: this opens a proposal and posts it in the circle's room.
    `as f${circle} in #soak-${circle}: mandate grant @p${i - 3} speak for us until:30d`,
    `as z${i} in #soak-${circle}: mandate list`,
    `as r${i} in #soak-${circle}: circle join`,
    `as z${i} in #x: circle list`,
  ][i % 8];
  gateway.stdin.write(`${line}\n`);
  sent += 1;
  if (!killed && Date.now() - started > durationMs / 2) {
    killed = true;
    log("SIGKILL worker 1; it starts again in 5 s");
    workers[0]?.kill("SIGKILL");
    setTimeout(() => {
      workers[0] = startWorker();
      log("worker 1 started again");
    }, 5_000);
  }
  if (sent % (RATE * 60) === 0)
    log(`${sent} commands sent, ${replies} answered, ${printed.length} announcements`);
  const next = started + (sent * 1000) / RATE;
  await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
}
const commandMs = Date.now() - started;

// Let the last due work fall due and every announcement go out (2 minutes at most).
const settleBy = Date.now() + 120_000;
for (;;) {
  const { n } = await db
    .selectFrom("outbox")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("deliveredAt", "is", null)
    .executeTakeFirstOrThrow();
  const { active } = await sql<{ active: string }>`
    select count(*) as active from mandate where status = 'active'
    and circle_id in (select id from circle where name_key like ${`${tag} %`})`
    .execute(db)
    .then((r) => r.rows[0] ?? { active: "0" });
  if ((Number(n) === 0 && Number(active) === 0) || Date.now() > settleBy) break;
  await new Promise((r) => setTimeout(r, 500));
}
gateway.stdin.end();
const gatewayCode = await gatewayExited;
for (const worker of workers) worker.kill("SIGTERM");
await Promise.all(workers.map(stopped));

// Every delivered outbox row against what the gateway printed.
const rows = await db.selectFrom("outbox").select(["place", "text", "deliveredAt", "key"]).execute();
const expected = new Map<string, number>();
for (const row of rows)
  expected.set(`${row.place}\n${row.text}`, (expected.get(`${row.place}\n${row.text}`) ?? 0) + 1);
const seen = new Map<string, number>();
for (const p of printed) seen.set(`${p.place}\n${p.text}`, (seen.get(`${p.place}\n${p.text}`) ?? 0) + 1);
let lost = 0;
let duplicated = 0;
for (const [key, n] of expected) lost += Math.max(0, n - (seen.get(key) ?? 0));
for (const [key, n] of seen) duplicated += Math.max(0, n - (expected.get(key) ?? 0));
const undelivered = rows.filter((r) => r.deliveredAt === null).length;

const due = await sql<{ late: number }>`
  select extract(epoch from (o.delivered_at - m.expires_at)) * 1000 as late
  from mandate m join outbox o on o.key like 'mandate:' || m.id || ':expired:%'
  where m.circle_id in (select id from circle where name_key like ${`${tag} %`})`.execute(db);
const lateness = due.rows.map((r) => Number(r.late));
const { rows: stillActive } = await sql<{ n: string }>`
  select count(*) as n from mandate where status = 'active'
  and circle_id in (select id from circle where name_key like ${`${tag} %`})`.execute(db);

console.log(`\nJura scale-out soak, ${new Date(started).toISOString().slice(0, 16).replace("T", " ")} UTC`);
console.log(`| measure | figure |`);
console.log(`| --- | --- |`);
console.log(
  `| processes | 1 chat gateway (shell) + ${WORKERS} workers, one PostgreSQL, one Redis; worker 1 SIGKILLed at ${Math.round(durationMs / 2000)} s and restarted 5 s later |`,
);
console.log(`| duration | ${(commandMs / 1000).toFixed(0)} s of commands, then settling |`);
console.log(
  `| commands | ${sent} sent, ${replies} answered, ${errors} refused: ${((replies + errors) / (commandMs / 1000)).toFixed(1)}/s |`,
);
console.log(
  `| due work | ${lateness.length} of ${DUE} mandate expiries announced (${stillActive[0]?.n ?? "?"} still active) |`,
);
console.log(
  `| lateness of due work (due → recorded as sent) | p50 ${quantile(lateness, 0.5).toFixed(0)} ms, p99 ${quantile(lateness, 0.99).toFixed(0)} ms, max ${Math.max(...lateness).toFixed(0)} ms |`,
);
console.log(`| announcements | ${rows.length} in the outbox, ${printed.length} printed by the gateway |`);
console.log(`| lost | ${lost} (undelivered in PostgreSQL: ${undelivered}) |`);
console.log(`| duplicated | ${duplicated} |`);
console.log(`| gateway exit code | ${gatewayCode} |`);

await db.destroy();
await redis.stop();
await postgres.stop();
process.exit(lost === 0 && duplicated === 0 && gatewayCode === 0 ? 0 : 1);

/**
 * Command throughput: how many commands per second Jura handles end to end (parse, validate,
 * one transaction with audit row), on the embedded PostgreSQL and, when BENCH_DATABASE_URL is set, on a
 * PostgreSQL server. Prints figures; it asserts nothing.
 */
import { performance } from "node:perf_hooks";
import { pino } from "pino";
import { shellPerson, shellPlace } from "../src/adapters/shell/identity.js";
import { Jura } from "../src/app/jura.js";
import { systemClock } from "../src/core/clock.js";
import { Registry } from "../src/core/commands/registry.js";
import { migrateToLatest, openDb } from "../src/store/db.js";
import { unitOfWork } from "../src/store/store.js";
import { benchEmbeddedPostgres } from "./support.js";

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 2000);

async function measure(label: string, url: string, pool: number): Promise<void> {
  const db = openDb(url, pool);
  await migrateToLatest(db);
  const jura = new Jura({
    registry: new Registry(),
    uow: unitOfWork(db),
    clock: systemClock,
    log: pino({ level: "silent" }),
  });
  const run = (person: string, text: string) =>
    jura.handle({
      actor: `shell:${person}`,
      place: "shell:#bench",
      text,
      resolveMention: shellPerson,
      resolvePlace: shellPlace,
    });
  await run("founder", `circle create Bench${Date.now()}`);
  const circle = (
    await db.selectFrom("circle").select("name").orderBy("id", "desc").executeTakeFirstOrThrow()
  ).name;

  const writes = performance.now();
  for (let i = 0; i < PEOPLE; i++) await run(`p${i}`, `circle join "${circle}"`);
  const writeMs = performance.now() - writes;

  const reads = performance.now();
  for (let i = 0; i < PEOPLE / 10; i++) await run("founder", `circle show "${circle}"`);
  const readMs = performance.now() - reads;

  console.log(
    `${label.padEnd(10)} joins: ${(PEOPLE / (writeMs / 1000)).toFixed(0)}/s (${(writeMs / PEOPLE).toFixed(2)} ms each)  ` +
      `shows of a ${PEOPLE}-member circle: ${(PEOPLE / 10 / (readMs / 1000)).toFixed(0)}/s`,
  );
  await db.destroy();
}

const embedded = await benchEmbeddedPostgres();
await measure("embedded", embedded.url, 10);
await embedded.stop();
if (process.env.BENCH_DATABASE_URL) await measure("postgres", process.env.BENCH_DATABASE_URL, 10);

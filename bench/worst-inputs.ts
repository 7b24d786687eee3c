/**
 * The worst inputs known (issue 12), each answered by Jura end to end on a database: the time
 * to answer (wall clock, median and max of a few runs) and whether it stays under the 250 ms
 * command budget. Embedded PGlite always, and the PostgreSQL server at BENCH_DATABASE_URL when
 * set (use a scratch database). Prints figures; it asserts nothing.
 */
import { performance } from "node:perf_hooks";
import { pino } from "pino";
import { shellPerson, shellPlace } from "../src/adapters/shell/identity.js";
import { advanceClock, advanceLine } from "../src/app/advance.js";
import { Jura } from "../src/app/jura.js";
import { ManualClock } from "../src/core/clock.js";
import { COMMAND_BUDGET_MS } from "../src/core/commands/budget.js";
import { Registry } from "../src/core/commands/registry.js";
import { unitOfWork } from "../src/store/store.js";
import { benchDatabases, envNumber } from "./support.js";

const RUNS = envNumber("BENCH_RUNS", 7);
const NUL = "\u0000";
const MONMON = `weekly on ${"mon".repeat(30)}1`;
const NEVER = "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31";

/** Each case: what it is, and the line (or lines, the last one timed) to run as ana in #garden. */
const CASES: ReadonlyArray<[string, string]> = [
  ["101-character cadence, rotation create", `rotation create dishes every:"${MONMON}"`],
  ["101-character cadence, rotation edit", `rotation edit cook every:"${MONMON}"`],
  [
    "101-character cadence, convergence schedule",
    `convergence schedule Assembly every:"${MONMON}" federation:Jura`,
  ],
  ["never-occurring RRULE, rotation create", `rotation create dishes every:"${NEVER}"`],
  ["never-occurring RRULE, rotation edit", `rotation edit cook every:"${NEVER}"`],
  [
    "never-occurring RRULE, convergence schedule",
    `convergence schedule Assembly every:"${NEVER}" federation:Jura`,
  ],
  ["BYYEARDAY=366, rotation show count:20", "rotation show leap count:20"],
  ["NUL in reflect list search:", `reflect list search:a${NUL}b`],
  ["NUL in aid request unit:", `aid request flour amount:3 unit:k${NUL}g`],
  ["NUL in poll start options:", `poll start Which day? options:"mon${NUL}|tue"`],
  ["huge line: 4,000 characters (the most a command may have)", `poll start ${"a".repeat(3_985)}?`],
  ["huge line: 4,001 characters", `poll start ${"a".repeat(3_990)}`],
  ["huge line: 100,000 characters", `circle show ${"x".repeat(100_000)}`],
  ["huge line: a 3,900-character word of colons", `circle show ${"a:".repeat(1_950)}`],
  ["huge line: 2,000 opening quotes", `circle show ${'"“«'.repeat(666)}`],
  ["huge line: cadence of 1,300 mons", `rotation create dishes every:"weekly on ${"mon".repeat(1_300)}1"`],
  [
    "hostile poll options: 20 options of 100 characters",
    `poll start Q? options:"${Array.from({ length: 20 }, (_, i) => `${i}${"o".repeat(98)}`).join("|")}"`,
  ],
  ["hostile poll options: 1,900 separators", `poll start Q? options:"${"a|".repeat(1_900)}"`],
  ["hostile poll options: right-to-left override", `poll start Q? options:"yes\u202e|no"`],
  ["hostile poll vote: ambiguous '1' on options 2|1", "poll vote 2 1"],
  ["strict numbers: amount:0x10", "aid request flour amount:0x10 unit:kg"],
];

async function measure(label: string, db: Parameters<typeof unitOfWork>[0]): Promise<void> {
  const clock = new ManualClock(new Date("2026-03-01T09:00:00Z"));
  const uow = unitOfWork(db);
  const jura = new Jura({ registry: new Registry(), uow, clock, log: pino({ level: "silent" }) });
  const run = (text: string, actor = "shell:ana") =>
    jura.handle({
      actor,
      place: "shell:#garden",
      text,
      resolveMention: shellPerson,
      resolvePlace: shellPlace,
    });
  const setup: Array<[string, string?]> = [
    ["federation create Jura"],
    ["circle create Garden open:yes"],
    ["circle join", "shell:ben"],
    // The circle decides these; ben agrees, and two days later they hold.
    ["federation join Jura"],
    ["proposal agree 1", "shell:ben"],
    ["rotation create cook every:daily"],
    ["proposal agree 2", "shell:ben"],
    ['rotation create leap every:"FREQ=DAILY;BYYEARDAY=366"'],
    ["proposal agree 3", "shell:ben"],
    ['poll start Yes or no? options:"yes|no" closes:30d'],
    ['poll start How many meetings a month? options:"2|1" closes:30d'],
  ];
  for (const [line, actor] of setup) {
    const outcome = await run(line, actor);
    if (outcome.kind !== "reply") throw new Error(`setup "${line}" failed: ${outcome.text}`);
  }
  await advanceClock(clock, uow, 2 * 86_400_000, async () => {});
  console.log(`\n${label}: time to answer each worst input (${RUNS} runs; budget ${COMMAND_BUDGET_MS} ms)`);
  let over = 0;
  for (const [name, line] of CASES) {
    const times: number[] = [];
    let answer = "";
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const outcome = await run(line);
      times.push(performance.now() - started);
      answer = `${outcome.kind}${outcome.internal ? " (INTERNAL)" : ""}: ${outcome.text.split("\n")[0]?.slice(0, 70)}`;
    }
    over += report(name, times, answer);
  }
  // The shell's `advance 99999d`, with a daily rotation due every day.
  const times: number[] = [];
  let answer = "";
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    answer = (await advanceLine("99999d", clock, uow, async () => {})) ?? "advanced";
    times.push(performance.now() - started);
  }
  over += report("shell: advance 99999d", times, `error: ${answer.slice(0, 70)}`);
  console.log(over === 0 ? "every worst input answered within the budget" : `${over} OVER the budget`);
}

function report(name: string, times: number[], answer: string): number {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const max = sorted.at(-1) ?? 0;
  const verdict = max < COMMAND_BUDGET_MS ? "ok  " : "OVER";
  console.log(
    `${verdict} ${name.padEnd(52)} median ${median.toFixed(1).padStart(6)} ms  max ${max.toFixed(1).padStart(6)} ms  ${answer}`,
  );
  return max < COMMAND_BUDGET_MS ? 0 : 1;
}

for await (const database of benchDatabases()) {
  try {
    await measure(database.label, database.db);
  } finally {
    await database.close();
  }
}

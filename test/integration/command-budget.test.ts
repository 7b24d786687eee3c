import { sql } from "kysely";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { shellPerson, shellPlace } from "../../src/adapters/shell/identity.js";
import { Jura } from "../../src/app/jura.js";
import { BudgetExceeded } from "../../src/core/commands/budget.js";
import { Registry } from "../../src/core/commands/registry.js";
import { type AnyCommandSpec, defineCommand } from "../../src/core/commands/spec.js";
import { transaction } from "../../src/store/store.js";
import { backends, type TestDatabase } from "../support/databases.js";
import { TestClock } from "../support/harness.js";

const cpuMs = () => {
  const used = process.threadCpuUsage();
  return (used.user + used.system) / 1000;
};
/** Works (burns CPU) for `ms` of this thread's time, however busy the machine is. */
const work = (ms: number) => {
  const until = cpuMs() + ms;
  let spins = 0;
  while (cpuMs() < until) spins++;
  return spins;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A command that writes, then works or waits, then reads: what an over-budget command looks like. */
const dawdle = defineCommand({
  group: "dawdle",
  name: "",
  summary: "test only",
  args: z.object({ ms: z.coerce.number(), wait: z.coerce.number().default(0) }),
  positional: ["ms"],
  policy: "anyone",
  examples: [],
  async handler(ctx, args) {
    await ctx.store.federations.create({
      name: `Dawdle ${args.ms}`,
      timezone: "UTC",
      announcePlace: ctx.place,
      councilPlace: ctx.place,
      createdBy: ctx.actor,
      createdAt: ctx.now,
    } as never);
    work(args.ms);
    await sleep(args.wait);
    await ctx.store.federations.list();
    return { text: "done" };
  },
}) as unknown as AnyCommandSpec;

describe.each(backends())("every command under a time budget on $name", (backend) => {
  let database: TestDatabase;
  const warnings: unknown[] = [];
  let jura: Jura;
  const run = (text: string) =>
    jura.handle({
      actor: "shell:ana",
      place: "shell:#x",
      text,
      resolveMention: shellPerson,
      resolvePlace: shellPlace,
    });

  beforeAll(async () => {
    database = await backend.open();
    const log = pino({ level: "warn" }, { write: (line: string) => warnings.push(JSON.parse(line)) });
    jura = new Jura({
      registry: new Registry([dawdle]),
      uow: (await import("../../src/store/store.js")).unitOfWork(database.db),
      clock: new TestClock(),
      log,
      commandBudgetMs: 100,
    });
  });
  afterAll(() => database?.close());

  const federations = async () =>
    (await database.db.selectFrom("federation").select("name").execute()).map((f) => f.name);

  it("GIVEN a command within its budget THEN it commits", async () => {
    expect(await run("dawdle 1")).toEqual({ kind: "reply", text: "done" });
    expect(await federations()).toContain("Dawdle 1");
  });

  it("GIVEN a command that waits rather than works THEN the wait is not held against it", async () => {
    expect(await run("dawdle 2 wait:300")).toEqual({ kind: "reply", text: "done" });
  });

  it("GIVEN a command that goes over its budget THEN it is refused at its next step and rolled back", async () => {
    const outcome = await run("dawdle 300");
    expect(outcome).toEqual({
      kind: "error",
      text: "That command needed more than 100 ms of work, so I stopped it and changed nothing. Try a simpler request: a plainer cadence, a nearer date or fewer items.",
    });
    expect(await federations()).not.toContain("Dawdle 300");
    expect(warnings).toContainEqual(
      expect.objectContaining({ msg: "command over its budget", text: "dawdle 300", budgetMs: 100 }),
    );
  });

  // The embedded server is a real PostgreSQL now: it cancels statements too.
  it("GIVEN one statement longer than the budget THEN PostgreSQL cancels it and it is a BudgetExceeded", async () => {
    const started = performance.now();
    await expect(
      transaction(database.db, { statementTimeoutMs: 100, budgetMs: 100 }, (trx) =>
        sql`select pg_sleep(5)`.execute(trx),
      ),
    ).rejects.toThrow(BudgetExceeded);
    expect(performance.now() - started).toBeLessThan(4000);
    // The setting was local to that transaction.
    expect(
      (await sql<{ s: string }>`select current_setting('statement_timeout') as s`.execute(database.db))
        .rows[0]?.s,
    ).toBe("0");
  });
});

import { PassThrough, Writable } from "node:stream";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shellPerson, shellPlace } from "../../src/adapters/shell/identity.js";
import { ShellPrinter } from "../../src/adapters/shell/printer.js";
import { runShell } from "../../src/adapters/shell/shell.js";
import type { Outcome } from "../../src/app/jura.js";
import { COMMAND_BUDGET_MS } from "../../src/core/commands/budget.js";
import { backends, type TestDatabase } from "../support/databases.js";
import { harness } from "../support/harness.js";
import { commandLine, speaker } from "./lines.js";

/**
 * Issue 12 item 7: generated command lines through the parser, binding and handlers on a real
 * database. `npm test` runs a few thousand; `npm run fuzz` (CI, after npm test) 100,000.
 * FUZZ_LINES sets how many, FUZZ_SEED replays a run (the seed is printed first).
 */
const TOTAL_LINES = Number(process.env.FUZZ_LINES ?? 2_000);
/** The lines are shared among the databases tested (the embedded one, and a server in CI). */
const LINES = Math.ceil(TOTAL_LINES / backends().length);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** Lines per shell script in the second property (each through the real shell adapter). */
const SCRIPT_LINES = 40;
/** A line's wall time past which it counts as left running, however busy the machine. */
const WALL_CEILING_MS = 10_000;

const BUDGET_REFUSAL = /^That command needed more than \d+ ms of work/;

describe.each(backends())("fuzzing command lines on $name", (backend) => {
  let database: TestDatabase;
  let h: ReturnType<typeof harness>;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on("unhandledRejection", onUnhandled);
    console.log(
      `fuzz on ${backend.name}: ${LINES} lines, seed ${SEED} (replay: FUZZ_SEED=${SEED} FUZZ_LINES=${TOTAL_LINES} npx vitest run test/fuzz)`,
    );
    database = await backend.open();
    h = harness(database.db);
    h.clock.current = new Date("2026-03-01T09:00:00Z");
    // A world for the lines to land in: the names, people and numbers the commands' examples use.
    await h.ok("ana", "#jura", "federation create Jura tz:Europe/Paris");
    await h.ok(
      "ana",
      "#garden",
      'circle create Green Valley tz:Europe/Paris purpose:"Community gardens" open:yes',
    );
    for (const person of ["ben", "cleo", "bob"]) await h.ok(person, "#garden", "circle join");
    await h.ok("zoe", "#bakery", "circle create Bakery open:yes");
    await h.ok("zed", "#bakery", "circle join");
    // The circles decide, all at once: two days later the world is ready.
    const decided: Array<[string, string, string, string]> = [
      ["ana", "#garden", "federation join Jura", "ben"],
      ["zoe", "#bakery", "federation join Jura", "zed"],
      ["ana", "#garden", "mandate grant @bob carry our proposal to the spring assembly until:60d", "bob"],
      ["ana", "#garden", 'rotation create spokesperson every:"every 2 weeks on monday 18:00"', "ben"],
    ];
    for (const [who, where, text, agree] of decided) {
      const id = (await h.ok(who, where, text)).match(/Proposal #(\d+)/)?.[1];
      await h.ok(agree, where, `proposal agree ${id}`);
    }
    await h.advance(2 * 86_400_000);
    await h.ok("ana", "#garden", 'poll start Join the strike? options:"yes|no|later"');
    await h.ok("ana", "#garden", "aid request seedlings amount:200 unit:plants by:3w");
    await h.ok("ana", "#garden", 'reflect share the leaflets came late learned:"print a week ahead"');
    await h.ok(
      "ana",
      "#garden",
      'convergence schedule Assembly every:"every 3 months on saturday 10:00" federation:Jura',
    );
  });
  afterAll(async () => {
    process.off("unhandledRejection", onUnhandled);
    await database?.close();
  });

  it("GIVEN generated command lines THEN each is answered once, never as an internal error, within its budget", {
    timeout: Math.max(120_000, LINES * 25),
  }, async () => {
    const tally = { reply: 0, error: 0, lines: 0 };
    const overBudget: Array<{ person: string; place: string; line: string }> = [];
    let slowest = { ms: 0, line: "" };
    await fc.assert(
      fc.asyncProperty(commandLine, speaker, async (line, { person, place }) => {
        const started = performance.now();
        const answers: Outcome[] = [];
        const outcome = await h.jura.handle({
          actor: `shell:${person}`,
          place: `shell:${place}`,
          text: line,
          resolveMention: shellPerson,
          resolvePlace: shellPlace,
        });
        answers.push(outcome);
        const ms = performance.now() - started;
        if (ms > slowest.ms) slowest = { ms, line };
        tally.lines += 1;
        expect(answers).toHaveLength(1);
        expect(outcome.internal, `internal error for ${JSON.stringify(line)}: ${outcome.text}`).toBeFalsy();
        expect(["reply", "error"]).toContain(outcome.kind);
        expect(outcome.text.length, `empty answer to ${JSON.stringify(line)}`).toBeGreaterThan(0);
        expect(ms, `${JSON.stringify(line)} ran ${ms} ms`).toBeLessThan(WALL_CEILING_MS);
        if (outcome.kind === "reply") tally.reply += 1;
        else tally.error += 1;
        if (BUDGET_REFUSAL.test(outcome.text)) overBudget.push({ person, place, line });
      }),
      { numRuns: LINES, seed: SEED, endOnFailure: true },
    );
    // A line refused for its budget is run again: refused twice, it does too much work
    // whatever the machine's load (the budget meters this thread's CPU time).
    const confirmed: string[] = [];
    for (const { person, place, line } of overBudget) {
      const again = await h.run(person, place, line);
      if (BUDGET_REFUSAL.test(again.text)) confirmed.push(line);
    }
    console.log(
      `fuzz on ${backend.name}: ${tally.lines} lines, ${tally.reply} replies, ${tally.error} refusals, ` +
        `${overBudget.length} over the ${COMMAND_BUDGET_MS} ms budget once (${confirmed.length} twice), ` +
        `slowest ${slowest.ms.toFixed(0)} ms: ${JSON.stringify(slowest.line.slice(0, 120))}`,
    );
    expect(tally.lines).toBe(LINES);
    expect(confirmed).toEqual([]);
    expect(unhandled).toEqual([]);
  });

  it("GIVEN scripts of generated lines THEN the shell answers every line exactly once, as its author", {
    timeout: Math.max(60_000, LINES * 10),
  }, async () => {
    const noNewline = commandLine.map((line) => line.replace(/[\r\n]/g, " "));
    const scriptLine = fc
      .tuple(speaker, noNewline)
      .map(([{ person, place }, line]) => ({ person, place, text: `as ${person} in ${place}: ${line}` }));
    await fc.assert(
      fc.asyncProperty(fc.array(scriptLine, { minLength: 1, maxLength: SCRIPT_LINES }), async (lines) => {
        let printed = "";
        const out = new Writable({
          write(chunk, _, done) {
            printed += String(chunk);
            done();
          },
        });
        const input = new PassThrough();
        const session = runShell({
          jura: h.jura,
          input,
          printer: new ShellPrinter(out, true),
          person: "nobody",
          place: "#nowhere",
          interactive: false,
          settle: async () => {},
        });
        input.end(`${lines.map((l) => l.text).join("\n")}\n`);
        expect(await session.done).toBe(0);
        const answers = printed
          .split("\n")
          .filter(Boolean)
          .map((json) => JSON.parse(json) as { place: string; kind: string });
        // Lines the shell skips (`as x in y:` with nothing after reads as a blank command) aside,
        // each line gets one answer, in its author's place — or, for an answer meant for its
        // author alone (a secret vote, an export's links), in their direct conversation.
        expect(
          answers.map((a, i) =>
            a.place === `shell:@${lines[i]?.person}` ? `shell:${lines[i]?.place}` : a.place,
          ),
        ).toEqual(lines.map((l) => `shell:${l.place}`));
        expect(answers.every((a) => a.kind === "reply" || a.kind === "error")).toBe(true);
      }),
      { numRuns: Math.max(5, Math.ceil(LINES / 10 / SCRIPT_LINES)), seed: SEED, endOnFailure: true },
    );
    expect(unhandled).toEqual([]);
  });
});

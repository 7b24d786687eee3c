import { pino } from "pino";
import { shellPerson, shellPlace } from "../../src/adapters/shell/identity.js";
import { Jura, type Outcome } from "../../src/app/jura.js";
import type { SettableClock } from "../../src/core/clock.js";
import { Registry } from "../../src/core/commands/registry.js";
import type { AnyCommandSpec } from "../../src/core/commands/spec.js";
import type { Db } from "../../src/store/db.js";
import { unitOfWork } from "../../src/store/store.js";

/** A settable clock for tests. */
export class TestClock implements SettableClock {
  constructor(public current = new Date("2026-03-01T12:00:00Z")) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  set(to: Date): void {
    if (to > this.current) this.current = new Date(to);
  }
}

/** Jura's front door over a test database, driven like the shell: `run("alice", "#garden", "circle join")`. */
export function harness(db: Db, commands?: readonly AnyCommandSpec[]) {
  const clock = new TestClock();
  const jura = new Jura({
    registry: new Registry(commands),
    uow: unitOfWork(db),
    clock,
    log: pino({ level: "silent" }),
  });
  const run = (person: string, place: string, text: string): Promise<Outcome> =>
    jura.handle({
      actor: `shell:${person}`,
      place: `shell:${place}`,
      text,
      resolveMention: shellPerson,
      resolvePlace: shellPlace,
    });
  /** Runs a command that must succeed, returning its reply text. */
  const ok = async (person: string, place: string, text: string): Promise<string> => {
    const outcome = await run(person, place, text);
    if (outcome.kind !== "reply") throw new Error(`expected success for "${text}", got: ${outcome.text}`);
    return outcome.text;
  };
  /** Runs a command that must fail with a user error, returning the message. */
  const fails = async (person: string, place: string, text: string): Promise<string> => {
    const outcome = await run(person, place, text);
    if (outcome.kind !== "error" || outcome.internal)
      throw new Error(`expected a user error for "${text}", got: ${outcome.text}`);
    return outcome.text;
  };
  return { jura, clock, run, ok, fails };
}

/** Every table's rows, for asserting that a failed command changed nothing. */
export async function snapshot(db: Db): Promise<string> {
  const tables = [
    "federation",
    "circle",
    "membership",
    "invitation",
    "mandate",
    "auditLog",
    "outbox",
  ] as const;
  const parts: Record<string, unknown> = {};
  for (const table of tables) {
    parts[table] = await db
      .selectFrom(table)
      .selectAll()
      .orderBy(table === "membership" || table === "invitation" ? "person" : "id")
      .execute();
  }
  return JSON.stringify(parts);
}

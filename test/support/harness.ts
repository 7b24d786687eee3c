import { pino } from "pino";
import { shellPerson, shellPlace } from "../../src/adapters/shell/identity.js";
import { advanceClock } from "../../src/app/advance.js";
import { Jura, type Outcome } from "../../src/app/jura.js";
import type { SettableClock } from "../../src/core/clock.js";
import { Registry } from "../../src/core/commands/registry.js";
import type { AnyCommandSpec } from "../../src/core/commands/spec.js";
import { DEFAULT_LIMITS, type Limits } from "../../src/core/limits.js";
import { peopleDirectory } from "../../src/core/people-directory.js";
import { renderPlain } from "../../src/core/people-text.js";
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
export function harness(
  db: Db,
  commands?: readonly AnyCommandSpec[],
  options: { limits?: Partial<Limits> } = {},
) {
  const clock = new TestClock();
  // Test files found many circles and federations in one database, by the same few people.
  const limits = {
    ...DEFAULT_LIMITS,
    circlesPerFounder: 1000,
    federationsPerFounder: 1000,
    ...options.limits,
  };
  const jura = new Jura({
    registry: new Registry(commands),
    uow: unitOfWork(db, { announcementsPerPlacePerDay: limits.announcementsPerPlacePerDay }),
    clock,
    log: pino({ level: "silent" }),
    limits,
    site: { publicUrl: "http://jura.test" },
  });
  // What the person reads: people named as the shell shows them (see people-text.ts).
  const run = (person: string, place: string, text: string): Promise<Outcome> =>
    handle(person, place, text).then((outcome) => ({
      ...outcome,
      text: renderPlain(outcome.text, peopleDirectory, "shell"),
    }));
  const handle = (person: string, place: string, text: string): Promise<Outcome> =>
    jura.handle({
      actor: `shell:${person}`,
      place: `shell:${place}`,
      text,
      resolveMention: shellPerson,
      resolvePlace: shellPlace,
      // `@alice` is alice's direct conversation with Jura, as in the shell.
      private: place === `@${person}`,
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
  const uow = unitOfWork(db, { announcementsPerPlacePerDay: limits.announcementsPerPlacePerDay });
  /** Moves the clock on by `ms`, running everything that falls due on the way, as the sweep would. */
  const advance = (ms: number) => advanceClock(clock, uow, ms, async () => {});
  /**
   * A decision that passes: `person` runs `text` (which opens a proposal), each of `agree`
   * agrees, and the window runs out. Returns the proposal's number and its final status.
   */
  const decide = async (
    person: string,
    place: string,
    text: string,
    agree: readonly string[],
  ): Promise<{ id: number; status: string; reply: string }> => {
    const reply = await ok(person, place, text);
    const id = Number(/[Pp]roposal #(\d+)/.exec(reply)?.[1]);
    if (!id) throw new Error(`expected a proposal for "${text}", got: ${reply}`);
    for (const voter of agree) await ok(voter, place, `proposal agree ${id}`);
    const proposal = await db
      .selectFrom("proposal")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    if (proposal.status === "open")
      await advance(Math.max(0, proposal.closesAt.getTime() - clock.now().getTime()));
    const closed = await db
      .selectFrom("proposal")
      .select("status")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    return { id, status: closed.status, reply };
  };
  /** Like {@link decide}, and the proposal must pass. */
  const passes = async (person: string, place: string, text: string, agree: readonly string[]) => {
    const result = await decide(person, place, text, agree);
    if (result.status !== "passed") throw new Error(`expected "${text}" to pass, it ${result.status}`);
    return result.id;
  };
  return { jura, clock, run, ok, fails, advance, decide, passes };
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

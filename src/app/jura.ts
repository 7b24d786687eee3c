import { randomUUID } from "node:crypto";
import type { Clock } from "../core/clock.js";
import { isBudgetExceeded } from "../core/commands/budget.js";
import { type CommandInput, type ExecuteDeps, execute, readerOf } from "../core/commands/execute.js";
import type { Registry } from "../core/commands/registry.js";
import type { Site } from "../core/commands/spec.js";
import { isUserError } from "../core/errors.js";
import { english, localeOfTag, type Translator, translator } from "../core/i18n.js";
import { type PlaceId, platformOf } from "../core/ids.js";
import { DEFAULT_LIMITS, LIMIT_SETTINGS, type Limits } from "../core/limits.js";
import { peopleDirectory } from "../core/people-directory.js";
import type { UnitOfWork } from "../core/ports.js";
import { welcome } from "../core/welcome.js";
import type { Log } from "../log.js";
import { RateWindow } from "./rate-window.js";

/** What an adapter shows the user: a reply, or an error they can read (never a stack trace). */
export interface Outcome {
  /** `duplicate`: the event was already handled; adapters say nothing. */
  kind: "reply" | "error" | "duplicate";
  text: string;
  /** True when the failure was ours, not the user's (already logged with `ref`). */
  internal?: boolean;
  /** Only the actor may see it (a secret vote's acknowledgement): ephemeral, or sent to them alone. */
  private?: boolean;
}

export interface JuraDeps {
  registry: Registry;
  uow: UnitOfWork;
  clock: Clock;
  log: Log;
  /** Work time allowed per command (default 250 ms); beyond it the command is refused and rolled back. */
  commandBudgetMs?: number;
  /** How that work is measured, in ms (default: CPU time of this thread). */
  workClock?: () => number;
  /** Where Jura's HTTP server is reached from outside, for links in replies. */
  site?: Site;
  /** Called after a command commits, to hand its announcements to the delivery queue. */
  afterCommit?: () => Promise<unknown>;
  /** The limits in force (default: DEFAULT_LIMITS), the command rates among them. */
  limits?: Limits;
}

/** CPU time of this thread in ms: the work a command does, its embedded database's included. */
function threadCpuMs(): number {
  const used = process.threadCpuUsage();
  return (used.user + used.system) / 1000;
}

/** Wall time in ms: never less than the CPU time a thread spends in the same span. */
const wallMs = () => performance.now();

/**
 * The platform-neutral front door every adapter calls. It runs the command, turns failures
 * into outcomes, and tracks commands in flight so shutdown can wait for them.
 */
export class Jura {
  private readonly inFlight = new Set<Promise<Outcome>>();
  private readonly perPerson: RateWindow;
  private readonly perPlace: RateWindow;

  /** The command budget's meter: the caller's clock, or this thread's CPU time bounded by wall time. */
  private readonly executeDeps: ExecuteDeps;

  constructor(private readonly deps: JuraDeps) {
    this.executeDeps = deps.workClock ? deps : { ...deps, workClock: threadCpuMs, workBound: wallMs };
    const limits = deps.limits ?? DEFAULT_LIMITS;
    this.perPerson = new RateWindow(limits.commandsPerPersonPerMinute);
    this.perPlace = new RateWindow(limits.commandsPerPlacePerMinute);
  }

  handle(given: CommandInput): Promise<Outcome> {
    // A linked account acts as its person: every row the command writes names the person.
    const actor = peopleDirectory.canonical(given.actor);
    const input = actor === given.actor ? given : { ...given, actor, account: given.actor };
    const refused = this.overRate(input);
    if (refused) return Promise.resolve(refused);
    const run = this.run(input).finally(() => this.inFlight.delete(run));
    this.inFlight.add(run);
    return run;
  }

  /**
   * Queues the welcome for a place Jura just arrived in, once per `scope` (a room, a server):
   * false when it was said there before. See core/welcome.ts.
   */
  async welcome(place: PlaceId, scope: string): Promise<boolean> {
    const now = this.deps.clock.now();
    const queued = await this.deps.uow.run((store) => welcome(store, place, scope, now));
    if (queued) await this.deps.afterCommit?.().catch(() => undefined);
    return queued;
  }

  /** Resolves once every command already started has finished. */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  private async run(input: CommandInput): Promise<Outcome> {
    let outcome: Outcome;
    try {
      const reply = await execute(this.executeDeps, input);
      outcome = {
        kind: reply.duplicate ? "duplicate" : "reply",
        text: reply.text,
        ...(reply.private ? { private: true } : {}),
      };
    } catch (error) {
      if (isUserError(error)) {
        const reader = await this.readerOf(input);
        if (isBudgetExceeded(error)) {
          const { actor, place } = input;
          this.deps.log.warn(
            { actor, place, text: input.text.slice(0, 500), budgetMs: error.limitMs },
            "command over its budget",
          );
        }
        const first = input.eventId === undefined || (await this.claim(input.eventId));
        return first ? { kind: "error", text: error.render(reader) } : { kind: "duplicate", text: "" };
      }
      const ref = randomUUID().slice(0, 8);
      this.deps.log.error(
        { err: error, ref, actor: input.actor, place: input.place, text: input.text.slice(0, 500) },
        "command failed",
      );
      const reader = await this.readerOf(input);
      return { kind: "error", text: reader("internal.apology", { ref }), internal: true };
    }
    try {
      await this.deps.afterCommit?.();
    } catch (error) {
      this.deps.log.error({ err: error }, "could not queue announcements now; the sweep will retry");
    }
    return outcome;
  }

  /**
   * Chat platforms' people are held to their command rates (the local shell is the operator's own
   * console and is not). Beyond a rate the person is told once, then commands are dropped in
   * silence until the minute has room again: answering every one would be the flood.
   */
  private overRate(input: CommandInput): Outcome | undefined {
    if (platformOf(input.actor) === "shell") return undefined;
    const limits = this.deps.limits ?? DEFAULT_LIMITS;
    for (const [window, key, name] of [
      [this.perPerson, input.actor, "commandsPerPersonPerMinute"],
      [this.perPlace, input.place, "commandsPerPlacePerMinute"],
    ] as const) {
      const verdict = window.hit(key);
      if (verdict === "ok") continue;
      if (verdict === "silent") return { kind: "duplicate", text: "" };
      this.deps.log.warn(
        { actor: input.actor, place: input.place, limit: name },
        "command rate limit reached",
      );
      // No read for someone over their rate: their platform's language, if it says one.
      const reader = translator(localeOfTag(input.locale) ?? "en");
      return {
        kind: "error",
        text: reader(`limit.${name}`, { limit: limits[name], setting: LIMIT_SETTINGS[name] }),
      };
    }
    return undefined;
  }

  /** Who reads a failure's message (see readerOf); English when even that cannot be read. */
  private async readerOf(input: CommandInput): Promise<Translator> {
    try {
      return translator(await this.deps.uow.run((store) => readerOf(store, input)));
    } catch (error) {
      this.deps.log.error({ err: error }, "could not read the reader's language");
      return english;
    }
  }

  /** Remembers a failed command's event too, so a redelivery does not repeat the error. */
  private async claim(eventId: string): Promise<boolean> {
    try {
      return await this.deps.uow.run((store) => store.events.claim(eventId, this.deps.clock.now()));
    } catch (error) {
      this.deps.log.error({ err: error, eventId }, "could not record a handled event");
      return true;
    }
  }
}

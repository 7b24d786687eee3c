import type { z } from "zod";
import type { Clock } from "../clock.js";
import { isUserError, UserError } from "../errors.js";
import type { PersonId, PlaceId } from "../ids.js";
import type { UnitOfWork } from "../ports.js";
import { argKind } from "./args.js";
import { bindArgs, type MentionResolver, type PlaceResolver } from "./bind.js";
import { budgetedWork, CommandBudget } from "./budget.js";
import { help } from "./help.js";
import { tokenize } from "./parser.js";
import type { Registry } from "./registry.js";
import type { AnyCommandSpec, CommandOrigin, Reply } from "./spec.js";
import { usageLine } from "./usage.js";

/** A command as any adapter hands it to the core: who, where, and what they typed. */
export interface CommandInput {
  actor: PersonId;
  place: PlaceId;
  text: string;
  resolveMention: MentionResolver;
  resolvePlace?: PlaceResolver;
  /**
   * The platform's id for this message or interaction. When given, the command runs at most
   * once per id: a redelivered event (after a crash or reconnect) changes nothing twice.
   */
  eventId?: string;
  /** See CommandOrigin: set by adapters only, never from what a user typed. */
  origin?: CommandOrigin;
  /**
   * Lets the platform refuse a command for a place it changes (a Matrix room that asks a power
   * level for Jura's admin commands). Called inside the command's transaction, before the
   * handler, with every place the command changes: the place it runs in, the home of the circle
   * it acts on and any place given as an argument. Throws a UserError to refuse.
   */
  guardPlaces?: PlaceGuard;
}

/** See {@link CommandInput.guardPlaces}. */
export type PlaceGuard = (
  places: readonly PlaceId[],
  command: { group: string; name: string },
) => Promise<void>;

export interface ExecuteDeps {
  registry: Registry;
  uow: UnitOfWork;
  clock: Clock;
  /** Work time allowed per command (default COMMAND_BUDGET_MS); beyond it the command is refused. */
  commandBudgetMs?: number;
  /** The meter of that work in ms (default: wall time); see CommandBudget. */
  workClock?: () => number;
}

/**
 * Parses, validates and runs one command in one transaction. Throws UserError for anything the
 * user can fix (nothing is written then); other errors are internal and also leave no trace.
 */
export async function execute(deps: ExecuteDeps, input: CommandInput): Promise<Reply> {
  const budget = new CommandBudget(deps.commandBudgetMs, deps.workClock);
  const tokens = tokenize(input.text);
  const [first, second] = tokens;
  if (first === undefined) throw new UserError("input.empty");
  const group = first.kind === "word" ? first.value.toLowerCase() : "";
  if (group === "help") {
    const { eventId } = input;
    if (eventId !== undefined && !(await deps.uow.run((s) => s.events.claim(eventId, deps.clock.now())))) {
      return { text: "", duplicate: true };
    }
    return {
      text: help(
        deps.registry,
        tokens.slice(1).map((t) => ("value" in t ? t.value : "")),
      ),
    };
  }
  const spec = findSpec(deps.registry, group, first, second);
  const rest = tokens.slice(spec.name === "" ? 1 : 2);
  const args = bindArgs(spec, rest, { mention: input.resolveMention, place: input.resolvePlace });
  try {
    return await budgetedWork(deps.uow, budget).run(async (store) => {
      if (input.eventId !== undefined && !(await store.events.claim(input.eventId, deps.clock.now()))) {
        return { text: "", duplicate: true };
      }
      if (input.guardPlaces) {
        const home = await store.circles.byHomePlace(input.place);
        const named = placesOf(spec, args);
        budget.pause(); // the platform's answer is its time, not the command's work
        await input.guardPlaces(
          [...new Set([input.place, ...named, ...(home?.homePlace ? [home.homePlace] : [])])],
          {
            group: spec.group,
            name: spec.name,
          },
        );
        budget.resume();
      }
      return spec.handler(
        { actor: input.actor, place: input.place, now: deps.clock.now(), store, origin: input.origin },
        args as never,
      );
    });
  } catch (error) {
    if (isUserError(error) && error.code === "args.field") {
      throw new UserError("args.invalid", { problems: error.message, usage: usageLine(spec) });
    }
    throw error;
  }
}

/** Values of the place-kind arguments a command was given. */
function placesOf(spec: AnyCommandSpec, args: unknown): PlaceId[] {
  const shape = spec.args.shape as Record<string, z.ZodType>;
  const values = args as Record<string, unknown>;
  return Object.keys(shape).flatMap((key) =>
    argKind(shape[key] as z.ZodType) === "place" && typeof values[key] === "string"
      ? [values[key] as PlaceId]
      : [],
  );
}

function findSpec(
  registry: Registry,
  group: string,
  first: { kind: string },
  second: { kind: string; value?: string } | undefined,
): AnyCommandSpec {
  const specs = registry.inGroup(group);
  if (first.kind !== "word" || specs.length === 0) {
    const shown = "value" in first ? String(first.value).slice(0, 40) : "?";
    throw new UserError("command.unknown", { name: shown });
  }
  const single = registry.get(group, "");
  if (single) return single;
  const subs = specs.map((s) => s.name).join(", ");
  if (second === undefined || second.kind !== "word")
    throw new UserError("command.missing_sub", { group, subs });
  const name = (second.value ?? "").toLowerCase();
  const spec = registry.get(group, name);
  if (!spec) throw new UserError("command.unknown_sub", { group, name: name.slice(0, 40), subs });
  return spec;
}

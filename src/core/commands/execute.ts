import type { z } from "zod";
import type { Clock } from "../clock.js";
import { isUserError, UserError } from "../errors.js";
import { type Locale, localeOfTag, withLocale } from "../i18n.js";
import { displayPerson, type PersonId, type PlaceId } from "../ids.js";
import { DEFAULT_LIMITS, type Limits } from "../limits.js";
import type { Store, UnitOfWork } from "../ports.js";
import { argKind } from "./args.js";
import { type MentionResolver, type PlaceResolver, parseRaw, rawArgs } from "./bind.js";
import { budgetedWork, CommandBudget } from "./budget.js";
import { makeEnactor } from "./enact.js";
import { help } from "./help.js";
import { tokenize } from "./parser.js";
import { authorize, type Gate } from "./policy.js";
import { openProposal } from "./proposals.js";
import type { Registry } from "./registry.js";
import type {
  AnyCommandSpec,
  CommandContext,
  CommandOrigin,
  DecisionRecord,
  Enactor,
  Reply,
  Site,
  Subject,
  SubjectContext,
} from "./spec.js";
import { usageLine } from "./usage.js";

/** A command as any adapter hands it to the core: who, where, and what they typed. */
export interface CommandInput {
  actor: PersonId;
  /** The account the command came from, when `actor` is the person it is linked to. */
  account?: PersonId;
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
   * The language the platform says the person uses (Discord's interaction `locale`, such as
   * `fr` or `es-ES`). A language the person chose with `me language` comes first; without
   * either, the place's language (its circle's or federation's) applies.
   */
  locale?: string;
  /**
   * Nobody but the actor sees this place or what they type there (a direct room with Jura, a
   * Discord slash command answered ephemerally). Secret ballots are cast only from such places.
   */
  private?: boolean;
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
  /** The limits in force (default: DEFAULT_LIMITS). */
  limits?: Limits;
  /** Work time allowed per command (default COMMAND_BUDGET_MS); beyond it the command is refused. */
  commandBudgetMs?: number;
  /** The meter of that work in ms (default: wall time); see CommandBudget. */
  workClock?: () => number;
  /** A cheaper clock never slower than workClock (see CommandBudget). */
  workBound?: () => number;
  /** Where Jura's HTTP server is reached, for links (see CommandContext.site). */
  site?: Site;
}

const enactors = new WeakMap<Registry, Enactor>();

/** The enactor that carries out proposals with this registry's commands. */
export function enactorOf(registry: Registry): Enactor {
  let enact = enactors.get(registry);
  if (!enact) {
    enact = makeEnactor(registry);
    enactors.set(registry, enact);
  }
  return enact;
}

/**
 * Who reads a reply to `input`, in this order: the language the person chose, the one their
 * platform reports, the one the place speaks, English.
 */
export async function readerOf(
  store: Store,
  input: Pick<CommandInput, "actor" | "place" | "locale">,
): Promise<Locale> {
  const spoken = await store.languages.reader(input.actor, input.place);
  return spoken.person ?? localeOfTag(input.locale) ?? spoken.place;
}

/**
 * Parses, validates, authorizes and runs one command in one transaction. The command's
 * declared policy is checked before its handler: where the circle or federation decides, the
 * command is rehearsed (so a proposal that could never be carried out is refused now) and a
 * proposal is opened instead. Throws UserError for anything the user can fix (nothing is
 * written then); other errors are internal and also leave no trace.
 */
export async function execute(deps: ExecuteDeps, input: CommandInput): Promise<Reply> {
  const budget = new CommandBudget(deps.commandBudgetMs, deps.workClock, deps.workBound);
  const tokens = tokenize(input.text);
  const [first, second] = tokens;
  if (first === undefined) throw new UserError("input.empty");
  const group = first.kind === "word" ? first.value.toLowerCase() : "";
  if (group === "help") {
    const { eventId } = input;
    const words = tokens.slice(1).map((token) => ("value" in token ? token.value : ""));
    return deps.uow.run(async (store) => {
      const locale = await readerOf(store, input);
      const text = withLocale(locale, () => help(deps.registry, words));
      if (eventId !== undefined && !(await store.events.claim(eventId, deps.clock.now())))
        return { text: "", duplicate: true };
      return { text };
    });
  }
  // Which command, with which arguments: worked out while the transaction begins (see meanwhile).
  let parsed: { spec: AnyCommandSpec; raw: Record<string, string>; args: unknown } | undefined;
  const parse = () => {
    if (parsed) return parsed;
    const spec = findSpec(deps.registry, group, first, second);
    const raw = rawArgs(spec, tokens.slice(spec.name === "" ? 1 : 2), {
      mention: input.resolveMention,
      place: input.resolvePlace,
    });
    parsed = { spec, raw, args: parseRaw(spec, raw) };
    return parsed;
  };
  const enact = enactorOf(deps.registry);
  try {
    return await budgetedWork(deps.uow, budget).run(
      async (store) => {
        if (input.eventId !== undefined && !(await store.events.claim(input.eventId, deps.clock.now()))) {
          return { text: "", duplicate: true };
        }
        // The reader's language holds for the whole command: `t()`, dates and numbers follow it.
        return withLocale(await readerOf(store, input), () => run(store, parse()));
      },
      { meanwhile: parse },
    );
    async function run(store: Store, { spec, raw, args }: NonNullable<typeof parsed>): Promise<Reply> {
      const base: SubjectContext = {
        actor: input.actor,
        ...(input.account && input.account !== input.actor ? { account: input.account } : {}),
        place: input.place,
        now: deps.clock.now(),
        store,
        private: input.private ?? false,
        enact,
        limits: deps.limits ?? DEFAULT_LIMITS,
        ...(input.origin ? { origin: input.origin } : {}),
        ...(deps.site ? { site: deps.site } : {}),
      };
      const subject: Subject = spec.subject ? await spec.subject(base, args as never) : {};
      if (input.guardPlaces) {
        budget.pause(); // the platform's answer is its time, not the command's work
        await input.guardPlaces(placesOf(spec, args, input.place, subject), {
          group: spec.group,
          name: spec.name,
        });
        budget.resume();
      }
      const gate = await authorize(spec, base, subject);
      const ctx: CommandContext = { ...base, subject };
      return gate.kind === "run" ? spec.handler(ctx, args as never) : propose(ctx, spec, gate, raw, args);
    }
  } catch (error) {
    if (isUserError(error) && error.code === "args.field" && parsed) {
      throw new UserError("args.invalid", { problems: error.text, usage: usageLine(parsed.spec) });
    }
    throw error;
  }
}

/**
 * A command the circle, the federation or the person it names decides: rehearsed first (its
 * writes undone), so a proposal that could not be carried out is refused now, then proposed.
 */
async function propose(
  ctx: CommandContext,
  spec: AnyCommandSpec,
  gate: Exclude<Gate, { kind: "run" }>,
  raw: Record<string, string>,
  args: unknown,
): Promise<Reply> {
  const rehearsal: DecisionRecord = {
    proposalId: 0,
    level: gate.kind === "federation" ? "federation" : gate.kind === "ask" ? "person" : "circle",
    scopeId: gate.kind === "federation" ? gate.federation.id : gate.circle.id,
    by: gate.kind === "federation" ? gate.federation.name : gate.circle.name,
    counts: { agree: 0, abstain: 0, object: 0, block: 0, silent: 0, voices: 0 },
  };
  const rehearsed = { ...ctx, decision: rehearsal };
  if (spec.check) await spec.check(rehearsed, args as never);
  else await ctx.store.attempt(() => spec.handler(rehearsed, args as never), { dryRun: true });
  const { reason = "", ...kept } = raw;
  const { proposal, text } = await openProposal(ctx, gate, {
    title: commandTitle(spec, kept),
    command: { group: spec.group, name: spec.name, raw: kept },
    reason: reason.trim(),
    ...(ctx.subject.concerned ? { concerned: ctx.subject.concerned } : {}),
    ...(ctx.subject.excluded ? { excluded: ctx.subject.excluded } : {}),
  });
  await ctx.store.audit.record({
    at: ctx.now,
    actor: ctx.actor,
    action: "proposal.open",
    circleId: proposal.circleId,
    federationId: proposal.federationId,
    details: { proposalId: proposal.id, command: `${spec.group} ${spec.name}`.trim(), rule: proposal.rule },
  });
  return { text };
}

/** The command as people read it in a proposal: `/mandate grant @bob “…” until:60d`. */
export function commandTitle(spec: AnyCommandSpec, raw: Readonly<Record<string, string>>): string {
  const shape = spec.args.shape as Record<string, z.ZodType>;
  const show = (key: string, value: string) => {
    const field = shape[key];
    return field && argKind(field) === "person" ? displayPerson(value) : value;
  };
  const quote = (value: string) => (/\s/.test(value) ? `“${value}”` : value);
  const parts = [spec.name ? `/${spec.group} ${spec.name}` : `/${spec.group}`];
  for (const key of spec.positional) {
    const value = raw[key];
    if (value !== undefined) parts.push(quote(show(key, value)));
  }
  for (const [key, value] of Object.entries(raw)) {
    if (!spec.positional.includes(key)) parts.push(`${key}:${quote(show(key, value))}`);
  }
  return parts.join(" ");
}

/** Every place a command changes: where it runs, its circle's home, and place arguments. */
function placesOf(spec: AnyCommandSpec, args: unknown, place: PlaceId, subject: Subject): PlaceId[] {
  const shape = spec.args.shape as Record<string, z.ZodType>;
  const values = args as Record<string, unknown>;
  const named = Object.keys(shape).flatMap((key) =>
    argKind(shape[key] as z.ZodType) === "place" && typeof values[key] === "string"
      ? [values[key] as PlaceId]
      : [],
  );
  const home = subject.circle?.homePlace;
  return [...new Set([place, ...(home ? [home] : []), ...named])];
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

import type { z } from "zod";
import type { Counts } from "../decisions.js";
import type { UserError } from "../errors.js";
import type { PersonId, PlaceId } from "../ids.js";
import type { Limits } from "../limits.js";
import type { Circle, Federation, Proposal } from "../model.js";
import type { Store } from "../ports.js";

/**
 * Who may run a command, declared once in its spec and enforced by the framework before the
 * handler runs (see policy.ts); help and Discord permissions read the same declaration.
 *
 * - `anyone`: reading, or acts that concern only the actor (joining where one is welcome).
 * - `member`: a member of the circle the command acts on.
 * - `federation-member`: a member of one of the federation's circles.
 * - `circle-decision`: the circle decides: a member's command opens a proposal, and the
 *   command runs once the proposal passes.
 * - `federation-decision`: the federation decides, one voice per circle.
 * - `creator-circle`: the circle that created the thing acts directly; other circles of the
 *   federation propose a federation decision.
 * - `person-concerned`: only the person it concerns (the delegate giving back their mandate).
 * - `acceptance`: a member asks someone else, and it takes effect when that person accepts.
 *
 * A command whose subject may be a circle or a federation declares one policy for each.
 */
export type PolicyKind =
  | "anyone"
  | "member"
  | "federation-member"
  | "circle-decision"
  | "federation-decision"
  | "creator-circle"
  | "person-concerned"
  | "acceptance";

export type Policy = PolicyKind | { circle: PolicyKind; federation: PolicyKind };

/** The policies that turn a member's command into a proposal someone else answers. */
export const DECIDED: ReadonlySet<PolicyKind> = new Set([
  "circle-decision",
  "federation-decision",
  "creator-circle",
  "acceptance",
]);

/**
 * What a command acts on, resolved from its arguments before the policy is checked. The handler
 * receives it, so nothing is looked up twice.
 */
export interface Subject {
  /** The circle it acts on (for circle policies) or the actor's circle it acts through. */
  circle?: Circle;
  /** The federation it acts on (federation policies). */
  federation?: Federation;
  /** For `creator-circle`: the circle that created the thing (null: nobody's, e.g. seeded). */
  creatorCircleId?: number | null;
  /** For `person-concerned`: the people who may run it. */
  people?: readonly PersonId[];
  /** The person whose acceptance the command needs (the delegate of a new mandate, the other side of a swap). */
  concerned?: PersonId;
  /** A person with no voice in the decision (the member a removal is about). */
  excluded?: PersonId;
  /** What to tell someone the policy refuses, when the generic message would say less. */
  refusal?: UserError;
  /**
   * For `circle-decision`: the actor may act alone this time, within what the circle delegated
   * (its current treasurer recording an expense below the circle's threshold). The subject
   * decides it from the circle's own rules; the act still names who did it.
   */
  delegated?: boolean;
}

/** A decision a command is carrying out, named in what it announces. */
export interface DecisionRecord {
  proposalId: number;
  /** Whose decision it is: a circle, a federation, or one person's acceptance. */
  level: "circle" | "federation" | "person";
  /** The deciding circle's or federation's id (for a person's acceptance: the circle it concerns). */
  scopeId: number;
  /** The circle's or federation's name, or the person who accepted. */
  by: string;
  counts: Counts;
}

/** What a handler sees: who acts, where, when, and the transactional store. */
export interface CommandContext<S extends Subject = Subject> {
  /** The person acting: their account's person, once linked (see people-directory.ts). */
  actor: PersonId;
  /** The account they act from, when it is not `actor` itself (a linked account). */
  account?: PersonId;
  place: PlaceId;
  now: Date;
  store: Store;
  /** The platform message the command came from, when that message is itself the subject. */
  origin?: CommandOrigin;
  /** Only the actor sees this place and what they type in it (a direct room, a Discord slash command). */
  private: boolean;
  /** What the command acts on (see CommandSpec.subject); empty for commands without one. */
  subject: S;
  /** Set when the command runs because a proposal passed (or the person asked accepted). */
  decision?: DecisionRecord;
  /** Runs proposals that pass while this command runs (an acceptance, a declining answer). */
  enact: Enactor;
  /** The limits in force (see core/limits.ts). */
  limits: Limits;
  /** Where Jura's HTTP server is reached from outside, for links to pages and exports. */
  site?: Site;
}

/** Jura's web presence as links should name it. */
export interface Site {
  /** `https://jura.example.org`, without a trailing slash. */
  publicUrl: string;
}

/** Carries out a proposal that passed: runs its command on the decision's authority. */
export type Enactor = (
  ctx: Pick<CommandContext, "store" | "now" | "enact">,
  proposal: Proposal,
  decision: DecisionRecord,
) => Promise<{ ok: true; text: string } | { ok: false; problem: string }>;

/** What the part of a command that resolves its subject sees: no subject yet. */
export type SubjectContext = Omit<CommandContext, "subject">;

/**
 * A platform message a command adopts: a poll someone started with their client's own poll
 * feature becomes a Jura poll whose start message is theirs (`answerIds` map its answers).
 */
export interface CommandOrigin {
  messageId: string;
  answerIds?: string[];
}

/** What a command answers in the place it was run; announcements elsewhere go through the outbox. */
export interface Reply {
  text: string;
  /** The event was handled before (see CommandInput.eventId): nothing ran, nothing to say. */
  duplicate?: boolean;
  /** Only the actor may see this answer (a secret vote's acknowledgement): ephemeral, or not shown in the room. */
  private?: boolean;
}

/**
 * A command, declared once and rendered everywhere (shell, Matrix text, Discord slash commands).
 * Argument names are the `key:` names users type; `positional` lists those that may also be
 * given in order without a key.
 */
export interface CommandSpec<Schema extends z.ZodObject = z.ZodObject, S extends Subject = Subject> {
  group: string;
  /** Empty for a group that is a single command (`/recall @someone`). */
  name: string;
  summary: string;
  args: Schema;
  positional: ReadonlyArray<keyof z.infer<Schema> & string>;
  /** The last positional argument swallows the remaining words (free text without quotes). */
  rest?: boolean;
  policy: Policy;
  /** Resolves what the command acts on; required for every policy but `anyone`. */
  subject?(ctx: SubjectContext, args: z.infer<Schema>): Promise<S>;
  /**
   * Checks, without writing, that a proposal to run this command could be carried out, so it is
   * refused now rather than after the vote. Without it the framework rehearses the handler and
   * undoes its writes; commands whose rehearsal would use up a number people see (a mandate's)
   * check instead.
   */
  check?(ctx: CommandContext<S>, args: z.infer<Schema>): Promise<void>;
  /** Runnable examples, shown in help and executed by the test-suite. */
  examples: readonly string[];
  handler(ctx: CommandContext<S>, args: z.infer<Schema>): Promise<Reply>;
}

/** Keeps the schema's inferred type flowing into the handler. */
export function defineCommand<Schema extends z.ZodObject, S extends Subject = Subject>(
  spec: CommandSpec<Schema, S>,
): CommandSpec<Schema, S> {
  return spec;
}

export type AnyCommandSpec = CommandSpec<z.ZodObject, Subject>;

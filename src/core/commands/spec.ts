import type { z } from "zod";
import type { PersonId, PlaceId } from "../ids.js";
import type { Store } from "../ports.js";

/**
 * Who may run a command. `circle-member`: the actor must belong to the circle the command acts
 * on (named with `circle:` or the circle whose home is the current place). Enforced by the
 * handler through `memberCircle`, declared here so help, Discord permissions and tests can see it.
 */
export type Permission = "anyone" | "circle-member";

/** What a handler sees: who acts, where, when, and the transactional store. */
export interface CommandContext {
  actor: PersonId;
  place: PlaceId;
  now: Date;
  store: Store;
  /** The platform message the command came from, when that message is itself the subject. */
  origin?: CommandOrigin;
}

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
}

/**
 * A command, declared once and rendered everywhere (shell, Matrix text, Discord slash commands).
 * Argument names are the `key:` names users type; `positional` lists those that may also be
 * given in order without a key.
 */
export interface CommandSpec<Schema extends z.ZodObject = z.ZodObject> {
  group: string;
  /** Empty for a group that is a single command (`/recall @someone`). */
  name: string;
  summary: string;
  args: Schema;
  positional: ReadonlyArray<keyof z.infer<Schema> & string>;
  /** The last positional argument swallows the remaining words (free text without quotes). */
  rest?: boolean;
  permission: Permission;
  /** Runnable examples, shown in help and executed by the test-suite. */
  examples: readonly string[];
  handler(ctx: CommandContext, args: z.infer<Schema>): Promise<Reply>;
}

/** Keeps the schema's inferred type flowing into the handler. */
export function defineCommand<Schema extends z.ZodObject>(spec: CommandSpec<Schema>): CommandSpec<Schema> {
  return spec;
}

export type AnyCommandSpec = CommandSpec<z.ZodObject>;

import type { MatrixClient } from "matrix-bot-sdk";
import { bindArgs, type Resolvers } from "../../core/commands/bind.js";
import { tokenize } from "../../core/commands/parser.js";
import type { Registry } from "../../core/commands/registry.js";
import type { Circle, Federation } from "../../core/model.js";
import { nameKey } from "../../core/names.js";
import type { UnitOfWork } from "../../core/ports.js";
import type { Log } from "../../log.js";
import { describeError } from "./errors.js";
import { permalink, roomOf } from "./identity.js";
import type { FederationSpaces } from "./spaces.js";

export interface FollowUpDeps {
  client: MatrixClient;
  uow: UnitOfWork;
  registry: Registry;
  spaces: FederationSpaces;
  log: Log;
}

/** A core command as the adapter sees it: `group sub` and its validated arguments. */
export interface ParsedCommand {
  key: string;
  args: Record<string, unknown>;
}

/** Parses a command like the core will, or undefined when the core will refuse it anyway. */
export function parseCommand(
  registry: Registry,
  text: string,
  resolvers: Resolvers,
): ParsedCommand | undefined {
  try {
    const tokens = tokenize(text);
    const [group, name] = tokens.map((t) => ("value" in t ? t.value.toLowerCase() : ""));
    const spec = group && name ? registry.get(group, name) : undefined;
    if (!spec) return undefined;
    return {
      key: `${spec.group} ${spec.name}`,
      args: bindArgs(spec, tokens.slice(2), resolvers) as Record<string, unknown>,
    };
  } catch {
    return undefined;
  }
}

/** What a follow-up needs to remember from before the command ran. */
export interface Before {
  circle?: Circle | undefined;
}

const str = (v: unknown) => (typeof v === "string" ? v : undefined);

async function circleFor(deps: FollowUpDeps, args: Record<string, unknown>, place: string) {
  const name = str(args.circle);
  return deps.uow.run((s) => (name ? s.circles.byName(nameKey(name)) : s.circles.byHomePlace(place)));
}

/** Reads what `after` will need once the command has changed it (the circle's federation). */
export async function before(deps: FollowUpDeps, command: ParsedCommand, place: string): Promise<Before> {
  if (command.key !== "federation leave") return {};
  return { circle: await circleFor(deps, command.args, place) };
}

/**
 * Matrix-side consequences of a core command that succeeded, as extra reply text: founding a
 * federation here makes its space, a circle joining puts its room in the space, leaving takes
 * it out. A failure here never undoes the command; the text says what to do instead.
 */
export async function after(
  deps: FollowUpDeps,
  command: ParsedCommand,
  ctx: { actor: string; place: string },
  remembered: Before,
): Promise<string | undefined> {
  try {
    if (command.key === "federation create") return await founded(deps, command, ctx);
    if (command.key === "federation join") return await joined(deps, command, ctx);
    if (command.key === "federation leave") return await left(deps, remembered);
  } catch (error) {
    deps.log.warn({ err: describeError(error), command: command.key }, "a Matrix follow-up failed");
    return `(The Matrix space could not be updated: ${describeError(error)}. Try !jura space sync <federation>.)`;
  }
  return undefined;
}

async function founded(deps: FollowUpDeps, command: ParsedCommand, ctx: { actor: string; place: string }) {
  const name = str(command.args.name);
  const federation = name ? await deps.uow.run((s) => s.federations.byName(nameKey(name))) : undefined;
  if (!federation || (await deps.spaces.spaceOf(federation.id))) return undefined;
  const spaceId = await deps.spaces.create(federation, [ctx.actor]);
  const roomId = roomOf(ctx.place);
  if (roomId) await deps.spaces.addChild(spaceId, roomId);
  return `I made the Matrix space of “${federation.name}” and invited you: ${permalink(spaceId)}`;
}

async function joined(deps: FollowUpDeps, command: ParsedCommand, ctx: { actor: string; place: string }) {
  const circle = await circleFor(deps, command.args, ctx.place);
  const roomId = circle?.homePlace ? roomOf(circle.homePlace) : undefined;
  const federationId = circle?.federationId;
  if (!circle || !roomId || federationId == null) return undefined;
  const federation = (await deps.uow.run((s) => s.federations.byId(federationId))) as Federation;
  let spaceId = await deps.spaces.spaceOf(federationId);
  if (spaceId) {
    await deps.client.inviteUser(ctx.actor, spaceId).catch(() => {});
  } else {
    spaceId = await deps.spaces.create(federation, [ctx.actor]);
  }
  const note = await deps.spaces.addChild(spaceId, roomId);
  if (!note.ok) return note.text;
  return `“${circle.name}”'s room is now in the space of “${federation.name}”: ${permalink(spaceId)}`;
}

async function left(deps: FollowUpDeps, remembered: Before) {
  const circle = remembered.circle;
  const roomId = circle?.homePlace ? roomOf(circle.homePlace) : undefined;
  if (!circle || !roomId || circle.federationId == null) return undefined;
  const spaceId = await deps.spaces.spaceOf(circle.federationId);
  if (!spaceId) return undefined;
  const note = await deps.spaces.removeChild(spaceId, roomId);
  return note.ok ? "Its room has left the federation's space." : note.text;
}

import type { MatrixClient } from "matrix-bot-sdk";
import { tokenize } from "../../core/commands/parser.js";
import type { Circle, Federation } from "../../core/model.js";
import { nameKey } from "../../core/names.js";
import type { UnitOfWork } from "../../core/ports.js";
import { permalink, personOf, roomOf } from "./identity.js";
import type { FederationSpaces } from "./spaces.js";

/** `!jura help space`, and the line `!jura help` adds for it. */
export const SPACE_HELP = [
  "space: the federation's Matrix space (Matrix only)",
  "  space create <federation…>",
  "      make a space for the federation, with its circles' rooms in it",
  "  space adopt <#space:server> <federation…>",
  "      use an existing space instead (invite me to it first; I need the power to add rooms there)",
  "  space sync <federation…>",
  "      add any circle room that is missing from the space",
  "Only the federation's founder and members of its circles may change its space.",
].join("\n");

/**
 * `!jura help` in Matrix: the core's overview with the adapter's own `space` group listed among
 * the groups, and the prefix spelled out.
 */
export function matrixHelp(coreHelp: string): string {
  const lines = coreHelp.split("\n");
  const groupsEnd = lines.findLastIndex((line) => line.startsWith("  "));
  lines.splice(groupsEnd + 1, 0, "  space — the federation's Matrix space: create, adopt, sync");
  lines.push("In Matrix, start each command with !jura (or mention me), e.g. !jura help circle");
  return lines.map((line) => line.replace(/^Say help /, "Say !jura help ")).join("\n");
}

export interface SpaceCommandDeps {
  client: MatrixClient;
  uow: UnitOfWork;
  spaces: FederationSpaces;
}

/** Reply of an adapter-side command: `error` when the user must change something. */
export interface LocalOutcome {
  kind: "reply" | "error";
  text: string;
}

/** Runs `space <sub> …` for `actor` (a Matrix user id). */
export async function runSpaceCommand(
  deps: SpaceCommandDeps,
  actor: string,
  text: string,
): Promise<LocalOutcome> {
  let words: string[];
  try {
    words = tokenize(text).map((t) => ("value" in t ? t.value : ""));
  } catch (error) {
    return { kind: "error", text: error instanceof Error ? error.message : String(error) };
  }
  const sub = (words[1] ?? "").toLowerCase();
  const usage = { kind: "error" as const, text: SPACE_HELP };
  if (sub === "adopt") {
    const [spaceRef, ...name] = words.slice(2);
    if (!spaceRef || name.length === 0) return usage;
    return withFederation(deps, actor, name.join(" "), async (federation) => {
      const note = await deps.spaces.adopt(federation, spaceRef, actor);
      if (!note.ok) return { kind: "error", text: note.text };
      return { kind: "reply", text: [note.text, await sync(deps, federation)].join("\n") };
    });
  }
  if (sub === "create" || sub === "sync") {
    const name = words.slice(2).join(" ");
    if (!name) return usage;
    return withFederation(deps, actor, name, async (federation) => {
      const existing = await deps.spaces.spaceOf(federation.id);
      if (sub === "create" && existing) {
        return { kind: "error", text: `“${federation.name}” already has a space: ${permalink(existing)}` };
      }
      if (sub === "sync" && !existing) {
        return {
          kind: "error",
          text: `“${federation.name}” has no space yet: say !jura space create ${federation.name}`,
        };
      }
      const spaceId = existing ?? (await deps.spaces.create(federation, [actor]));
      const head = existing
        ? `The space of “${federation.name}”: ${permalink(spaceId)}`
        : `I made the space of “${federation.name}” and invited you: ${permalink(spaceId)}`;
      return { kind: "reply", text: [head, await sync(deps, federation)].join("\n") };
    });
  }
  return usage;
}

async function withFederation(
  deps: SpaceCommandDeps,
  actor: string,
  name: string,
  work: (federation: Federation) => Promise<LocalOutcome>,
): Promise<LocalOutcome> {
  const person = personOf(actor);
  const found = await deps.uow.run(async (store) => {
    const federation = await store.federations.byName(nameKey(name));
    if (!federation) return undefined;
    const circles = await store.circles.list({ federationId: federation.id });
    let allowed = federation.createdBy === person;
    for (const circle of circles) allowed ||= await store.members.isMember(circle.id, person);
    return { federation, allowed };
  });
  if (!found) return { kind: "error", text: `There is no federation named “${name}”.` };
  if (!found.allowed) {
    return {
      kind: "error",
      text: `Only the founder of “${found.federation.name}” and members of its circles may change its space.`,
    };
  }
  return work(found.federation);
}

/** Adds every Matrix room of the federation (circle homes, council) the space lacks. */
async function sync(deps: SpaceCommandDeps, federation: Federation): Promise<string> {
  const spaceId = await deps.spaces.spaceOf(federation.id);
  if (!spaceId) return "";
  const circles: Circle[] = await deps.uow.run((store) =>
    store.circles.list({ federationId: federation.id }),
  );
  const places = [...new Set([federation.councilPlace, ...circles.map((c) => c.homePlace)])];
  const rooms = places.map((p) => (p ? roomOf(p) : undefined)).filter((r): r is string => !!r);
  const present = new Set(await deps.spaces.children(spaceId));
  const added: string[] = [];
  for (const roomId of rooms) {
    if (present.has(roomId)) continue;
    const note = await deps.spaces.addChild(spaceId, roomId);
    if (!note.ok) return note.text;
    added.push(roomId);
  }
  return added.length === 0
    ? "Every room of the federation is in the space."
    : `Added ${added.length} room(s) to the space.`;
}

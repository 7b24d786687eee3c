import type { MatrixClient } from "matrix-bot-sdk";
import { t } from "../../core/i18n.js";
import type { Circle, Federation, Proposal } from "../../core/model.js";
import { nameKey } from "../../core/names.js";
import type { UnitOfWork } from "../../core/ports.js";
import type { Log } from "../../log.js";
import { describeError } from "./errors.js";
import { permalink, placeOf, roomOf } from "./identity.js";
import { notice } from "./render.js";
import type { MatrixSender } from "./send.js";
import { txnIdFor } from "./send.js";
import type { FederationSpaces } from "./spaces.js";

export interface DecisionFollowUpDeps {
  client: MatrixClient;
  uow: UnitOfWork;
  spaces: FederationSpaces;
  sender: MatrixSender;
  log: Log;
}

/**
 * Matrix-side consequences of a circle's decision, once its end is announced in the circle's
 * home room: deciding to join a federation puts the room into the federation's space (made if
 * there is none yet, its proposer invited), deciding to leave takes it out. What happened is said
 * in that room, once (the notice's transaction id is the decision's). A command run directly
 * gets the same from `after()` (follow-ups.ts); a decision runs in the sweep, with nobody's
 * command to answer, so this follows the announcement of its end instead.
 */
export async function followDecision(
  deps: DecisionFollowUpDeps,
  proposalId: number,
  roomId: string,
): Promise<void> {
  const found = await deps.uow.run(async (store) => {
    const proposal = await store.proposals.byId(proposalId);
    if (!proposal?.command || proposal.status !== "passed" || proposal.circleId === null) return undefined;
    const circle = await store.circles.byId(proposal.circleId);
    if (circle?.homePlace !== placeOf(roomId)) return undefined;
    const { group, name, raw } = proposal.command;
    if (group !== "federation" || (name !== "join" && name !== "leave")) return undefined;
    const federation =
      name === "join" && circle.federationId !== null
        ? await store.federations.byId(circle.federationId)
        : await store.federations.byName(nameKey(raw.federation ?? ""));
    return federation ? { proposal, circle, federation, joined: name === "join" } : undefined;
  });
  if (!found) return;
  let text: string;
  try {
    text = found.joined ? await addRoom(deps, found) : await removeRoom(deps, found);
  } catch (error) {
    deps.log.warn({ err: describeError(error), proposalId, roomId }, "a decision's space update failed");
    text = t("matrix.space_failed", { why: describeError(error), federation: found.federation.name });
  }
  if (text)
    await deps.sender.deliver(roomId, notice(text), txnIdFor("reply", `decision:${proposalId}:space`));
}

interface Decided {
  proposal: Proposal;
  circle: Circle;
  federation: Federation;
}

async function addRoom(
  deps: DecisionFollowUpDeps,
  { proposal, circle, federation }: Decided,
): Promise<string> {
  const roomId = circle.homePlace ? roomOf(circle.homePlace) : undefined;
  if (!roomId) return "";
  const proposer = proposal.proposedBy.startsWith("matrix:") ? [proposal.proposedBy.slice(7)] : [];
  let spaceId = await deps.spaces.spaceOf(federation.id);
  if (!spaceId) spaceId = await deps.spaces.create(federation, proposer);
  else for (const person of proposer) await deps.client.inviteUser(person, spaceId).catch(() => {});
  const note = await deps.spaces.addChild(spaceId, roomId);
  if (!note.ok) return note.text;
  return t("matrix.space_joined", {
    circle: circle.name,
    federation: federation.name,
    link: permalink(spaceId),
  });
}

async function removeRoom(deps: DecisionFollowUpDeps, { circle, federation }: Decided): Promise<string> {
  const roomId = circle.homePlace ? roomOf(circle.homePlace) : undefined;
  const spaceId = await deps.spaces.spaceOf(federation.id);
  if (!roomId || !spaceId) return "";
  const note = await deps.spaces.removeChild(spaceId, roomId);
  return note.ok ? t("matrix.space_left", { circle: circle.name, federation: federation.name }) : note.text;
}

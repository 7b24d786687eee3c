import { UserError } from "../errors.js";
import type { Text } from "../i18n.js";
import type { PlaceId } from "../ids.js";
import type { Circle, Federation } from "../model.js";
import { nameKey } from "../names.js";
import type { AuditEntry } from "../ports.js";
import type { CommandContext } from "./spec.js";

type Finder = Pick<CommandContext, "store" | "place">;

/** The circle named, or the one whose home is the current place. */
export async function findCircle(ctx: Finder, name: string | undefined): Promise<Circle> {
  if (name !== undefined) {
    const circle = await ctx.store.circles.byName(nameKey(name));
    if (!circle) throw new UserError("circle.not_found", { name });
    return circle;
  }
  const home = await ctx.store.circles.byHomePlace(ctx.place);
  if (!home) throw new UserError("circle.no_home_here");
  return home;
}

/** The subject of a command acting on the circle named, or the circle at home here. */
export async function circleSubject(ctx: Finder, name: string | undefined): Promise<{ circle: Circle }> {
  return { circle: await findCircle(ctx, name) };
}

/** The circle through which the actor acts in a federation (their first there), for "created by". */
export async function actorCircleIn(
  ctx: Pick<CommandContext, "store" | "actor" | "subject">,
  federationId: number,
): Promise<number | null> {
  const mine = await ctx.store.members.circlesOf(ctx.actor, federationId);
  return (mine.find((c) => c.id === ctx.subject.circle?.id) ?? mine[0])?.id ?? null;
}

/** The subject of a command acting on a federation. */
export async function federationSubject(ctx: Finder, name: string): Promise<{ federation: Federation }> {
  return { federation: await findFederation(ctx, name) };
}

export async function findFederation(ctx: Finder, name: string): Promise<Federation> {
  const federation = await ctx.store.federations.byName(nameKey(name));
  if (!federation) throw new UserError("federation.not_found", { name });
  return federation;
}

/**
 * Writes the audit row for a state change and returns its id (used to key announcements). A
 * change carried out on a decision records which proposal decided it.
 */
export function audit(ctx: CommandContext, entry: Omit<AuditEntry, "at" | "actor">): Promise<number> {
  const details = ctx.decision ? { ...entry.details, proposalId: ctx.decision.proposalId } : entry.details;
  return ctx.store.audit.record({ ...entry, ...(details ? { details } : {}), at: ctx.now, actor: ctx.actor });
}

/**
 * Queues an announcement in the same transaction as the change it reports, in the language of
 * the place it goes to.
 */
export async function announce(ctx: CommandContext, auditId: number, place: PlaceId, text: Text | string) {
  await ctx.store.outbox.add({ key: `audit:${auditId}:${place}`, place, text, createdAt: ctx.now });
}

/** {@link announce} in the announcement place of this federation, if there is one. */
export async function announceToFederation(
  ctx: CommandContext,
  auditId: number,
  federationId: number | null,
  text: Text | string,
) {
  const federation = federationId === null ? undefined : await ctx.store.federations.byId(federationId);
  if (federation) await announce(ctx, auditId, federation.announcePlace, text);
}

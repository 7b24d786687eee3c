import { UserError } from "../errors.js";
import type { PlaceId } from "../ids.js";
import type { Circle, Federation } from "../model.js";
import { nameKey } from "../names.js";
import type { AuditEntry } from "../ports.js";
import type { CommandContext } from "./spec.js";

/** The circle named, or the one whose home is the current place. */
export async function findCircle(ctx: CommandContext, name: string | undefined): Promise<Circle> {
  if (name !== undefined) {
    const circle = await ctx.store.circles.byName(nameKey(name));
    if (!circle) throw new UserError("circle.not_found", { name });
    return circle;
  }
  const home = await ctx.store.circles.byHomePlace(ctx.place);
  if (!home) throw new UserError("circle.no_home_here");
  return home;
}

/** Like findCircle, and the actor must be a member: the circle decides for itself. */
export async function memberCircle(ctx: CommandContext, name: string | undefined): Promise<Circle> {
  const circle = await findCircle(ctx, name);
  if (!(await ctx.store.members.isMember(circle.id, ctx.actor))) {
    throw new UserError("circle.not_member", { circle: circle.name });
  }
  return circle;
}

export async function findFederation(ctx: CommandContext, name: string): Promise<Federation> {
  const federation = await ctx.store.federations.byName(nameKey(name));
  if (!federation) throw new UserError("federation.not_found", { name });
  return federation;
}

/** Writes the audit row for a state change and returns its id (used to key announcements). */
export function audit(ctx: CommandContext, entry: Omit<AuditEntry, "at" | "actor">): Promise<number> {
  return ctx.store.audit.record({ ...entry, at: ctx.now, actor: ctx.actor });
}

/** Queues an announcement in the same transaction as the change it reports. */
export async function announce(ctx: CommandContext, auditId: number, place: PlaceId, text: string) {
  await ctx.store.outbox.add({ key: `audit:${auditId}:${place}`, place, text, createdAt: ctx.now });
}

/** {@link announce} in the announcement place of this federation, if there is one. */
export async function announceToFederation(
  ctx: CommandContext,
  auditId: number,
  federationId: number | null,
  text: string,
) {
  const federation = federationId === null ? undefined : await ctx.store.federations.byId(federationId);
  if (federation) await announce(ctx, auditId, federation.announcePlace, text);
}

import { UserError } from "../errors.js";
import { t } from "../i18n.js";
import type { Circle, Federation, Rotation } from "../model.js";
import type { RotationScope } from "../ports.js";
import { parseMoment } from "../time.js";
import { findCircle, findFederation, memberCircle } from "./lookups.js";
import type { CommandContext } from "./spec.js";

/** Where a rotation lives: one circle, or one federation (its roles pass among circles). */
export interface Scope {
  scope: RotationScope;
  circle?: Circle;
  federation?: Federation;
  name: string;
  zone: string;
}

/**
 * Resolves `circle:`/`federation:` (default: the circle at home here). With `act`, the actor
 * must belong: to the circle, or to some circle of the federation — a federation's roles are
 * its circles' business, not a delegate's to command.
 */
export async function resolveScope(
  ctx: CommandContext,
  args: { circle?: string; federation?: string },
  act: boolean,
): Promise<Scope> {
  if (args.federation !== undefined) {
    const federation = await findFederation(ctx, args.federation);
    if (act) await requireFederationMember(ctx, federation);
    return {
      scope: { federationId: federation.id },
      federation,
      name: federation.name,
      zone: federation.timezone,
    };
  }
  const circle = act ? await memberCircle(ctx, args.circle) : await findCircle(ctx, args.circle);
  return { scope: { circleId: circle.id }, circle, name: circle.name, zone: circle.timezone };
}

export async function requireFederationMember(ctx: CommandContext, federation: Federation): Promise<Circle> {
  for (const circle of await ctx.store.circles.list({ federationId: federation.id })) {
    if (await ctx.store.members.isMember(circle.id, ctx.actor)) return circle;
  }
  throw new UserError("federation.not_member", { federation: federation.name });
}

export async function findRotation(
  ctx: CommandContext,
  args: { role: string; domain?: string; circle?: string; federation?: string },
  act: boolean,
): Promise<Scope & { rotation: Rotation }> {
  const scope = await resolveScope(ctx, args, act);
  const rotation = await ctx.store.rotations.find(scope.scope, args.role, args.domain ?? "");
  if (!rotation) {
    const known = (await ctx.store.rotations.list(scope.scope)).map((r) =>
      r.domain ? `${r.role} domain:${r.domain}` : r.role,
    );
    throw new UserError("rotation.not_found", {
      role: args.role,
      name: scope.name,
      known: known.join(", ") || "none yet",
    });
  }
  return { ...scope, rotation };
}

/** Reads a date or duration argument in `zone`, or explains the expected forms. */
export function moment(text: string, zone: string, from: Date, field: string): Date {
  const date = parseMoment(text, zone, from);
  if (!date) throw new UserError("args.field", { field, problem: t("time.invalid") });
  return date;
}

/** Reads a lead time such as 2d, 12h or 30m, in minutes. */
export function leadMinutes(text: string): number {
  const match = /^(\d{1,4})\s*(m|h|d|w)$/i.exec(text.trim());
  if (!match)
    throw new UserError("args.field", { field: "lead", problem: "a duration such as 2d, 12h or 30m" });
  const unit = { m: 1, h: 60, d: 1440, w: 10080 }[(match[2] ?? "m").toLowerCase() as "m" | "h" | "d" | "w"];
  const minutes = Number(match[1]) * unit;
  if (minutes > 60 * 24 * 60)
    throw new UserError("args.field", { field: "lead", problem: "at most 60 days" });
  return minutes;
}

import { readDurationMinutes } from "../durations.js";
import { UserError } from "../errors.js";
import { t } from "../i18n.js";
import type { Circle, Federation, Rotation } from "../model.js";
import type { RotationScope } from "../ports.js";
import { roleLabel } from "../rotations.js";
import { parseMoment } from "../time.js";
import { findCircle, findFederation } from "./lookups.js";
import type { SubjectContext } from "./spec.js";

/** Where a rotation lives: one circle, or one federation (its roles pass among circles). */
export interface Scope {
  scope: RotationScope;
  circle?: Circle;
  federation?: Federation;
  name: string;
  zone: string;
}

/**
 * Resolves `circle:`/`federation:` (default: the circle at home here) as a command's subject:
 * a federation's roles are its circles' business, a circle's roles its members'.
 */
export async function resolveScope(
  ctx: Pick<SubjectContext, "store" | "place">,
  args: { circle?: string; federation?: string },
): Promise<Scope> {
  if (args.federation !== undefined) {
    const federation = await findFederation(ctx, args.federation);
    return {
      scope: { federationId: federation.id },
      federation,
      name: federation.name,
      zone: federation.timezone,
    };
  }
  const circle = await findCircle(ctx, args.circle);
  return { scope: { circleId: circle.id }, circle, name: circle.name, zone: circle.timezone };
}

/** A rotation as a command's subject, with the circle that set up a federation rotation. */
export async function findRotation(
  ctx: Pick<SubjectContext, "store" | "place">,
  args: { role: string; domain?: string; circle?: string; federation?: string },
): Promise<Scope & { rotation: Rotation; creatorCircleId: number | null }> {
  const scope = await resolveScope(ctx, args);
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
  return { ...scope, rotation, creatorCircleId: rotation.creatorCircleId };
}

/** A circle's own rotation (swaps, skips and absences are among its members) as a command's subject. */
export async function circleRotation(
  ctx: Pick<SubjectContext, "store" | "place">,
  args: { role: string; domain?: string; circle?: string },
): Promise<Scope & { rotation: Rotation; circle: Circle }> {
  const found = await findRotation(ctx, args);
  if (found.rotation.kind !== "members" || !found.circle)
    throw new UserError("rotation.not_circle_rotation", { role: roleLabel(found.rotation) });
  return { ...found, circle: found.circle };
}

/** Reads a date or duration argument in `zone`, or explains the expected forms. */
export function moment(text: string, zone: string, from: Date, field: string): Date {
  const date = parseMoment(text, zone, from);
  if (!date) throw new UserError("args.field", { field, problem: t("time.invalid") });
  return date;
}

/** Reads a lead time such as 2d, 12h or 30m, in minutes. */
export function leadMinutes(text: string): number {
  const minutes = readDurationMinutes(text);
  if (minutes === undefined)
    throw new UserError("args.field", { field: "lead", problem: "a duration such as 2d, 12h or 30m" });
  if (minutes > 60 * 24 * 60)
    throw new UserError("args.field", { field: "lead", problem: "at most 60 days" });
  return minutes;
}

import { DateTime } from "luxon";
import { readDurationMinutes } from "../../durations.js";
import { UserError } from "../../errors.js";
import type { Federation } from "../../model.js";
import type { Convergence } from "../../ports.js";
import type { SubjectContext } from "../spec.js";

/** A convergence by number, or a clear error naming it. */
export async function findConvergence(ctx: Pick<SubjectContext, "store">, id: number): Promise<Convergence> {
  const convergence = await ctx.store.convergences.byId(id);
  if (!convergence)
    throw new UserError("args.field", { field: "id", problem: `there is no convergence #${id}` });
  return convergence;
}

/**
 * A convergence by number as a command's subject: its federation, and the circle that
 * scheduled it (which may change it).
 */
export async function convergenceSubject(
  ctx: Pick<SubjectContext, "store">,
  id: number,
): Promise<{ convergence: Convergence; federation: Federation; creatorCircleId: number | null }> {
  const convergence = await findConvergence(ctx, id);
  const federation = await ctx.store.federations.byId(convergence.federationId);
  if (!federation)
    throw new UserError("args.field", { field: "id", problem: `there is no convergence #${id}` });
  return { convergence, federation, creatorCircleId: convergence.creatorCircleId };
}

/**
 * Reads `2027-03-18T18:00` (or `2027-03-18 18:00`) in `zone`; a bare date is allowed when
 * `dateOnly` says what time it means. Explains the expected form otherwise.
 */
export function localMoment(text: string, zone: string, field: string, dateOnly?: "start-of-day"): Date {
  const trimmed = text.trim();
  const hasTime = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$/.test(trimmed);
  const bare = /^\d{4}-\d{2}-\d{2}$/.test(trimmed);
  const parsed = DateTime.fromISO(trimmed.replace(" ", "T"), { zone });
  if ((hasTime || (bare && dateOnly)) && parsed.isValid) return parsed.toJSDate();
  throw new UserError("args.field", {
    field,
    problem: dateOnly
      ? `“${trimmed}” is not a date such as 2027-03-18 or 2027-03-18T10:00`
      : `“${trimmed}” is not a date and time such as 2027-03-18T10:00`,
  });
}

/** Reads a duration such as 3h, 90m, 2d or 1h30m, in minutes. */
export function durationMinutes(text: string): number {
  const minutes = readDurationMinutes(text) ?? 0;
  if (minutes <= 0 || minutes > 14 * 1440)
    throw new UserError("args.field", {
      field: "duration",
      problem: `“${text}” is not a duration such as 3h, 90m or 2d (at most 14 days)`,
    });
  return minutes;
}

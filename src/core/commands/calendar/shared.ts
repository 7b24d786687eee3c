import { UserError } from "../../errors.js";
import type { Federation } from "../../model.js";
import type { Ritual } from "../../ports.js";
import type { SubjectContext } from "../spec.js";

/**
 * A calendar entry by number as a command's subject: its federation, and the circle that added
 * it (which may change it; the seeded commemorations are nobody's, so the federation decides).
 */
export async function ritualSubject(
  ctx: Pick<SubjectContext, "store">,
  id: number,
): Promise<{ ritual: Ritual; federation: Federation; creatorCircleId: number | null }> {
  const ritual = await ctx.store.rituals.byId(id);
  const federation = ritual && (await ctx.store.federations.byId(ritual.federationId));
  if (!ritual || !federation)
    throw new UserError("args.field", { field: "id", problem: `there is no calendar entry #${id}` });
  return { ritual, federation, creatorCircleId: ritual.creatorCircleId };
}

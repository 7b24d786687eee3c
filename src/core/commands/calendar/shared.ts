import { UserError } from "../../errors.js";
import type { Federation } from "../../model.js";
import type { Ritual } from "../../ports.js";
import { requireFederationMember } from "../scope.js";
import type { CommandContext } from "../spec.js";

/** A ritual by number, with its federation, for a member of that federation. */
export async function ritualToEdit(
  ctx: CommandContext,
  id: number,
): Promise<{ ritual: Ritual; federation: Federation }> {
  const ritual = await ctx.store.rituals.byId(id);
  const federation = ritual && (await ctx.store.federations.byId(ritual.federationId));
  if (!ritual || !federation)
    throw new UserError("args.field", { field: "id", problem: `there is no calendar entry #${id}` });
  await requireFederationMember(ctx, federation);
  return { ritual, federation };
}

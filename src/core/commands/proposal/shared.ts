import { UserError } from "../../errors.js";
import type { Proposal } from "../../model.js";
import { scopeOf } from "../proposals.js";
import type { SubjectContext } from "../spec.js";

/**
 * A proposal by number as a command's subject: its circle for a circle proposal (or the one a
 * person is asked to accept), its federation for a federation proposal.
 */
export async function proposalSubject(ctx: Pick<SubjectContext, "store">, id: number) {
  const proposal = await ctx.store.proposals.byId(id);
  if (!proposal) throw new UserError("proposal.not_found", { id });
  const scope = await scopeOf(ctx.store, proposal);
  if (scope.federation) return { proposal, federation: scope.federation, scope };
  if (scope.circle) return { proposal, circle: scope.circle, scope };
  throw new UserError("proposal.not_found", { id });
}

export function requireOpen(proposal: Proposal): void {
  if (proposal.status !== "open")
    throw new UserError("proposal.closed", { id: proposal.id, status: proposal.status });
}

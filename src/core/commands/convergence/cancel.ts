import { z } from "zod";
import { mirrorConvergence } from "../../convergence-events.js";
import { UserError } from "../../errors.js";
import { idArg } from "../args.js";
import { announce, audit } from "../lookups.js";
import { defineCommand } from "../spec.js";
import { findConvergenceAsMember } from "./shared.js";

export default defineCommand({
  group: "convergence",
  name: "cancel",
  summary: "Cancel a convergence: no more reminders, and the federation is told.",
  args: z.object({ id: idArg }),
  positional: ["id"],
  permission: "anyone",
  examples: ["convergence cancel 1"],
  async handler(ctx, args) {
    const { convergence: c, federation } = await findConvergenceAsMember(ctx, args.id);
    if (c.cancelledAt)
      throw new UserError("args.field", {
        field: "id",
        problem: `convergence #${c.id} is already cancelled`,
      });
    await ctx.store.convergences.cancel(c.id, ctx.now);
    await mirrorConvergence(ctx.store, c, "cancel", c.nextAt ?? c.dtstart, ctx.now);
    const auditId = await audit(ctx, {
      action: "convergence.cancel",
      circleId: null,
      federationId: federation.id,
      details: { convergenceId: c.id },
    });
    await announce(ctx, auditId, federation.announcePlace, `Convergence #${c.id} “${c.title}” is cancelled.`);
    return { text: `Convergence #${c.id} “${c.title}” cancelled; the federation is told.` };
  },
});

import { z } from "zod";
import { mirrorConvergence } from "../../convergence-events.js";
import { UserError } from "../../errors.js";
import { msg, t } from "../../i18n.js";
import { idArg } from "../args.js";
import { announce, audit } from "../lookups.js";
import { decisionNote } from "../proposals.js";
import { defineCommand } from "../spec.js";
import { convergenceSubject } from "./shared.js";

export default defineCommand({
  group: "convergence",
  name: "cancel",
  summary: "Cancel a convergence: no more reminders, and the federation is told.",
  args: z.object({ id: idArg }),
  positional: ["id"],
  policy: "creator-circle",
  subject: (ctx, args) => convergenceSubject(ctx, args.id),
  examples: ["convergence cancel 1"],
  async handler(ctx) {
    const { convergence: c, federation } = ctx.subject;
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
    const params = {
      id: c.id,
      title: c.title,
      decision: decisionNote(ctx.decision) || t("decision.by_creator"),
    };
    await announce(ctx, auditId, federation.announcePlace, msg("convergence.cancelled", params));
    return { text: t("convergence.cancelled_reply", params) };
  },
});

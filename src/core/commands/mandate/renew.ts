import { z } from "zod";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { describeMandate, MANDATE_MAX_DAYS, renewalDue } from "../../mandates.js";
import { formatMoment } from "../../time.js";
import { idArg, momentArg } from "../args.js";
import { announceToFederation, audit, memberCircle } from "../lookups.js";
import { moment } from "../scope.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "mandate",
  name: "renew",
  summary: "Renew a delegate's mandate for a new period (a decision of their circle).",
  args: z.object({ id: idArg.describe("mandate number"), until: momentArg.default("90d") }),
  positional: ["id", "until"],
  permission: "circle-member",
  examples: ["mandate renew 1 until:90d"],
  async handler(ctx, args) {
    const mandate = await ctx.store.mandates.byId(args.id);
    if (mandate?.status !== "active") throw new UserError("mandate.not_found", { id: args.id });
    const owner = await ctx.store.circles.byId(mandate.circleId);
    const circle = await memberCircle(ctx, owner?.name);
    const expiresAt = moment(args.until, circle.timezone, ctx.now, "until");
    if (expiresAt <= ctx.now)
      throw new UserError("time.past", { when: formatMoment(expiresAt, circle.timezone) });
    if (expiresAt.getTime() - ctx.now.getTime() > MANDATE_MAX_DAYS * 86_400_000) {
      throw new UserError("args.field", {
        field: "until",
        problem: t("mandate.too_long", { days: MANDATE_MAX_DAYS }),
      });
    }
    await ctx.store.mandates.setTerms(mandate.id, {
      expiresAt,
      renewalDueAt: renewalDue(ctx.now, expiresAt),
    });
    const auditId = await audit(ctx, {
      action: "mandate.renew",
      circleId: circle.id,
      federationId: circle.federationId,
      details: { mandateId: mandate.id, expiresAt },
    });
    const text = `Renewed: ${describeMandate({ ...mandate, expiresAt }, circle.name, circle.timezone)}.`;
    await announceToFederation(ctx, auditId, circle.federationId, text);
    return { text };
  },
});

import { z } from "zod";
import { UserError } from "../../errors.js";
import { inLocale, t } from "../../i18n.js";
import { describeMandate, renewalDue } from "../../mandates.js";
import { formatMoment } from "../../time.js";
import { idArg, momentArg } from "../args.js";
import { announceToFederation, audit } from "../lookups.js";
import { decisionNote } from "../proposals.js";
import { moment } from "../scope.js";
import { defineCommand } from "../spec.js";
import { mandateLimit } from "./limit.js";

export default defineCommand({
  group: "mandate",
  name: "renew",
  summary: "Renew a delegate's mandate for a new period (a circle decision the delegate accepts).",
  args: z.object({ id: idArg, until: momentArg.default("90d") }),
  positional: ["id", "until"],
  policy: "circle-decision",
  async subject(ctx, args) {
    const mandate = await ctx.store.mandates.byId(args.id);
    const circle = mandate?.status === "active" ? await ctx.store.circles.byId(mandate.circleId) : undefined;
    if (!mandate || !circle) throw new UserError("mandate.not_found", { id: args.id });
    return { circle, mandate, concerned: mandate.delegate };
  },
  examples: ["mandate renew 1 until:90d"],
  async handler(ctx, args) {
    const { circle } = ctx.subject;
    const mandate = await ctx.store.mandates.byId(ctx.subject.mandate.id);
    if (mandate?.status !== "active") throw new UserError("mandate.not_found", { id: args.id });
    const expiresAt = moment(args.until, circle.timezone, ctx.now, "until");
    if (expiresAt <= ctx.now)
      throw new UserError("time.past", { when: formatMoment(expiresAt, circle.timezone) });
    await mandateLimit(ctx.store, circle, ctx.now, expiresAt);
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
    const say = (): string =>
      t("mandate.renewed", {
        mandate: describeMandate({ ...mandate, expiresAt }, circle.name, circle.timezone),
        decision: decisionNote(ctx.decision),
      });
    const text = say();
    await announceToFederation(ctx, auditId, circle.federationId, inLocale(say));
    return { text };
  },
});

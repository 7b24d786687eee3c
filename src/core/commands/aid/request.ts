import { z } from "zod";
import { URGENCIES } from "../../aid.js";
import { askedText } from "../../aid-text.js";
import { UserError } from "../../errors.js";
import { msg, t } from "../../i18n.js";
import { within } from "../../limits.js";
import { formatMoment } from "../../time.js";
import { circleArg, momentArg, textArg } from "../args.js";
import { announce, audit, circleSubject } from "../lookups.js";
import { moment } from "../scope.js";
import { defineCommand } from "../spec.js";
import { circleFederation, positiveAmount } from "./common.js";

export default defineCommand({
  group: "aid",
  name: "request",
  summary: "Ask the federation for help: what, how much, by when and how urgent.",
  args: z.object({
    what: textArg(300),
    amount: z.string().max(20).optional(),
    unit: z.string().trim().max(30).default(""),
    by: momentArg.default("14d"),
    urgency: z.enum(URGENCIES).default("normal"),
    circle: circleArg.optional(),
  }),
  positional: ["what"],
  rest: true,
  policy: "member",
  subject: (ctx, args) => circleSubject(ctx, args.circle),
  examples: ["aid request seedlings for the new plot amount:200 unit:plants by:3w urgency:high"],
  async handler(ctx, args) {
    const { circle } = ctx.subject;
    within(ctx.limits, "openRequestsPerCircle", await ctx.store.counts.openRequests(circle.id));
    const federation = await circleFederation(ctx, circle);
    const amount = args.amount === undefined ? null : positiveAmount(args.amount);
    const byAt = moment(args.by, circle.timezone, ctx.now, "by");
    if (byAt <= ctx.now) throw new UserError("time.past", { when: formatMoment(byAt, circle.timezone) });
    const request = await ctx.store.aid.request({
      circleId: circle.id,
      federationId: federation.id,
      what: args.what,
      amount,
      unit: args.unit,
      byAt,
      urgency: args.urgency,
      requestedBy: ctx.actor,
      requestedAt: ctx.now,
    });
    const auditId = await audit(ctx, {
      action: "aid.request",
      circleId: circle.id,
      federationId: federation.id,
      details: { requestId: request.id },
    });
    const when = formatMoment(byAt, federation.timezone);
    await announce(
      ctx,
      auditId,
      federation.announcePlace,
      msg("aid.requested", {
        circle: circle.name,
        urgency: args.urgency,
        id: request.id,
        what: args.what,
        amount: askedText(request) || "none",
        by: when,
      }),
    );
    return { text: t("aid.request_posted", { id: request.id, federation: federation.name, by: when }) };
  },
});

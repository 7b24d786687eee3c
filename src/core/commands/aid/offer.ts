import { z } from "zod";
import { formatAmount } from "../../aid.js";
import { UserError } from "../../errors.js";
import { circleArg, idArg, textArg } from "../args.js";
import { announce, audit, circleSubject } from "../lookups.js";
import { defineCommand } from "../spec.js";
import { findReflection, findRequest, positiveAmount } from "./common.js";

export default defineCommand({
  group: "aid",
  name: "offer",
  summary: "Offer your circle's help to another circle's request (or, with for:reflection, to a reflection).",
  args: z.object({
    id: idArg.describe("request (or reflection) number"),
    what: textArg("what you offer", 300),
    amount: z.string().max(20).optional().describe("how much or how many (more than 0)"),
    for: z.enum(["request", "reflection"]).default("request").describe("request or reflection"),
    circle: circleArg.optional(),
  }),
  positional: ["id", "what"],
  rest: true,
  policy: "member",
  subject: (ctx, args) => circleSubject(ctx, args.circle),
  examples: ["aid offer 1 seedlings from our greenhouse amount:80"],
  async handler(ctx, args) {
    const { circle } = ctx.subject;
    const amount = args.amount === undefined ? null : positiveAmount(args.amount);
    const target =
      args.for === "request" ? await findRequest(ctx, args.id) : await findReflection(ctx, args.id);
    if (target.circleId === circle.id) {
      throw new UserError("aid.own_request", { id: args.id, circle: circle.name });
    }
    if ("status" in target && target.status !== "open" && target.status !== "accepted") {
      throw new UserError("aid.request_ended", { id: target.id, status: target.status });
    }
    if (!("status" in target) && target.resolvedAt)
      throw new UserError("reflection.resolved", { id: target.id });
    if (circle.federationId !== target.federationId) {
      throw new UserError("federation.not_member", {
        federation: (await ctx.store.federations.byId(target.federationId))?.name ?? "?",
      });
    }
    const offer = await ctx.store.aid.offer({
      requestId: args.for === "request" ? target.id : null,
      reflectionId: args.for === "reflection" ? target.id : null,
      circleId: circle.id,
      what: args.what,
      amount,
      offeredBy: ctx.actor,
      offeredAt: ctx.now,
    });
    const auditId = await audit(ctx, {
      action: "aid.offer",
      circleId: circle.id,
      federationId: target.federationId,
      details: { offerId: offer.id, [args.for === "request" ? "requestId" : "reflectionId"]: target.id },
    });
    const asker = await ctx.store.circles.byId(target.circleId);
    const unit = "unit" in target ? target.unit : "";
    const how = amount === null ? "" : ` (${formatAmount(amount, unit)})`;
    if (asker?.homePlace) {
      const accept = args.for === "request" ? ` Accept with /aid accept ${offer.id}.` : "";
      await announce(
        ctx,
        auditId,
        asker.homePlace,
        `“${circle.name}” offers ${args.what}${how} for your ${args.for} #${target.id}: offer #${offer.id}.${accept}`,
      );
    }
    return { text: `Offer #${offer.id} is made to “${asker?.name ?? "?"}”.` };
  },
});

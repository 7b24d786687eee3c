import { z } from "zod";
import { formatQuantity } from "../../aid-amounts.js";
import { UserError } from "../../errors.js";
import { msg, t } from "../../i18n.js";
import { circleArg, idArg, textArg } from "../args.js";
import { announce, audit, circleSubject } from "../lookups.js";
import { defineCommand } from "../spec.js";
import { findReflection, findRequest, positiveAmount } from "./common.js";

export default defineCommand({
  group: "aid",
  name: "offer",
  summary: "Offer your circle's help to another circle's request (or, with for:reflection, to a reflection).",
  args: z.object({
    id: idArg,
    what: textArg(300),
    amount: z.string().max(20).optional(),
    unit: z.string().trim().max(30).optional(),
    for: z.enum(["request", "reflection"]).default("request"),
    circle: circleArg.optional(),
  }),
  positional: ["id", "what"],
  rest: true,
  policy: "member",
  subject: (ctx, args) => circleSubject(ctx, args.circle),
  examples: [
    "aid offer 1 seedlings from our greenhouse amount:80",
    "aid offer 2 cash for the rent amount:150 unit:EUR",
  ],
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
    // An offer keeps its own unit: said with unit:, or else the request's.
    const unit = args.unit ?? ("unit" in target ? target.unit : "");
    const offer = await ctx.store.aid.offer({
      requestId: args.for === "request" ? target.id : null,
      reflectionId: args.for === "reflection" ? target.id : null,
      circleId: circle.id,
      what: args.what,
      amount,
      unit: amount === null ? "" : unit,
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
    if (asker?.homePlace) {
      await announce(
        ctx,
        auditId,
        asker.homePlace,
        msg("aid.offered", {
          circle: circle.name,
          what: args.what,
          amount: offer.amount === null ? "none" : formatQuantity(offer.amount, offer.unit),
          target: args.for,
          target_id: target.id,
          id: offer.id,
        }),
      );
    }
    return { text: t("aid.offer_made", { id: offer.id, circle: asker?.name ?? "?" }) };
  },
});

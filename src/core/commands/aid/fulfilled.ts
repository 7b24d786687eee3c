import { z } from "zod";
import { formatQuantity } from "../../aid-amounts.js";
import { deliveryAmount, planDelivery, recordDelivery } from "../../aid-delivery.js";
import { UserError } from "../../errors.js";
import { msg, t } from "../../i18n.js";
import { idArg } from "../args.js";
import { announceToFederation, audit } from "../lookups.js";
import { defineCommand } from "../spec.js";
import { findOffer, findRequest } from "./common.js";

export default defineCommand({
  group: "aid",
  name: "fulfilled",
  summary:
    "Say what of an accepted offer arrived (by either circle; amount: for part of it): the request is fulfilled once what arrived covers it.",
  args: z.object({
    id: idArg,
    amount: z.string().max(20).optional(),
  }),
  positional: ["id", "amount"],
  policy: "person-concerned",
  async subject(ctx, args) {
    const offer = await findOffer(ctx, args.id);
    const request = offer.requestId === null ? undefined : await findRequest(ctx, offer.requestId);
    const circleIds = [offer.circleId, ...(request ? [request.circleId] : [])];
    const people = (await Promise.all(circleIds.map((id) => ctx.store.members.list(id)))).flat();
    const names = (await ctx.store.circles.byIds(circleIds)).map((c) => c.name).join("” or “");
    return { offer, request, people, refusal: new UserError("circle.not_member", { circle: names }) };
  },
  examples: ["aid fulfilled 1", "aid fulfilled 2 amount:100"],
  async handler(ctx, args) {
    const { offer, request } = ctx.subject;
    const planned = await planDelivery(ctx.store, offer, request, deliveryAmount(args.amount));
    const result = await recordDelivery(ctx.store, {
      offer,
      request,
      planned,
      by: ctx.actor,
      at: ctx.now,
      entryId: null,
    });
    const auditId = await audit(ctx, {
      action: "aid.fulfilled",
      circleId: offer.circleId,
      federationId: request?.federationId ?? null,
      details: {
        offerId: offer.id,
        requestId: request?.id ?? null,
        amount: planned.amount === null ? null : planned.amount.toString(),
        complete: result.offerComplete,
      },
    });
    if (request && result.covered) {
      const circle = await ctx.store.circles.byId(request.circleId);
      await announceToFederation(
        ctx,
        auditId,
        request.federationId,
        msg("aid.fulfilled_request", {
          request: request.id,
          circle: circle?.name ?? "?",
          progress: result.progress,
        }),
      );
    }
    return {
      text: t("aid.delivered", {
        id: offer.id,
        amount: planned.amount === null ? "none" : formatQuantity(planned.amount, offer.unit),
        entry: 0,
        giver: "",
        receiver: "",
        authority: "none",
        complete: result.offerComplete ? "yes" : "no",
        request: request?.id ?? 0,
        progress: result.covered ? t("aid.now_fulfilled", { progress: result.progress }) : result.progress,
      }),
    };
  },
});

import { z } from "zod";
import { REMINDER_DAYS } from "../../aid.js";
import { UserError } from "../../errors.js";
import { inLocale, t } from "../../i18n.js";
import { idArg } from "../args.js";
import { announce, audit } from "../lookups.js";
import { defineCommand } from "../spec.js";
import { circleById, findOffer, findRequest } from "./common.js";

export default defineCommand({
  group: "aid",
  name: "accept",
  summary: "Accept an offer made to your circle's request; it is followed up until fulfilled.",
  args: z.object({ id: idArg }),
  positional: ["id"],
  policy: "member",
  async subject(ctx, args) {
    const offer = await findOffer(ctx, args.id);
    if (offer.requestId === null) throw new UserError("aid.offer_not_request", { id: offer.id });
    const request = await findRequest(ctx, offer.requestId);
    return { circle: await circleById(ctx, request.circleId), offer, request };
  },
  examples: ["aid accept 1"],
  async handler(ctx) {
    const { circle, offer, request } = ctx.subject;
    if (request.status !== "open" && request.status !== "accepted") {
      throw new UserError("aid.request_ended", { id: request.id, status: request.status });
    }
    if (offer.status !== "offered") {
      throw new UserError("aid.offer_state", { id: offer.id, status: offer.status, action: "accepted" });
    }
    await ctx.store.aid.updateOffer(offer.id, {
      status: "accepted",
      acceptedAt: ctx.now,
      remindAt: new Date(ctx.now.getTime() + REMINDER_DAYS * 86_400_000),
    });
    await ctx.store.aid.setRequestStatus(request.id, "accepted", ctx.now);
    const auditId = await audit(ctx, {
      action: "aid.accept",
      circleId: circle.id,
      federationId: request.federationId,
      details: { offerId: offer.id, requestId: request.id },
    });
    const giver = await ctx.store.circles.byId(offer.circleId);
    if (giver?.homePlace && giver.homePlace !== ctx.place) {
      await announce(
        ctx,
        auditId,
        giver.homePlace,
        inLocale(() =>
          t("aid.offer_accepted_notice", { circle: circle.name, offer: offer.id, what: offer.what }),
        ),
      );
    }
    return { text: t("aid.offer_accepted", { offer: offer.id, request: request.id }) };
  },
});

import { z } from "zod";
import { UserError } from "../../errors.js";
import { idArg } from "../args.js";
import { announceToFederation, audit } from "../lookups.js";
import { defineCommand } from "../spec.js";
import { findOffer, findRequest } from "./common.js";

export default defineCommand({
  group: "aid",
  name: "fulfilled",
  summary: "Mark an accepted offer as delivered (by either circle); the request is then fulfilled.",
  args: z.object({ id: idArg.describe("offer number") }),
  positional: ["id"],
  policy: "person-concerned",
  async subject(ctx, args) {
    const offer = await findOffer(ctx, args.id);
    const request = offer.requestId === null ? undefined : await findRequest(ctx, offer.requestId);
    const circleIds = [offer.circleId, ...(request ? [request.circleId] : [])];
    const people = (await Promise.all(circleIds.map((id) => ctx.store.members.list(id)))).flat();
    const names = (await ctx.store.circles.byIds(circleIds)).map((c) => c.name).join("” or “");
    return { offer, request, people, refusal: new UserError("circle.not_member", { circle: names }) };
  },
  examples: ["aid fulfilled 1"],
  async handler(ctx) {
    const { offer, request } = ctx.subject;
    const expected = request ? "accepted" : "offered";
    if (offer.status !== expected) {
      throw new UserError("aid.offer_state", {
        id: offer.id,
        status: offer.status,
        action: "marked fulfilled",
      });
    }
    await ctx.store.aid.updateOffer(offer.id, { status: "fulfilled", fulfilledAt: ctx.now, remindAt: null });
    if (request) await ctx.store.aid.setRequestStatus(request.id, "fulfilled", ctx.now);
    const auditId = await audit(ctx, {
      action: "aid.fulfilled",
      circleId: offer.circleId,
      federationId: request?.federationId ?? null,
      details: { offerId: offer.id, requestId: request?.id ?? null },
    });
    if (request)
      await announceToFederation(
        ctx,
        auditId,
        request.federationId,
        `Request #${request.id} is fulfilled by offer #${offer.id}: ${offer.what}. Solidarity works.`,
      );
    return {
      text: `Offer #${offer.id} is fulfilled${request ? `, and request #${request.id} with it` : ""}.`,
    };
  },
});

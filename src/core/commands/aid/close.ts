import { z } from "zod";
import { UserError } from "../../errors.js";
import { inLocale, t } from "../../i18n.js";
import { idArg } from "../args.js";
import { announceToFederation, audit } from "../lookups.js";
import { defineCommand } from "../spec.js";
import { circleById, findRequest } from "./common.js";

export default defineCommand({
  group: "aid",
  name: "close",
  summary: "Close your circle's request (met another way, or no longer needed).",
  args: z.object({ id: idArg }),
  positional: ["id"],
  policy: "member",
  async subject(ctx, args) {
    const request = await findRequest(ctx, args.id);
    return { circle: await circleById(ctx, request.circleId), request };
  },
  examples: ["aid close 1"],
  async handler(ctx) {
    const { circle, request } = ctx.subject;
    if (request.status !== "open" && request.status !== "accepted") {
      throw new UserError("aid.request_ended", { id: request.id, status: request.status });
    }
    await ctx.store.aid.setRequestStatus(request.id, "closed", ctx.now);
    for (const offer of await ctx.store.aid.offers({ requestId: request.id })) {
      if (offer.status === "offered" || offer.status === "accepted") {
        await ctx.store.aid.updateOffer(offer.id, { status: "withdrawn", remindAt: null });
      }
    }
    const auditId = await audit(ctx, {
      action: "aid.close",
      circleId: circle.id,
      federationId: request.federationId,
      details: { requestId: request.id },
    });
    await announceToFederation(
      ctx,
      auditId,
      request.federationId,
      inLocale(() =>
        t("aid.request_closed_notice", { circle: circle.name, request: request.id, what: request.what }),
      ),
    );
    return { text: t("aid.request_closed", { request: request.id }) };
  },
});

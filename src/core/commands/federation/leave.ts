import { z } from "zod";
import { UserError } from "../../errors.js";
import { msg, t } from "../../i18n.js";
import { circleArg, federationArg } from "../args.js";
import { announce, audit, findCircle, findFederation } from "../lookups.js";
import { decisionNote } from "../proposals.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "federation",
  name: "leave",
  summary: "Take your circle out of a federation; exit is always the circle's right (a circle decision).",
  args: z.object({ federation: federationArg, circle: circleArg.optional() }),
  positional: ["federation"],
  rest: true,
  policy: "circle-decision",
  async subject(ctx, args) {
    return { circle: await findCircle(ctx, args.circle), target: await findFederation(ctx, args.federation) };
  },
  examples: ['federation leave Jura circle:"Green Valley"'],
  async handler(ctx) {
    const { circle, target: federation } = ctx.subject;
    if (circle.federationId !== federation.id) {
      throw new UserError("federation.not_in", { circle: circle.name, federation: federation.name });
    }
    await ctx.store.circles.update(circle.id, { federationId: null });
    const auditId = await audit(ctx, {
      action: "federation.leave",
      circleId: circle.id,
      federationId: federation.id,
    });
    const params = { circle: circle.name, federation: federation.name, decision: decisionNote(ctx.decision) };
    await announce(ctx, auditId, federation.announcePlace, msg("federation.left", params));
    return { text: t("federation.left_reply", params) };
  },
});

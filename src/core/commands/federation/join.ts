import { z } from "zod";
import { UserError } from "../../errors.js";
import { msg, t } from "../../i18n.js";
import { circleArg, federationArg } from "../args.js";
import { announce, audit, findCircle, findFederation } from "../lookups.js";
import { decisionNote } from "../proposals.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "federation",
  name: "join",
  summary: "Bring your circle into a federation (a circle decision).",
  args: z.object({ federation: federationArg, circle: circleArg.optional() }),
  positional: ["federation"],
  rest: true,
  policy: "circle-decision",
  async subject(ctx, args) {
    return { circle: await findCircle(ctx, args.circle), target: await findFederation(ctx, args.federation) };
  },
  examples: ['federation join Jura circle:"Green Valley"'],
  async handler(ctx) {
    const { circle, target: federation } = ctx.subject;
    if (circle.federationId !== null) {
      const current = await ctx.store.federations.byId(circle.federationId);
      throw new UserError("federation.already_in", { circle: circle.name, federation: current?.name ?? "?" });
    }
    await ctx.store.circles.update(circle.id, { federationId: federation.id });
    const auditId = await audit(ctx, {
      action: "federation.join",
      circleId: circle.id,
      federationId: federation.id,
    });
    const size = await ctx.store.members.count(circle.id);
    const params = {
      circle: circle.name,
      federation: federation.name,
      decision: decisionNote(ctx.decision),
      size,
    };
    await announce(ctx, auditId, federation.announcePlace, msg("federation.joined", params));
    return { text: t("federation.joined_reply", params) };
  },
});

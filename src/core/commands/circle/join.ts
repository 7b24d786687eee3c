import { z } from "zod";
import { sizeCrossingText } from "../../circles.js";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { circleArg } from "../args.js";
import { audit, findCircle } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "circle",
  name: "join",
  summary: "Join a circle (open circles, or any circle that invited you).",
  args: z.object({ circle: circleArg.optional() }),
  positional: ["circle"],
  rest: true,
  policy: "anyone",
  examples: ["circle join Green Valley"],
  async handler(ctx, args) {
    const circle = await findCircle(ctx, args.circle);
    const [member, invited] = await Promise.all([
      ctx.store.members.isMember(circle.id, ctx.actor),
      ctx.store.members.isInvited(circle.id, ctx.actor),
    ]);
    if (member) throw new UserError("circle.already_member", { circle: circle.name });
    if (!circle.open && !invited) throw new UserError("circle.closed", { circle: circle.name });
    await ctx.store.members.add(circle.id, ctx.actor, ctx.now);
    if (invited) await ctx.store.members.clearInvitation(circle.id, ctx.actor);
    await audit(ctx, { action: "circle.join", circleId: circle.id, details: { invited } });
    const size = await ctx.store.members.count(circle.id);
    const advice = sizeCrossingText(circle.name, size - 1, size);
    return {
      text: [t("circle.joined", { circle: circle.name, size }), advice].filter(Boolean).join("\n"),
    };
  },
});

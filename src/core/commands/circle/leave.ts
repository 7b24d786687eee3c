import { z } from "zod";
import { sizeCrossingText } from "../../circles.js";
import { t } from "../../i18n.js";
import { circleArg } from "../args.js";
import { audit, circleSubject } from "../lookups.js";
import { defineCommand } from "../spec.js";
import { endMembership } from "./remove.js";

export default defineCommand({
  group: "circle",
  name: "leave",
  summary: "Leave a circle; any mandate you hold from it ends.",
  args: z.object({ circle: circleArg.optional() }),
  positional: ["circle"],
  rest: true,
  policy: "member",
  subject: (ctx, args) => circleSubject(ctx, args.circle),
  examples: ["circle leave Green Valley"],
  async handler(ctx) {
    const { circle } = ctx.subject;
    const mandates = await endMembership(ctx, circle, ctx.actor, "left");
    await audit(ctx, {
      action: "circle.leave",
      circleId: circle.id,
      details: { endedMandates: mandates.map((m) => m.id) },
    });
    const size = await ctx.store.members.count(circle.id);
    const lines = [t("circle.left", { circle: circle.name, size })];
    if (mandates.length > 0)
      lines.push(
        t("circle.left_mandates", {
          count: mandates.length,
          ids: mandates.map((m) => `#${m.id}`).join(", "),
        }),
      );
    lines.push(sizeCrossingText(circle.name, size + 1, size) ?? "");
    return { text: lines.filter(Boolean).join("\n") };
  },
});

import { z } from "zod";
import { sizeAdviceText } from "../../circles.js";
import { requestRoleSync } from "../../role-sync.js";
import { circleArg } from "../args.js";
import { audit, memberCircle } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "circle",
  name: "leave",
  summary: "Leave a circle; any mandate you hold from it ends.",
  args: z.object({ circle: circleArg.optional() }),
  positional: ["circle"],
  rest: true,
  permission: "circle-member",
  examples: ["circle leave Green Valley"],
  async handler(ctx, args) {
    const circle = await memberCircle(ctx, args.circle);
    await ctx.store.members.remove(circle.id, ctx.actor);
    const mandates = await ctx.store.mandates.activeOf(circle.id, ctx.actor);
    for (const mandate of mandates) {
      await ctx.store.mandates.end(mandate.id, "ended", ctx.now, "delegate left the circle");
    }
    await requestRoleSync(ctx.store, ctx.now, mandates, "left");
    await audit(ctx, {
      action: "circle.leave",
      circleId: circle.id,
      details: { endedMandates: mandates.map((m) => m.id) },
    });
    const size = await ctx.store.members.count(circle.id);
    const lines = [`You left “${circle.name}”; ${size} members remain.`];
    if (mandates.length > 0) lines.push(`Your mandates ${mandates.map((m) => `#${m.id}`).join(", ")} ended.`);
    lines.push(sizeAdviceText(circle.name, size) ?? "");
    return { text: lines.filter(Boolean).join("\n") };
  },
});

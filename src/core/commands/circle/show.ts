import { z } from "zod";
import { sizeAdviceText } from "../../circles.js";
import { displayPerson } from "../../ids.js";
import { describeMandate } from "../../mandates.js";
import { circleArg } from "../args.js";
import { findCircle } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "circle",
  name: "show",
  summary: "Show a circle: purpose, members, federation and delegates.",
  args: z.object({ circle: circleArg.optional() }),
  positional: ["circle"],
  rest: true,
  policy: "anyone",
  examples: ["circle show Green Valley"],
  async handler(ctx, args) {
    const circle = await findCircle(ctx, args.circle);
    const members = await ctx.store.members.list(circle.id);
    const federation = circle.federationId
      ? await ctx.store.federations.byId(circle.federationId)
      : undefined;
    const mandates = await ctx.store.mandates.list({ circleId: circle.id });
    const lines = [
      `Circle “${circle.name}”${circle.purpose ? `: ${circle.purpose}` : ""}`,
      `Home: ${circle.homePlace ?? "none"} · timezone ${circle.timezone} · ${circle.open ? "open to join" : "by invitation"}`,
      `Federation: ${federation ? federation.name : "none"}`,
      `Members (${members.length}): ${members.map(displayPerson).join(", ") || "none"}`,
      `Delegates: ${mandates.length ? "" : "none"}`,
      ...mandates.map((m) => `  ${describeMandate(m, circle.name, circle.timezone)}`),
    ];
    const advice = sizeAdviceText(circle.name, members.length);
    if (advice) lines.push(advice);
    return { text: lines.join("\n") };
  },
});

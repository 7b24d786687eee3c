import { z } from "zod";
import { describeMandate } from "../../mandates.js";
import { federationArg } from "../args.js";
import { findFederation } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "federation",
  name: "show",
  summary: "Show a federation: its circles and their delegates.",
  args: z.object({ federation: federationArg }),
  positional: ["federation"],
  rest: true,
  policy: "anyone",
  examples: ["federation show Jura"],
  async handler(ctx, args) {
    const federation = await findFederation(ctx, args.federation);
    const circles = await ctx.store.circles.list({ federationId: federation.id });
    const mandates = await ctx.store.mandates.list({ federationId: federation.id });
    const names = new Map(circles.map((c) => [c.id, c.name]));
    const lines = [
      `Federation “${federation.name}” · timezone ${federation.timezone}`,
      `Announcements: ${federation.announcePlace}`,
      `Circles (${circles.length}): ${circles.map((c) => `${c.name} (${c.size})`).join(", ") || "none yet"}`,
      `Delegates: ${mandates.length ? "" : "none"}`,
      ...mandates.map((m) => `  ${describeMandate(m, names.get(m.circleId) ?? "?", federation.timezone)}`),
    ];
    return { text: lines.join("\n") };
  },
});

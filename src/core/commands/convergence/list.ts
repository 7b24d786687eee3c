import { z } from "zod";
import { describeCadence } from "../../cadence-words.js";
import { describeStart, upcomingStarts } from "../../convergences.js";
import { federationArg } from "../args.js";
import { findFederation } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "convergence",
  name: "list",
  summary: "A federation's convergences and when each next meets.",
  args: z.object({ federation: federationArg }),
  positional: ["federation"],
  rest: true,
  policy: "anyone",
  examples: ["convergence list Jura"],
  async handler(ctx, args) {
    const federation = await findFederation(ctx, args.federation);
    const all = await ctx.store.convergences.list(federation.id);
    if (all.length === 0)
      return {
        text: `“${federation.name}” has no convergences yet. Schedule one with: /convergence schedule <title> every:<cadence> federation:${federation.name}`,
      };
    const rows = all.map((c) => {
      const next = upcomingStarts(c, ctx.now, 1)[0];
      return `- #${c.id} ${c.title}${c.rrule ? ` (${describeCadence(c.rrule)})` : ""}: ${next ? `next ${describeStart(c, next)}` : "no more dates"}`;
    });
    return { text: [`Convergences of “${federation.name}”:`, ...rows].join("\n") };
  },
});

import { z } from "zod";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "federation",
  name: "list",
  summary: "List federations and how many circles each links.",
  args: z.object({}),
  positional: [],
  policy: "anyone",
  examples: ["federation list"],
  async handler(ctx) {
    const federations = await ctx.store.federations.list();
    if (federations.length === 0)
      return { text: "No federations yet. Found one with: /federation create <name>" };
    const rows = await Promise.all(
      federations.map(async (f) => {
        const circles = await ctx.store.circles.list({ federationId: f.id });
        return `- ${f.name} (${circles.length} ${circles.length === 1 ? "circle" : "circles"})`;
      }),
    );
    return { text: [`Federations (${federations.length}):`, ...rows].join("\n") };
  },
});

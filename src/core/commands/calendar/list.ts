import { z } from "zod";
import { describeDay } from "../../rituals.js";
import { federationArg } from "../args.js";
import { findFederation } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "calendar",
  name: "list",
  summary: "A federation's ritual calendar: commemorations, and which are announced on the day.",
  args: z.object({ federation: federationArg }),
  positional: ["federation"],
  rest: true,
  policy: "anyone",
  examples: ["calendar list Jura"],
  async handler(ctx, args) {
    const federation = await findFederation(ctx, args.federation);
    const rituals = await ctx.store.rituals.list(federation.id);
    if (rituals.length === 0)
      return {
        text: `“${federation.name}” has an empty calendar. Add a day with: /calendar add <MM-DD> <title> federation:${federation.name}`,
      };
    return {
      text: [
        `Ritual calendar of “${federation.name}”:`,
        ...rituals.map(
          (r) =>
            `- #${r.id} ${describeDay(r)}: ${r.title}${r.announced ? " (announced)" : " (not announced)"}`,
        ),
      ].join("\n"),
    };
  },
});

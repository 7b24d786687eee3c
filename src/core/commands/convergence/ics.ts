import { z } from "zod";
import { convergenceCalendar } from "../../convergence-ics.js";
import { federationArg } from "../args.js";
import { findFederation } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "convergence",
  name: "ics",
  summary: "A federation's convergences as an iCalendar feed (RRULE, TZID) to import into any calendar.",
  args: z.object({ federation: federationArg }),
  positional: ["federation"],
  rest: true,
  policy: "anyone",
  examples: ["convergence ics Jura"],
  async handler(ctx, args) {
    const federation = await findFederation(ctx, args.federation);
    const convergences = await ctx.store.convergences.list(federation.id);
    return { text: convergenceCalendar(federation, convergences, ctx.now) };
  },
});

import { z } from "zod";
import { convergenceCalendar } from "../../convergence-ics.js";
import { federationArg } from "../args.js";
import { announce, audit, findFederation } from "../lookups.js";
import { requireFederationMember } from "../scope.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "convergence",
  name: "ics",
  summary: "A federation's convergences as an iCalendar feed (RRULE, TZID) to import into any calendar.",
  args: z.object({
    federation: federationArg,
    post: z
      .enum(["yes", "no"])
      .default("no")
      .describe("yes: also post it in the federation's announcement place"),
  }),
  positional: ["federation"],
  rest: true,
  permission: "anyone",
  examples: ["convergence ics Jura", "convergence ics Jura post:yes"],
  async handler(ctx, args) {
    const federation = await findFederation(ctx, args.federation);
    const convergences = await ctx.store.convergences.list(federation.id);
    const text = convergenceCalendar(federation, convergences, ctx.now);
    if (args.post === "yes") {
      await requireFederationMember(ctx, federation);
      const auditId = await audit(ctx, {
        action: "convergence.ics",
        circleId: null,
        federationId: federation.id,
        details: { count: convergences.length },
      });
      await announce(ctx, auditId, federation.announcePlace, text);
    }
    return { text };
  },
});

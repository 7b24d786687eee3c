import { z } from "zod";
import { describeCadence } from "../../cadence-words.js";
import { describeStart, upcomingStarts } from "../../convergences.js";
import { t } from "../../i18n.js";
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
        text: t("convergence.none", { federation: federation.name }),
      };
    const rows = all.map((c) => {
      const next = upcomingStarts(c, ctx.now, 1)[0];
      return `- #${c.id} ${c.title}${c.rrule ? ` (${describeCadence(c.rrule)})` : ""}: ${next ? t("convergence.next", { start: describeStart(c, next) }) : t("convergence.no_more_dates")}`;
    });
    return { text: [t("convergence.list_title", { federation: federation.name }), ...rows].join("\n") };
  },
});

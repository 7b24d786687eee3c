import { z } from "zod";
import { t } from "../../i18n.js";
import { federationArg } from "../args.js";
import { findFederation } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "circle",
  name: "list",
  summary: "List circles, or the circles of one federation.",
  args: z.object({ federation: federationArg.optional() }),
  positional: ["federation"],
  rest: true,
  policy: "anyone",
  examples: ["circle list", "circle list Jura"],
  async handler(ctx, args) {
    const federation = args.federation ? await findFederation(ctx, args.federation) : undefined;
    const circles = await ctx.store.circles.list(federation ? { federationId: federation.id } : {});
    if (circles.length === 0) {
      return {
        text: federation ? t("circle.none_in", { federation: federation.name }) : t("circle.none"),
      };
    }
    const title = federation
      ? t("circle.list_title_of", { federation: federation.name, count: circles.length })
      : t("circle.list_title", { count: circles.length });
    const rows = circles.map((c) =>
      t("circle.list_row", { name: c.name, size: c.size, purpose: c.purpose ? `: ${c.purpose}` : "" }),
    );
    return { text: [title, ...rows].join("\n") };
  },
});

import { z } from "zod";
import { t } from "../../i18n.js";
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
    if (federations.length === 0) return { text: t("federation.none") };
    const rows = await Promise.all(
      federations.map(async (f) => {
        const circles = await ctx.store.circles.list({ federationId: f.id });
        return t("federation.list_row", { name: f.name, count: circles.length });
      }),
    );
    return { text: [t("federation.list_title", { count: federations.length }), ...rows].join("\n") };
  },
});

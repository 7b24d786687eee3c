import { z } from "zod";
import { t } from "../../i18n.js";
import { describeMandate } from "../../mandates.js";
import { circleArg, federationArg } from "../args.js";
import { findCircle, findFederation } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "mandate",
  name: "list",
  summary: "List delegates and their mandates, of a circle or a whole federation.",
  args: z.object({
    circle: circleArg.optional(),
    federation: federationArg.optional(),
    all: z.stringbool().default(false),
  }),
  positional: ["circle"],
  rest: true,
  policy: "anyone",
  examples: ['mandate list circle:"Green Valley"', "mandate list federation:Jura all:yes"],
  async handler(ctx, args) {
    const federation = args.federation ? await findFederation(ctx, args.federation) : undefined;
    const circle = federation && !args.circle ? undefined : await findCircle(ctx, args.circle);
    const mandates = await ctx.store.mandates.list({
      circleId: circle?.id,
      federationId: federation?.id,
      includeEnded: args.all,
    });
    const scopeName = circle ? circle.name : (federation?.name ?? "?");
    if (mandates.length === 0)
      return { text: t("mandate.none_in", { all: args.all ? "yes" : "no", scope: scopeName }) };
    const zone = circle?.timezone ?? federation?.timezone ?? "UTC";
    // The circle asked about is known; a federation's circles are read at once.
    const names = new Map<number, string>(circle ? [[circle.id, circle.name]] : []);
    const unnamed = [...new Set(mandates.map((m) => m.circleId))].filter((id) => !names.has(id));
    if (unnamed.length > 0) for (const c of await ctx.store.circles.byIds(unnamed)) names.set(c.id, c.name);
    const rows = mandates.map((m) => `- ${describeMandate(m, names.get(m.circleId) ?? "?", zone)}`);
    return {
      text: [t("mandate.list_title", { scope: scopeName, count: mandates.length }), ...rows].join("\n"),
    };
  },
});

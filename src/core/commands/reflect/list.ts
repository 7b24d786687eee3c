import { z } from "zod";
import { circleNames, reflectionLine } from "../../aid-text.js";
import { t } from "../../i18n.js";
import { federationArg } from "../args.js";
import { findFederation } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "reflect",
  name: "list",
  summary: "The archive of reflections, newest first; search:<words> finds past lessons.",
  args: z.object({
    federation: federationArg.optional(),
    search: z.string().trim().min(1).max(100).optional(),
  }),
  positional: ["federation"],
  policy: "anyone",
  examples: ["reflect list Jura search:leaflets"],
  async handler(ctx, args) {
    const federation = args.federation === undefined ? undefined : await findFederation(ctx, args.federation);
    const found = await ctx.store.aid.reflections({ federationId: federation?.id, search: args.search });
    if (found.length === 0)
      return { text: args.search ? t("reflect.none_mention", { search: args.search }) : t("reflect.none") };
    const names = await circleNames(
      ctx.store,
      found.map((r) => r.circleId),
    );
    return { text: found.map((r) => reflectionLine(r, names.get(r.circleId) ?? "?")).join("\n") };
  },
});

import { z } from "zod";
import { t } from "../../i18n.js";
import { federationArg } from "../args.js";
import { findFederation } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "story",
  name: "list",
  summary: "The stories a federation keeps.",
  args: z.object({ federation: federationArg }),
  positional: ["federation"],
  rest: true,
  policy: "anyone",
  examples: ["story list Jura"],
  async handler(ctx, args) {
    const federation = await findFederation(ctx, args.federation);
    const stories = await ctx.store.stories.list(federation.id);
    if (stories.length === 0) return { text: t("story.none", { federation: federation.name }) };
    return {
      text: [
        t("story.list_title", { federation: federation.name }),
        ...stories.map((s) =>
          t("story.list_row", {
            id: s.id,
            title: s.title,
            founding: s.founding ? "yes" : "no",
            told: s.told,
          }),
        ),
      ].join("\n"),
    };
  },
});

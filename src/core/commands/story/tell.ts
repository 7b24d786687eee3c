import { z } from "zod";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { federationArg, idArg } from "../args.js";
import { findFederation } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "story",
  name: "tell",
  summary: "Retell one of the federation's stories — the founding story unless you name another.",
  args: z.object({ id: idArg.optional(), federation: federationArg }),
  positional: ["id"],
  policy: "anyone",
  examples: ["story tell federation:Jura", "story tell 3 federation:Jura"],
  async handler(ctx, args) {
    const federation = await findFederation(ctx, args.federation);
    const story =
      args.id !== undefined
        ? await ctx.store.stories.byId(args.id)
        : await ctx.store.stories.founding(federation.id);
    if (!story || story.federationId !== federation.id)
      throw new UserError("args.field", {
        field: "id",
        problem:
          args.id !== undefined
            ? t("story.no_such", { federation: federation.name, id: args.id })
            : t("story.no_founding", { federation: federation.name }),
      });
    await ctx.store.stories.markTold(story.id);
    return {
      text: `${t("story.told_title", { founding: story.founding ? "yes" : "no", federation: federation.name, title: story.title })}\n\n${story.text}`,
    };
  },
});

import { z } from "zod";
import { UserError } from "../../errors.js";
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
            ? `“${federation.name}” has no story #${args.id}`
            : `“${federation.name}” has no founding story yet; add one with /story add <title> text:"…" founding:yes`,
      });
    await ctx.store.stories.markTold(story.id);
    return {
      text: `${story.founding ? "The founding story of" : "A story of"} “${federation.name}”: ${story.title}\n\n${story.text}`,
    };
  },
});

import { z } from "zod";
import { UserError } from "../../errors.js";
import { inLocale, t } from "../../i18n.js";
import { federationArg, idArg } from "../args.js";
import { announce, audit, federationSubject } from "../lookups.js";
import { decisionNote } from "../proposals.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "story",
  name: "founding",
  summary: "Make one of the federation's stories its founding story (a federation decision).",
  args: z.object({ id: idArg, federation: federationArg }),
  positional: ["id"],
  policy: "federation-decision",
  subject: (ctx, args) => federationSubject(ctx, args.federation),
  examples: ["story founding 2 federation:Jura"],
  async handler(ctx, args) {
    const { federation } = ctx.subject;
    const story = await ctx.store.stories.byId(args.id);
    if (!story || story.federationId !== federation.id)
      throw new UserError("story.not_found", { federation: federation.name, id: args.id });
    await ctx.store.stories.setFounding(federation.id, story.id);
    const auditId = await audit(ctx, {
      action: "story.founding",
      federationId: federation.id,
      details: { storyId: story.id },
    });
    const say = (): string =>
      t("story.founding_set", {
        id: story.id,
        title: story.title,
        federation: federation.name,
        decision: decisionNote(ctx.decision),
      });
    const text = say();
    if (federation.announcePlace !== ctx.place)
      await announce(ctx, auditId, federation.announcePlace, inLocale(say));
    return { text };
  },
});

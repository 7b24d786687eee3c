import { z } from "zod";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { federationArg, textArg } from "../args.js";
import { audit, federationSubject } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "story",
  name: "add",
  summary: "Keep one of the federation's stories: its founding story, or an episode of its history.",
  args: z.object({
    title: textArg(120),
    text: textArg(4000),
    federation: federationArg,
    founding: z.enum(["yes", "no"]).default("no"),
  }),
  positional: ["title"],
  rest: true,
  policy: "federation-member",
  subject: (ctx, args) => federationSubject(ctx, args.federation),
  examples: ['story add How we began text:"Six circles met in a barn…" founding:yes federation:Jura'],
  async handler(ctx, args) {
    const { federation } = ctx.subject;
    const founding = args.founding === "yes" ? await ctx.store.stories.founding(federation.id) : undefined;
    if (founding)
      throw new UserError("story.founding_exists", { federation: federation.name, id: founding.id });
    const story = await ctx.store.stories.add({
      federationId: federation.id,
      title: args.title,
      text: args.text,
      founding: args.founding === "yes",
      createdBy: ctx.actor,
      createdAt: ctx.now,
    });
    await audit(ctx, {
      action: "story.add",
      circleId: null,
      federationId: federation.id,
      details: { storyId: story.id, title: story.title, founding: story.founding },
    });
    return {
      text: t("story.added", {
        founding: story.founding ? "yes" : "no",
        id: story.id,
        title: story.title,
        federation: federation.name,
      }),
    };
  },
});

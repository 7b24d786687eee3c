import { z } from "zod";
import { t } from "../../i18n.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "me",
  name: "show-name",
  summary:
    "Whether your handle may appear outside chat: in exports and on federations' pages (no by default).",
  args: z.object({
    show: z.stringbool().optional(),
  }),
  positional: ["show"],
  policy: "anyone",
  examples: ["me show-name yes", "me show-name"],
  async handler(ctx, args) {
    if (args.show === undefined) {
      const shows = await ctx.store.record.showsName(ctx.actor);
      return { text: t("record.show_name_now", { show: shows ? "yes" : "no" }), private: true };
    }
    await ctx.store.record.setShowName(ctx.actor, args.show, ctx.now);
    await ctx.store.audit.record({
      at: ctx.now,
      actor: ctx.actor,
      action: "me.show_name",
      details: { show: args.show },
    });
    return { text: t("record.show_name_set", { show: args.show ? "yes" : "no" }), private: true };
  },
});

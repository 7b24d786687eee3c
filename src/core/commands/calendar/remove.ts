import { z } from "zod";
import { t } from "../../i18n.js";
import { describeDay } from "../../rituals.js";
import { idArg } from "../args.js";
import { audit } from "../lookups.js";
import { defineCommand } from "../spec.js";
import { ritualSubject } from "./shared.js";

export default defineCommand({
  group: "calendar",
  name: "remove",
  summary: "Remove an entry from the federation's calendar.",
  args: z.object({ id: idArg }),
  positional: ["id"],
  policy: "creator-circle",
  subject: (ctx, args) => ritualSubject(ctx, args.id),
  examples: ["calendar remove 3"],
  async handler(ctx, _args) {
    const { ritual, federation } = ctx.subject;
    await ctx.store.rituals.remove(ritual.id);
    await audit(ctx, {
      action: "calendar.remove",
      circleId: null,
      federationId: federation.id,
      details: { ritualId: ritual.id, title: ritual.title },
    });
    return {
      text: t("calendar.removed", {
        id: ritual.id,
        day: describeDay(ritual),
        title: ritual.title,
        federation: federation.name,
      }),
    };
  },
});

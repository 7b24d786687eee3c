import { z } from "zod";
import { t } from "../../i18n.js";
import { describeDay } from "../../rituals.js";
import { federationArg } from "../args.js";
import { findFederation } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "calendar",
  name: "list",
  summary: "A federation's ritual calendar: commemorations, and which are announced on the day.",
  args: z.object({ federation: federationArg }),
  positional: ["federation"],
  rest: true,
  policy: "anyone",
  examples: ["calendar list Jura"],
  async handler(ctx, args) {
    const federation = await findFederation(ctx, args.federation);
    const rituals = await ctx.store.rituals.list(federation.id);
    if (rituals.length === 0)
      return {
        text: t("calendar.empty", { federation: federation.name }),
      };
    return {
      text: [
        t("calendar.title", { federation: federation.name }),
        ...rituals.map((r) =>
          t("calendar.row", {
            id: r.id,
            day: describeDay(r),
            title: r.title,
            announced: r.announced ? "yes" : "no",
          }),
        ),
      ].join("\n"),
    };
  },
});

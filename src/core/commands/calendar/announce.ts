import { z } from "zod";
import { t } from "../../i18n.js";
import { nextRitualAt } from "../../rituals.js";
import { idArg } from "../args.js";
import { audit } from "../lookups.js";
import { defineCommand } from "../spec.js";
import { ritualSubject } from "./shared.js";

export default defineCommand({
  group: "calendar",
  name: "announce",
  summary: "Choose whether a calendar entry is announced on its day.",
  args: z.object({ id: idArg, choice: z.enum(["yes", "no"]) }),
  positional: ["id", "choice"],
  policy: "creator-circle",
  subject: (ctx, args) => ritualSubject(ctx, args.id),
  examples: ["calendar announce 2 no"],
  async handler(ctx, args) {
    const { ritual, federation } = ctx.subject;
    const announced = args.choice === "yes";
    await ctx.store.rituals.setAnnounced(
      ritual.id,
      announced,
      announced ? (nextRitualAt(ritual, federation.timezone, ctx.now) ?? null) : null,
    );
    await audit(ctx, {
      action: "calendar.announce",
      circleId: null,
      federationId: federation.id,
      details: { ritualId: ritual.id, announced },
    });
    return { text: t("calendar.announce_set", { title: ritual.title, announced: announced ? "yes" : "no" }) };
  },
});

import { z } from "zod";
import { describeCadence } from "../../cadence-words.js";
import { t } from "../../i18n.js";
import { holderName, roleLabel } from "../../rotations.js";
import { formatMoment } from "../../time.js";
import { circleArg, federationArg } from "../args.js";
import { resolveScope } from "../scope.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "rotation",
  name: "list",
  summary: "The rotating roles of a circle or federation, with current holders.",
  args: z.object({ circle: circleArg.optional(), federation: federationArg.optional() }),
  positional: ["circle"],
  rest: true,
  policy: "anyone",
  examples: ["rotation list Green Valley", "rotation list federation:Jura"],
  async handler(ctx, args) {
    const where = await resolveScope(ctx, args);
    const rotations = await ctx.store.rotations.list(where.scope);
    if (rotations.length === 0)
      return {
        text: t("rotation.none", { owner: where.name }),
      };
    const rows = [];
    for (const rotation of rotations) {
      const current = (await ctx.store.rotations.terms(rotation.id)).filter((t) => t.announcedAt).at(-1);
      const next = rotation.nextHandoffAt
        ? t("rotation.next_handoff", { when: formatMoment(rotation.nextHandoffAt, where.zone) })
        : "";
      rows.push(
        `- ${roleLabel(rotation)}: ${current ? await holderName(ctx.store, current.holder) : t("rotation.nobody_yet")} (${describeCadence(rotation.rrule)})${next}`,
      );
    }
    return { text: [t("rotation.list_title", { owner: where.name }), ...rows].join("\n") };
  },
});

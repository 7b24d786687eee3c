import { z } from "zod";
import { circleNames, offerLine } from "../../aid-text.js";
import { t } from "../../i18n.js";
import { displayPerson } from "../../ids.js";
import { formatMoment } from "../../time.js";
import { findReflection } from "../aid/common.js";
import { idArg } from "../args.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "reflect",
  name: "show",
  summary: "A reflection with its advice, affirmations, offers and closing note.",
  args: z.object({ id: idArg }),
  positional: ["id"],
  policy: "anyone",
  examples: ["reflect show 1"],
  async handler(ctx, args) {
    const r = await findReflection(ctx, args.id);
    const advice = await ctx.store.aid.advice(r.id);
    const offers = await ctx.store.aid.offers({ reflectionId: r.id });
    const affirmations = await ctx.store.aid.affirmations(r.id);
    const names = await circleNames(ctx.store, [r.circleId, ...offers.map((o) => o.circleId)]);
    const federation = await ctx.store.federations.byId(r.federationId);
    const zone = federation?.timezone ?? "UTC";
    const lines = [
      t("reflect.show_title", {
        id: r.id,
        circle: names.get(r.circleId) ?? "?",
        when: formatMoment(r.sharedAt, zone),
        person: displayPerson(r.sharedBy),
      }),
      t("reflect.show_happened", { text: r.happened }),
      t("reflect.show_learned", { text: r.learned }),
      t("reflect.show_needs", { needs: r.needs.split("|").join(", ") }),
      t("reflect.show_affirmations", { count: affirmations }),
      ...(advice.length > 0
        ? [t("reflect.show_advice"), ...advice.map((a) => `- ${displayPerson(a.author)}: ${a.text}`)]
        : []),
      ...(offers.length > 0
        ? [t("reflect.show_offers"), ...offers.map((o) => `- ${offerLine(o, names.get(o.circleId) ?? "?")}`)]
        : []),
      r.resolvedAt
        ? t("reflect.show_resolved", {
            when: formatMoment(r.resolvedAt, zone),
            resolution: r.resolution ?? "",
          })
        : t("reflect.show_open"),
    ];
    return { text: lines.join("\n") };
  },
});

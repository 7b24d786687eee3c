import { z } from "zod";
import { circleNames, offerLine } from "../../aid-text.js";
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
      `Reflection #${r.id} of “${names.get(r.circleId)}”, shared ${formatMoment(r.sharedAt, zone)} by ${displayPerson(r.sharedBy)}`,
      `What happened: ${r.happened}`,
      `What we learned: ${r.learned}`,
      `Would help: ${r.needs.split("|").join(", ")}`,
      `Affirmations: ${affirmations}`,
      ...(advice.length > 0
        ? ["Advice:", ...advice.map((a) => `- ${displayPerson(a.author)}: ${a.text}`)]
        : []),
      ...(offers.length > 0
        ? ["Offers:", ...offers.map((o) => `- ${offerLine(o, names.get(o.circleId) ?? "?")}`)]
        : []),
      r.resolvedAt
        ? `Resolved ${formatMoment(r.resolvedAt, zone)}: ${r.resolution}`
        : "Still open: the circle closes it with /reflect resolve.",
    ];
    return { text: lines.join("\n") };
  },
});

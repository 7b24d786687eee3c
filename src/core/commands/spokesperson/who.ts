import { z } from "zod";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { displayPerson } from "../../ids.js";
import { holderName } from "../../rotations.js";
import { circleArg, federationArg, textArg } from "../args.js";
import { findCircle, findFederation } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "spokesperson",
  name: "who",
  summary: "Who speaks for a circle (or each circle of a federation) on a domain.",
  args: z.object({
    domain: textArg(40),
    circle: circleArg.optional(),
    federation: federationArg.optional(),
  }),
  positional: ["domain"],
  rest: true,
  policy: "anyone",
  examples: ['spokesperson who press circle:"Green Valley"', "spokesperson who press federation:Jura"],
  async handler(ctx, args) {
    const federation = args.federation ? await findFederation(ctx, args.federation) : undefined;
    const circles = federation
      ? await ctx.store.circles.list({ federationId: federation.id })
      : [await findCircle(ctx, args.circle)];
    const domain = args.domain.toLowerCase();
    const lines: string[] = [];
    for (const circle of circles) {
      const speakers = new Set<string>();
      for (const s of await ctx.store.spokespersons.list({ circleIds: [circle.id], domain }))
        speakers.add(displayPerson(s.person));
      const rotation = await ctx.store.rotations.find({ circleId: circle.id }, "spokesperson", domain);
      const current = rotation
        ? (await ctx.store.rotations.terms(rotation.id)).filter((t) => t.announcedAt).at(-1)
        : undefined;
      if (current)
        speakers.add(t("spokesperson.rotating", { person: await holderName(ctx.store, current.holder) }));
      if (speakers.size) lines.push(`“${circle.name}”: ${[...speakers].join(", ")}`);
    }
    const where = federation
      ? t("spokesperson.any_circle_of", { federation: federation.name })
      : `“${circles[0]?.name ?? "?"}”`;
    if (lines.length === 0) throw new UserError("spokesperson.none", { where, domain });
    return { text: [t("spokesperson.list_title", { domain }), ...lines].join("\n") };
  },
});

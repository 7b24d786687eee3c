import { z } from "zod";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { within } from "../../limits.js";
import { nameKey } from "../../names.js";
import { seedRituals } from "../../rituals.js";
import { federationArg, placeArg, timezoneArg } from "../args.js";
import { audit } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "federation",
  name: "create",
  summary: "Found a federation; this place becomes its council and announcement place.",
  args: z.object({
    name: federationArg,
    tz: timezoneArg.default("UTC"),
    announce: placeArg.optional(),
  }),
  positional: ["name"],
  rest: true,
  policy: "anyone",
  examples: ["federation create Jura tz:Europe/Zurich"],
  async handler(ctx, args) {
    within(ctx.limits, "federationsPerFounder", await ctx.store.counts.federationsFoundedBy(ctx.actor));
    if (await ctx.store.federations.byName(nameKey(args.name))) {
      throw new UserError("federation.exists", { name: args.name });
    }
    const federation = await ctx.store.federations.create({
      name: args.name,
      timezone: args.tz,
      councilPlace: ctx.place,
      announcePlace: args.announce ?? ctx.place,
      createdBy: ctx.actor,
      createdAt: ctx.now,
    });
    await seedRituals(ctx.store, federation, ctx.now);
    await audit(ctx, { action: "federation.create", federationId: federation.id, details: { ...args } });
    return {
      text: t("federation.founded", { federation: federation.name }),
    };
  },
});

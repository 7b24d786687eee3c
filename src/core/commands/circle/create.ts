import { z } from "zod";
import { sizeAdviceText } from "../../circles.js";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { within } from "../../limits.js";
import { nameKey } from "../../names.js";
import { circleArg, placeArg, textArg, timezoneArg } from "../args.js";
import { audit } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "circle",
  name: "create",
  summary:
    "Start a circle here; you become its first member. It is open by invitation unless you say open:yes.",
  args: z.object({
    name: circleArg,
    purpose: textArg(500).optional(),
    tz: timezoneArg.default("UTC"),
    place: placeArg.optional(),
    open: z.stringbool().default(false),
  }),
  positional: ["name"],
  rest: true,
  policy: "anyone",
  examples: ['circle create Green Valley purpose:"Community gardens" tz:Europe/Paris'],
  async handler(ctx, args) {
    within(ctx.limits, "circlesPerFounder", await ctx.store.counts.circlesFoundedBy(ctx.actor));
    const home = args.place ?? ctx.place;
    if (await ctx.store.circles.byName(nameKey(args.name))) {
      throw new UserError("circle.exists", { name: args.name });
    }
    const occupant = await ctx.store.circles.byHomePlace(home);
    if (occupant) throw new UserError("circle.place_taken", { name: occupant.name });
    const circle = await ctx.store.circles.create({
      name: args.name,
      purpose: args.purpose ?? "",
      timezone: args.tz,
      homePlace: home,
      open: args.open,
      createdBy: ctx.actor,
      createdAt: ctx.now,
    });
    await ctx.store.members.add(circle.id, ctx.actor, ctx.now);
    await audit(ctx, { action: "circle.create", circleId: circle.id, details: { ...args, homePlace: home } });
    const lines = [t(circle.open ? "circle.born_open" : "circle.born", { circle: circle.name })];
    lines.push(sizeAdviceText(circle.name, 1) ?? "");
    return { text: lines.join("\n") };
  },
});

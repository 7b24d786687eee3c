import { z } from "zod";
import { UserError } from "../../errors.js";
import type { CirclePatch } from "../../ports.js";
import { circleArg, placeArg, shareArg, textArg, timezoneArg } from "../args.js";
import { audit, memberCircle } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "circle",
  name: "set",
  summary: "Change your circle's purpose, timezone, home place or openness.",
  args: z.object({
    circle: circleArg.optional(),
    purpose: textArg("purpose", 500).optional(),
    tz: timezoneArg.optional(),
    place: placeArg.optional(),
    open: z.stringbool().optional().describe("anyone may join (yes) or by invitation only (no)"),
    recall_quorum: shareArg.optional().describe("share of members who must vote in a recall poll"),
    recall_threshold: shareArg.optional().describe("share of votes a recall must exceed"),
  }),
  positional: ["circle"],
  rest: true,
  permission: "circle-member",
  examples: ['circle set Green Valley purpose:"Gardens and seed library" open:no'],
  async handler(ctx, args) {
    const circle = await memberCircle(ctx, args.circle);
    const patch: CirclePatch = {};
    if (args.purpose !== undefined) patch.purpose = args.purpose;
    if (args.tz !== undefined) patch.timezone = args.tz;
    if (args.open !== undefined) patch.open = args.open;
    if (args.recall_quorum !== undefined) patch.recallQuorum = args.recall_quorum;
    if (args.recall_threshold !== undefined) patch.recallThreshold = args.recall_threshold;
    if (args.place !== undefined) {
      const occupant = await ctx.store.circles.byHomePlace(args.place);
      if (occupant && occupant.id !== circle.id)
        throw new UserError("circle.place_taken", { name: occupant.name });
      patch.homePlace = args.place;
    }
    if (Object.keys(patch).length === 0) throw new UserError("circle.nothing_to_change");
    await ctx.store.circles.update(circle.id, patch);
    await audit(ctx, { action: "circle.set", circleId: circle.id, details: { ...patch } });
    const changes = Object.entries(patch).map(([key, value]) => `${key} → ${String(value)}`);
    return { text: `“${circle.name}” updated: ${changes.join(", ")}.` };
  },
});

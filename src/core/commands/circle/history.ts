import { z } from "zod";
import type { Circle } from "../../model.js";
import { circleArg } from "../args.js";
import { historyArgs, historyReply, quotedName } from "../history.js";
import { findCircle } from "../lookups.js";
import { defineCommand, type Subject } from "../spec.js";

/**
 * A circle's record is open to everyone it answers to: its members, and when it belongs to a
 * federation, every member of the federation's circles. The subject names the federation (not
 * the circle) in that case, so the federation-member policy applies.
 */
interface HistorySubject extends Subject {
  target: Circle;
}

export default defineCommand({
  group: "circle",
  name: "history",
  summary:
    "What happened in a circle, in plain sentences, newest first: filter by kind:, person:, from:, until:; before: pages back.",
  args: z.object({ circle: circleArg.optional(), ...historyArgs }),
  positional: ["circle"],
  rest: true,
  policy: { circle: "member", federation: "federation-member" },
  async subject(ctx, args): Promise<HistorySubject> {
    const target = await findCircle(ctx, args.circle);
    const federation = target.federationId
      ? await ctx.store.federations.byId(target.federationId)
      : undefined;
    return federation ? { target, federation } : { target, circle: target };
  },
  examples: ['circle history "Green Valley"', 'circle history "Green Valley" kind:mandate from:30d'],
  async handler(ctx, args) {
    const { target } = ctx.subject;
    const text = await historyReply(ctx, { circleId: target.id }, args, {
      name: target.name,
      zone: target.timezone,
      command: `/circle history ${quotedName(target.name)}`,
    });
    return { text };
  },
});

import { z } from "zod";
import { UserError } from "../../errors.js";
import { displayPerson } from "../../ids.js";
import { circleArg, federationArg } from "../args.js";
import { announce, audit, findFederation, memberCircle } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "federation",
  name: "join",
  summary: "Bring your circle into a federation (a circle decision; any member may carry it out).",
  args: z.object({ federation: federationArg, circle: circleArg.optional() }),
  positional: ["federation"],
  rest: true,
  permission: "circle-member",
  examples: ['federation join Jura circle:"Green Valley"'],
  async handler(ctx, args) {
    const federation = await findFederation(ctx, args.federation);
    const circle = await memberCircle(ctx, args.circle);
    if (circle.federationId !== null) {
      const current = await ctx.store.federations.byId(circle.federationId);
      throw new UserError("federation.already_in", { circle: circle.name, federation: current?.name ?? "?" });
    }
    await ctx.store.circles.update(circle.id, { federationId: federation.id });
    const auditId = await audit(ctx, {
      action: "federation.join",
      circleId: circle.id,
      federationId: federation.id,
    });
    const size = await ctx.store.members.count(circle.id);
    await announce(
      ctx,
      auditId,
      federation.announcePlace,
      `Circle “${circle.name}” (${size} members) joined the federation “${federation.name}”, as decided by the circle (carried out by ${displayPerson(ctx.actor)}).`,
    );
    return { text: `“${circle.name}” is now part of “${federation.name}”. The federation has been told.` };
  },
});

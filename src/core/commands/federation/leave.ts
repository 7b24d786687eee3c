import { z } from "zod";
import { UserError } from "../../errors.js";
import { displayPerson } from "../../ids.js";
import { circleArg, federationArg } from "../args.js";
import { announce, audit, findFederation, memberCircle } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "federation",
  name: "leave",
  summary: "Take your circle out of a federation; exit is always the circle's right.",
  args: z.object({ federation: federationArg, circle: circleArg.optional() }),
  positional: ["federation"],
  rest: true,
  permission: "circle-member",
  examples: ['federation leave Jura circle:"Green Valley"'],
  async handler(ctx, args) {
    const federation = await findFederation(ctx, args.federation);
    const circle = await memberCircle(ctx, args.circle);
    if (circle.federationId !== federation.id) {
      throw new UserError("federation.not_in", { circle: circle.name, federation: federation.name });
    }
    await ctx.store.circles.update(circle.id, { federationId: null });
    const auditId = await audit(ctx, {
      action: "federation.leave",
      circleId: circle.id,
      federationId: federation.id,
    });
    await announce(
      ctx,
      auditId,
      federation.announcePlace,
      `Circle “${circle.name}” left the federation “${federation.name}” (carried out by ${displayPerson(ctx.actor)}).`,
    );
    return { text: `“${circle.name}” has left “${federation.name}”. The federation has been told.` };
  },
});

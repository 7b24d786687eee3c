import { z } from "zod";
import { UserError } from "../../errors.js";
import { displayPerson } from "../../ids.js";
import { circleArg, personArg, textArg } from "../args.js";
import { audit, memberCircle } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "spokesperson",
  name: "name",
  summary: "Name your circle's spokesperson for one domain (press, legal, a campaign…).",
  args: z.object({ domain: textArg("domain", 40), person: personArg, circle: circleArg.optional() }),
  positional: ["domain", "person"],
  permission: "circle-member",
  examples: ['spokesperson name press @ana circle:"Green Valley"'],
  async handler(ctx, args) {
    const circle = await memberCircle(ctx, args.circle);
    if (!(await ctx.store.members.isMember(circle.id, args.person))) {
      throw new UserError("mandate.not_member", { person: displayPerson(args.person), circle: circle.name });
    }
    const domain = args.domain.toLowerCase();
    await ctx.store.spokespersons.set(
      { circleId: circle.id, domain, person: args.person },
      ctx.actor,
      ctx.now,
    );
    await audit(ctx, {
      action: "spokesperson.name",
      circleId: circle.id,
      details: { domain, person: args.person },
    });
    return {
      text: `${displayPerson(args.person)} speaks for “${circle.name}” on ${domain}, and only on ${domain}.`,
    };
  },
});

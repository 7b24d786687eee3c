import { z } from "zod";
import { UserError } from "../../errors.js";
import { findReflection } from "../aid/common.js";
import { idArg } from "../args.js";
import { audit } from "../lookups.js";
import { requireFederationMember } from "../scope.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "reflect",
  name: "affirm",
  summary: "Affirm a circle for sharing a reflection (once per person, counted).",
  args: z.object({ id: idArg.describe("reflection number") }),
  positional: ["id"],
  permission: "anyone",
  examples: ["reflect affirm 1"],
  async handler(ctx, args) {
    const reflection = await findReflection(ctx, args.id);
    const federation = await ctx.store.federations.byId(reflection.federationId);
    if (federation) await requireFederationMember(ctx, federation);
    if (!(await ctx.store.aid.affirm(reflection.id, ctx.actor, ctx.now))) {
      throw new UserError("reflection.affirmed", { id: reflection.id });
    }
    await audit(ctx, {
      action: "reflect.affirm",
      circleId: reflection.circleId,
      federationId: reflection.federationId,
      details: { reflectionId: reflection.id },
    });
    const count = await ctx.store.aid.affirmations(reflection.id);
    return { text: `Reflection #${reflection.id} now has ${count} affirmation${count === 1 ? "" : "s"}.` };
  },
});

import { z } from "zod";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { federationById, findReflection } from "../aid/common.js";
import { idArg } from "../args.js";
import { audit } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "reflect",
  name: "affirm",
  summary: "Affirm a circle for sharing a reflection (once per person, counted).",
  args: z.object({ id: idArg }),
  positional: ["id"],
  policy: "federation-member",
  async subject(ctx, args) {
    const reflection = await findReflection(ctx, args.id);
    return { reflection, federation: await federationById(ctx, reflection.federationId) };
  },
  examples: ["reflect affirm 1"],
  async handler(ctx, _args) {
    const { reflection } = ctx.subject;
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
    return { text: t("reflect.affirmed", { id: reflection.id, count }) };
  },
});

import { z } from "zod";
import { UserError } from "../../errors.js";
import { inLocale, t } from "../../i18n.js";
import { circleById, findReflection } from "../aid/common.js";
import { idArg, textArg } from "../args.js";
import { announceToFederation, audit } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "reflect",
  name: "resolve",
  summary: "Close your circle's reflection with a note on how it ended; it stays in the archive.",
  args: z.object({ id: idArg, note: textArg(1000) }),
  positional: ["id"],
  policy: "member",
  async subject(ctx, args) {
    const reflection = await findReflection(ctx, args.id);
    return { reflection, circle: await circleById(ctx, reflection.circleId) };
  },
  examples: ['reflect resolve 1 note:"a standing order with the print shop"'],
  async handler(ctx, args) {
    const { reflection, circle } = ctx.subject;
    if (reflection.resolvedAt) throw new UserError("reflection.resolved", { id: reflection.id });
    await ctx.store.aid.resolve(reflection.id, args.note, ctx.now);
    const auditId = await audit(ctx, {
      action: "reflect.resolve",
      circleId: circle.id,
      federationId: reflection.federationId,
      details: { reflectionId: reflection.id },
    });
    await announceToFederation(
      ctx,
      auditId,
      reflection.federationId,
      inLocale(() =>
        t("reflect.resolved_notice", { circle: circle.name, id: reflection.id, note: args.note }),
      ),
    );
    return { text: t("reflect.resolved", { id: reflection.id }) };
  },
});

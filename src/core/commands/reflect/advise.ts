import { z } from "zod";
import { inLocale, t } from "../../i18n.js";
import { federationById, findReflection } from "../aid/common.js";
import { idArg, textArg } from "../args.js";
import { announce, audit } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "reflect",
  name: "advise",
  summary: "Answer a reflection with advice; it is kept with the reflection.",
  args: z.object({ id: idArg, text: textArg(1000) }),
  positional: ["id", "text"],
  rest: true,
  policy: "federation-member",
  async subject(ctx, args) {
    const reflection = await findReflection(ctx, args.id);
    return { reflection, federation: await federationById(ctx, reflection.federationId) };
  },
  examples: ["reflect advise 1 ask the print shop for a standing order"],
  async handler(ctx, args) {
    const { reflection } = ctx.subject;
    const advice = await ctx.store.aid.advise(reflection.id, ctx.actor, args.text, ctx.now);
    const auditId = await audit(ctx, {
      action: "reflect.advise",
      circleId: reflection.circleId,
      federationId: reflection.federationId,
      details: { reflectionId: reflection.id, adviceId: advice.id },
    });
    const circle = await ctx.store.circles.byId(reflection.circleId);
    if (circle?.homePlace && circle.homePlace !== ctx.place) {
      await announce(
        ctx,
        auditId,
        circle.homePlace,
        inLocale(() => t("reflect.advice_notice", { id: reflection.id, text: args.text })),
      );
    }
    return { text: t("reflect.advice_kept", { id: reflection.id }) };
  },
});

import { z } from "zod";
import { parseNeeds } from "../../aid.js";
import { UserError } from "../../errors.js";
import { currentLocale, inLocale, t } from "../../i18n.js";
import { circleFederation } from "../aid/common.js";
import { circleArg, textArg } from "../args.js";
import { announce, audit, circleSubject } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "reflect",
  name: "share",
  summary: "Share what went wrong, what your circle learned and what would help, with the federation.",
  args: z.object({
    happened: textArg(500),
    learned: textArg(500),
    needs: z.string().max(60).default("advice"),
    circle: circleArg.optional(),
  }),
  positional: ["happened"],
  rest: true,
  policy: "member",
  subject: (ctx, args) => circleSubject(ctx, args.circle),
  examples: [
    'reflect share the street stall ran out of leaflets in an hour learned:"print twice as many" needs:"material|advice"',
  ],
  async handler(ctx, args) {
    const { circle } = ctx.subject;
    const federation = await circleFederation(ctx, circle);
    const needs = parseNeeds(args.needs);
    if (!needs) throw new UserError("args.field", { field: "needs", problem: t("reflection.needs") });
    const reflection = await ctx.store.aid.share({
      circleId: circle.id,
      federationId: federation.id,
      happened: args.happened,
      learned: args.learned,
      needs: needs.join("|"),
      sharedBy: ctx.actor,
      sharedAt: ctx.now,
    });
    const auditId = await audit(ctx, {
      action: "reflect.share",
      circleId: circle.id,
      federationId: federation.id,
      details: { reflectionId: reflection.id },
    });
    const answers = [
      needs.includes("advice") ? `/reflect advise ${reflection.id} <advice>` : "",
      needs.includes("affirmation") ? `/reflect affirm ${reflection.id}` : "",
      needs.includes("material") ? `/aid offer ${reflection.id} <what> for:reflection` : "",
    ].filter(Boolean);
    const text = inLocale(() =>
      t("reflect.shared_notice", {
        circle: circle.name,
        id: reflection.id,
        happened: args.happened,
        learned: args.learned,
        needs: needs.join(", "),
        answers: new Intl.ListFormat(currentLocale(), { type: "disjunction" }).format(answers),
      }),
    );
    await announce(ctx, auditId, federation.announcePlace, text);
    return {
      text: t("reflect.shared", { id: reflection.id, federation: federation.name }),
    };
  },
});

import { z } from "zod";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { replan } from "../../rotations.js";
import { formatMoment } from "../../time.js";
import { circleArg, momentArg } from "../args.js";
import { audit, circleSubject } from "../lookups.js";
import { moment } from "../scope.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "rotation",
  name: "away",
  summary: "Tell your circle you are away for a period: its rotations pass you over until then.",
  args: z.object({ until: momentArg, from: momentArg.optional(), circle: circleArg.optional() }),
  positional: ["until"],
  policy: "member",
  subject: (ctx, args) => circleSubject(ctx, args.circle),
  examples: ['rotation away until:3w circle:"Green Valley"'],
  async handler(ctx, args) {
    const { circle } = ctx.subject;
    const startsAt = args.from ? moment(args.from, circle.timezone, ctx.now, "from") : ctx.now;
    const endsAt = moment(args.until, circle.timezone, startsAt, "until");
    if (endsAt <= startsAt || endsAt <= ctx.now)
      throw new UserError("time.past", { when: formatMoment(endsAt, circle.timezone) });
    await ctx.store.absences.add(circle.id, { person: ctx.actor, startsAt, endsAt });
    for (const rotation of await ctx.store.rotations.list({ circleId: circle.id }))
      await replan(ctx.store, rotation);
    await audit(ctx, { action: "rotation.away", circleId: circle.id, details: { startsAt, endsAt } });
    return {
      text: t("rotation.away_noted", {
        from: formatMoment(startsAt, circle.timezone),
        until: formatMoment(endsAt, circle.timezone),
        circle: circle.name,
      }),
    };
  },
});

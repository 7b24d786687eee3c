import { z } from "zod";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { displayPerson } from "../../ids.js";
import { holderName, replan, roleLabel, upcomingTerms } from "../../rotations.js";
import { formatMoment } from "../../time.js";
import { circleArg, textArg } from "../args.js";
import { audit } from "../lookups.js";
import { circleRotation } from "../scope.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "rotation",
  name: "skip",
  summary: "Pass on your next term of a role; the next in line takes it and you keep your place.",
  args: z.object({
    role: textArg(40),
    domain: textArg(40).optional(),
    circle: circleArg.optional(),
  }),
  positional: ["role"],
  rest: true,
  policy: "member",
  subject: (ctx, args) => circleRotation(ctx, args),
  examples: ['rotation skip spokesperson circle:"Green Valley"'],
  async handler(ctx, _args) {
    const { rotation, zone } = ctx.subject;
    const horizon = 3 * Math.max(1, (await ctx.store.members.count(rotation.circleId ?? 0)) + 1);
    const mine = (await upcomingTerms(ctx.store, rotation, horizon)).find((t) => t.holder === ctx.actor);
    if (!mine)
      throw new UserError("rotation.no_upcoming", {
        person: displayPerson(ctx.actor),
        role: roleLabel(rotation),
        count: horizon,
      });
    await ctx.store.rotations.removeOverrides(rotation.id, mine.term);
    await ctx.store.rotations.addOverride(
      rotation.id,
      { term: mine.term, kind: "skip", participant: ctx.actor },
      ctx.actor,
      ctx.now,
    );
    const updated = await replan(ctx.store, rotation);
    await audit(ctx, {
      action: "rotation.skip",
      circleId: rotation.circleId,
      details: { rotationId: rotation.id, term: mine.term },
    });
    const instead = (await upcomingTerms(ctx.store, updated, mine.term - updated.nextTerm + 1)).at(-1);
    return {
      text: t("rotation.skipped", {
        term: mine.term,
        when: formatMoment(mine.startsAt, zone),
        holder: await holderName(ctx.store, instead?.holder),
      }),
    };
  },
});

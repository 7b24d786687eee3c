import { z } from "zod";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { displayPerson } from "../../ids.js";
import { holderName, replan, roleLabel, upcomingTerms } from "../../rotations.js";
import { formatMoment } from "../../time.js";
import { circleArg, personArg, textArg } from "../args.js";
import { audit } from "../lookups.js";
import { decisionNote } from "../proposals.js";
import { circleRotation } from "../scope.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "rotation",
  name: "swap",
  summary: "Offer to swap your next term of a role with someone else's; it takes effect when they accept.",
  args: z.object({
    role: textArg(40),
    with: personArg,
    domain: textArg(40).optional(),
    circle: circleArg.optional(),
  }),
  positional: ["role", "with"],
  policy: "acceptance",
  async subject(ctx, args) {
    return { ...(await circleRotation(ctx, args)), concerned: args.with };
  },
  examples: ['rotation swap spokesperson @bob circle:"Green Valley"'],
  async handler(ctx, args) {
    const { rotation, zone } = ctx.subject;
    const horizon = 3 * Math.max(1, (await ctx.store.members.count(rotation.circleId ?? 0)) + 1);
    const upcoming = await upcomingTerms(ctx.store, rotation, horizon);
    const mine = upcoming.find((t) => t.holder === ctx.actor);
    const theirs = upcoming.find((t) => t.holder === args.with);
    const missing = (person: string) =>
      new UserError("rotation.no_upcoming", {
        person: displayPerson(person),
        role: roleLabel(rotation),
        count: horizon,
      });
    if (!mine) throw missing(ctx.actor);
    if (!theirs) throw missing(args.with);
    for (const [term, holder] of [
      [mine.term, args.with],
      [theirs.term, ctx.actor],
    ] as const) {
      await ctx.store.rotations.removeOverrides(rotation.id, term);
      await ctx.store.rotations.addOverride(
        rotation.id,
        { term, kind: "swap", participant: holder },
        ctx.actor,
        ctx.now,
      );
    }
    await replan(ctx.store, rotation);
    await audit(ctx, {
      action: "rotation.swap",
      circleId: rotation.circleId,
      details: { rotationId: rotation.id, terms: [mine.term, theirs.term], with: args.with },
    });
    return {
      text: t("rotation.swapped", {
        other: await holderName(ctx.store, args.with),
        mine: mine.term,
        mineAt: formatMoment(mine.startsAt, zone),
        me: displayPerson(ctx.actor),
        theirs: theirs.term,
        theirsAt: formatMoment(theirs.startsAt, zone),
        decision: decisionNote(ctx.decision) || t("decision.self"),
      }),
    };
  },
});

import { z } from "zod";
import { UserError } from "../../errors.js";
import { inLocale, t } from "../../i18n.js";
import { displayPerson } from "../../ids.js";
import { describeMandate, renewalDue } from "../../mandates.js";
import type { Circle } from "../../model.js";
import { requestRoleSync } from "../../role-sync.js";
import { formatMoment } from "../../time.js";
import { circleArg, momentArg, personArg, textArg } from "../args.js";
import { announceToFederation, audit, findCircle } from "../lookups.js";
import { decisionNote } from "../proposals.js";
import { moment } from "../scope.js";
import { type CommandContext, defineCommand } from "../spec.js";
import { mandateLimit } from "./limit.js";

/** The mandate's start and end, checked: a member of the circle, in the future, within the federation's limit. */
async function terms(
  ctx: CommandContext<{ circle: Circle }>,
  args: { person: string; from?: string | undefined; until: string },
): Promise<{ startsAt: Date; expiresAt: Date }> {
  const { circle } = ctx.subject;
  if (!(await ctx.store.members.isMember(circle.id, args.person))) {
    throw new UserError("mandate.not_member", { person: displayPerson(args.person), circle: circle.name });
  }
  const startsAt = args.from === undefined ? ctx.now : moment(args.from, circle.timezone, ctx.now, "from");
  const expiresAt = moment(args.until, circle.timezone, startsAt, "until");
  if (expiresAt <= ctx.now)
    throw new UserError("time.past", { when: formatMoment(expiresAt, circle.timezone) });
  if (expiresAt <= startsAt) throw new UserError("mandate.bad_order");
  await mandateLimit(ctx.store, circle, startsAt, expiresAt);
  return { startsAt, expiresAt };
}

export default defineCommand({
  group: "mandate",
  name: "grant",
  summary:
    "Propose a member of your circle as its delegate, with a limited, expiring mandate (a circle decision the delegate accepts).",
  args: z.object({
    person: personArg,
    scope: textArg(300),
    until: momentArg.default("90d"),
    from: momentArg.optional(),
    circle: circleArg.optional(),
  }),
  positional: ["person", "scope"],
  rest: true,
  policy: "circle-decision",
  async subject(ctx, args) {
    return { circle: await findCircle(ctx, args.circle), concerned: args.person };
  },
  examples: ['mandate grant @ana carry our proposal to the spring assembly until:60d circle:"Green Valley"'],
  check: async (ctx, args) => void (await terms(ctx, args)),
  async handler(ctx, args) {
    const { circle } = ctx.subject;
    const { startsAt, expiresAt } = await terms(ctx, args);
    const mandate = await ctx.store.mandates.create({
      circleId: circle.id,
      delegate: args.person,
      scope: args.scope,
      startsAt,
      expiresAt,
      grantedBy: ctx.actor,
      renewalDueAt: renewalDue(startsAt, expiresAt),
    });
    await requestRoleSync(ctx.store, ctx.now, [mandate], "granted");
    const auditId = await audit(ctx, {
      action: "mandate.grant",
      circleId: circle.id,
      federationId: circle.federationId,
      details: { mandateId: mandate.id, delegate: args.person, scope: args.scope, startsAt, expiresAt },
    });
    // Said in each reader's language, the mandate's line and dates included.
    const params = () => ({
      mandate: describeMandate(mandate, circle.name, circle.timezone),
      decision: decisionNote(ctx.decision),
    });
    await announceToFederation(
      ctx,
      auditId,
      circle.federationId,
      inLocale(() => t("mandate.granted_federation", params())),
    );
    return { text: t("mandate.granted", params()) };
  },
});

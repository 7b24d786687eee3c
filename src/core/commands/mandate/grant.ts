import { z } from "zod";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { displayPerson } from "../../ids.js";
import { describeMandate, MANDATE_MAX_DAYS, renewalDue } from "../../mandates.js";
import { requestRoleSync } from "../../role-sync.js";
import { formatMoment } from "../../time.js";
import { circleArg, momentArg, personArg, textArg } from "../args.js";
import { announceToFederation, audit, memberCircle } from "../lookups.js";
import { moment } from "../scope.js";
import { defineCommand } from "../spec.js";

const DAY_MS = 86_400_000;

export default defineCommand({
  group: "mandate",
  name: "grant",
  summary: "Give a member of your circle a limited, expiring mandate to act as its delegate.",
  args: z.object({
    person: personArg,
    scope: textArg("scope", 300).describe("what the delegate may do, in a sentence"),
    until: momentArg.default("90d"),
    from: momentArg.optional(),
    circle: circleArg.optional(),
  }),
  positional: ["person", "scope"],
  rest: true,
  permission: "circle-member",
  examples: ['mandate grant @ana carry our proposal to the spring assembly until:60d circle:"Green Valley"'],
  async handler(ctx, args) {
    const circle = await memberCircle(ctx, args.circle);
    const who = displayPerson(args.person);
    if (!(await ctx.store.members.isMember(circle.id, args.person))) {
      throw new UserError("mandate.not_member", { person: who, circle: circle.name });
    }
    const startsAt = args.from === undefined ? ctx.now : moment(args.from, circle.timezone, ctx.now, "from");
    const expiresAt = moment(args.until, circle.timezone, startsAt, "until");
    if (expiresAt <= ctx.now)
      throw new UserError("time.past", { when: formatMoment(expiresAt, circle.timezone) });
    if (expiresAt <= startsAt) throw new UserError("mandate.bad_order");
    if (expiresAt.getTime() - startsAt.getTime() > MANDATE_MAX_DAYS * DAY_MS) {
      throw new UserError("args.field", {
        field: "until",
        problem: t("mandate.too_long", { days: MANDATE_MAX_DAYS }),
      });
    }
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
    const text = `Mandate ${describeMandate(mandate, circle.name, circle.timezone)}. The circle can recall it at any time.`;
    await announceToFederation(ctx, auditId, circle.federationId, `New delegate: ${text}`);
    return { text };
  },
});

import { z } from "zod";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { displayPerson } from "../../ids.js";
import { within } from "../../limits.js";
import { circleArg, personArg } from "../args.js";
import { audit, circleSubject } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "circle",
  name: "invite",
  summary: "Invite someone into your circle; they accept with circle join.",
  args: z.object({ person: personArg, circle: circleArg.optional() }),
  positional: ["person"],
  policy: "member",
  subject: (ctx, args) => circleSubject(ctx, args.circle),
  examples: ['circle invite @bob circle:"Green Valley"'],
  async handler(ctx, args) {
    const { circle } = ctx.subject;
    const who = displayPerson(args.person);
    if (await ctx.store.members.isMember(circle.id, args.person)) {
      throw new UserError("circle.person_already_member", { person: who, circle: circle.name });
    }
    within(ctx.limits, "invitationsPerCircle", await ctx.store.counts.invitations(circle.id));
    await ctx.store.members.invite(circle.id, args.person, ctx.actor, ctx.now);
    await audit(ctx, { action: "circle.invite", circleId: circle.id, details: { person: args.person } });
    return { text: t("circle.invited", { person: who, circle: circle.name }) };
  },
});

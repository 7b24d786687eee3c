import { z } from "zod";
import { UserError } from "../../errors.js";
import { inLocale, t } from "../../i18n.js";
import { displayPerson } from "../../ids.js";
import { circleArg, personArg, textArg } from "../args.js";
import { announce, audit, findCircle } from "../lookups.js";
import { decisionNote } from "../proposals.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "spokesperson",
  name: "name",
  summary:
    "Name your circle's spokesperson for one domain (press, legal, a campaign…): a circle decision the person accepts.",
  args: z.object({ domain: textArg(40), person: personArg, circle: circleArg.optional() }),
  positional: ["domain", "person"],
  policy: "circle-decision",
  async subject(ctx, args) {
    return { circle: await findCircle(ctx, args.circle), concerned: args.person };
  },
  examples: ['spokesperson name press @ana circle:"Green Valley"'],
  async handler(ctx, args) {
    const { circle } = ctx.subject;
    if (!(await ctx.store.members.isMember(circle.id, args.person))) {
      throw new UserError("mandate.not_member", { person: displayPerson(args.person), circle: circle.name });
    }
    const domain = args.domain.toLowerCase();
    const [previous] = await ctx.store.spokespersons.list({ circleIds: [circle.id], domain });
    await ctx.store.spokespersons.set(
      { circleId: circle.id, domain, person: args.person },
      ctx.actor,
      ctx.now,
    );
    const auditId = await audit(ctx, {
      action: "spokesperson.name",
      circleId: circle.id,
      details: { domain, person: args.person, previous: previous?.person ?? null },
    });
    const params = {
      person: displayPerson(args.person),
      circle: circle.name,
      domain,
      decision: decisionNote(ctx.decision),
    };
    if (previous && previous.person !== args.person) {
      const say = (): string =>
        t("spokesperson.replaced", { ...params, previous: displayPerson(previous.person) });
      const text = say();
      if (circle.homePlace && circle.homePlace !== ctx.place)
        await announce(ctx, auditId, circle.homePlace, inLocale(say));
      return { text };
    }
    return { text: t("spokesperson.named", params) };
  },
});

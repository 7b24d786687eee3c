import { z } from "zod";
import { UserError } from "../../errors.js";
import { inLocale, t } from "../../i18n.js";
import { displayPerson } from "../../ids.js";
import { blankTerm, holderName, roleLabel, upcomingTerms } from "../../rotations.js";
import { circleArg, federationArg, personArg, textArg } from "../args.js";
import { announce, audit, findCircle } from "../lookups.js";
import { decisionNote } from "../proposals.js";
import { findRotation } from "../scope.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "rotation",
  name: "name",
  summary:
    "For a federation role your circle holds: name the person who carries it (a circle decision the person accepts).",
  args: z.object({
    role: textArg(40),
    person: personArg,
    federation: federationArg,
    domain: textArg(40).optional(),
    circle: circleArg.optional(),
  }),
  positional: ["role", "person"],
  policy: "circle-decision",
  async subject(ctx, args) {
    const circle = await findCircle(ctx, args.circle);
    const { rotation, name } = await findRotation(ctx, { ...args, circle: undefined });
    if (rotation.kind === "members")
      throw new UserError("rotation.not_federation_rotation", { role: roleLabel(rotation) });
    return { circle, rotation, name, concerned: args.person };
  },
  examples: ["rotation name facilitator @ana federation:Jura"],
  async handler(ctx, args) {
    const { circle, rotation, name } = ctx.subject;
    if (!(await ctx.store.members.isMember(circle.id, args.person))) {
      throw new UserError("mandate.not_member", { person: displayPerson(args.person), circle: circle.name });
    }
    const terms = await ctx.store.rotations.terms(rotation.id);
    const current = terms.filter((t) => t.announcedAt).at(-1);
    const [next] = await upcomingTerms(ctx.store, rotation, 1);
    const mine = `circle:${circle.id}`;
    const target = current?.holder === mine ? current : next?.holder === mine ? next : undefined;
    if (!target) {
      throw new UserError("rotation.not_holding_circle", {
        circle: circle.name,
        role: roleLabel(rotation),
        holder: await holderName(ctx.store, current?.holder ?? next?.holder),
      });
    }
    const stored =
      (await ctx.store.rotations.term(rotation.id, target.term)) ??
      blankTerm(rotation, mine, target.startsAt, target.term);
    await ctx.store.rotations.saveTerm({ ...stored, namedPerson: args.person });
    const auditId = await audit(ctx, {
      action: "rotation.name",
      circleId: circle.id,
      federationId: rotation.federationId,
      details: { rotationId: rotation.id, term: target.term, person: args.person },
    });
    const say = (): string =>
      t("rotation.named", {
        circle: circle.name,
        person: displayPerson(args.person),
        role: roleLabel(rotation),
        federation: name,
        term: target.term,
        decision: decisionNote(ctx.decision),
      });
    const text = say();
    const federation = rotation.federationId
      ? await ctx.store.federations.byId(rotation.federationId)
      : undefined;
    if (federation && federation.announcePlace !== ctx.place)
      await announce(ctx, auditId, federation.announcePlace, inLocale(say));
    return { text };
  },
});

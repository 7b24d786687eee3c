import { z } from "zod";
import { UserError } from "../../errors.js";
import { inLocale, t } from "../../i18n.js";
import { displayPerson, type PersonId } from "../../ids.js";
import type { Circle, Mandate } from "../../model.js";
import { requestRoleSync } from "../../role-sync.js";
import { replan } from "../../rotations.js";
import { circleArg, personArg } from "../args.js";
import { announce, announceToFederation, audit, findCircle } from "../lookups.js";
import { decisionNote } from "../proposals.js";
import { type CommandContext, defineCommand } from "../spec.js";

/**
 * Takes a person out of a circle: their membership, the mandates they hold from it (ended with
 * `reason`), their place in its rotations, and the proposals they left open there (withdrawn:
 * nobody outside a circle proposes inside it). Returns the mandates it ended.
 */
export async function endMembership(
  ctx: Pick<CommandContext, "store" | "now" | "decision">,
  circle: Circle,
  person: PersonId,
  reason: "left" | "removed",
): Promise<Mandate[]> {
  await ctx.store.members.remove(circle.id, person);
  const mandates = await ctx.store.mandates.activeOf(circle.id, person);
  const decision = ctx.decision ? `proposal:${ctx.decision.proposalId}` : null;
  for (const mandate of mandates)
    await ctx.store.mandates.end(mandate.id, "ended", ctx.now, reason, decision);
  await requestRoleSync(ctx.store, ctx.now, mandates, "left");
  for (const rotation of await ctx.store.rotations.list({ circleId: circle.id }))
    await replan(ctx.store, rotation);
  for (const proposal of await ctx.store.proposals.list({ circleIds: [circle.id], openOnly: true })) {
    if (proposal.proposedBy === person)
      await ctx.store.proposals.update(proposal.id, {
        status: "withdrawn",
        closedAt: ctx.now,
        remindAt: null,
      });
  }
  return mandates;
}

export default defineCommand({
  group: "circle",
  name: "remove",
  summary: "Remove a member from your circle, by the circle's decision (the member does not decide it).",
  args: z.object({ person: personArg, circle: circleArg.optional() }),
  positional: ["person"],
  policy: "circle-decision",
  async subject(ctx, args) {
    const circle = await findCircle(ctx, args.circle);
    return { circle, excluded: args.person };
  },
  examples: ['circle remove @mallory circle:"Green Valley" reason:"took over our room"'],
  async handler(ctx, args) {
    const { circle } = ctx.subject;
    const who = displayPerson(args.person);
    if (args.person === ctx.actor) throw new UserError("circle.remove_self");
    if (!(await ctx.store.members.isMember(circle.id, args.person))) {
      throw new UserError("circle.not_a_member", { person: who, circle: circle.name });
    }
    const mandates = await endMembership(ctx, circle, args.person, "removed");
    const auditId = await audit(ctx, {
      action: "circle.remove",
      circleId: circle.id,
      federationId: circle.federationId,
      details: { person: args.person, endedMandates: mandates.map((m) => m.id) },
    });
    const say = () =>
      [
        t("circle.removed", { person: who, circle: circle.name, decision: decisionNote(ctx.decision) }),
        ...(mandates.length
          ? [t("circle.removed_mandates", { ids: mandates.map((m) => `#${m.id}`).join(", ") })]
          : []),
      ].join("\n");
    const text = say();
    if (circle.homePlace && circle.homePlace !== ctx.place)
      await announce(ctx, auditId, circle.homePlace, inLocale(say));
    if (mandates.length) await announceToFederation(ctx, auditId, circle.federationId, inLocale(say));
    return { text };
  },
});

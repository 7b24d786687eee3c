import { z } from "zod";
import { UserError } from "../../errors.js";
import { circleArg, federationArg, textArg } from "../args.js";
import { findCircle, findFederation } from "../lookups.js";
import type { Gate } from "../policy.js";
import { openProposal } from "../proposals.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "propose",
  name: "",
  summary:
    "Put a proposal to your circle (or, with federation:, to the federation's circles), with a reason; it is decided by the circle's rule.",
  args: z.object({
    text: textArg(500),
    reason: textArg(500).optional(),
    circle: circleArg.optional(),
    federation: federationArg.optional(),
  }),
  positional: ["text"],
  rest: true,
  policy: { circle: "member", federation: "federation-member" },
  async subject(ctx, args) {
    if (args.federation !== undefined) return { federation: await findFederation(ctx, args.federation) };
    return { circle: await findCircle(ctx, args.circle) };
  },
  examples: ['propose we buy a shared cargo bike reason:"three circles need one each week"'],
  async handler(ctx, args) {
    const { circle, federation } = ctx.subject;
    let gate: Exclude<Gate, { kind: "run" }>;
    if (federation) {
      const mine = await ctx.store.members.circlesOf(ctx.actor, federation.id);
      const own = mine.find(
        (c) => args.circle === undefined || c.name.toLowerCase() === args.circle.toLowerCase(),
      );
      if (!own) throw new UserError("policy.member", { circle: args.circle ?? federation.name });
      gate = { kind: "federation", federation, circle: own };
    } else {
      if (!circle) throw new Error("propose needs a circle or a federation");
      gate = { kind: "circle", circle };
    }
    const { proposal, text } = await openProposal(ctx, gate, {
      title: args.text,
      command: null,
      reason: args.reason ?? "",
    });
    await ctx.store.audit.record({
      at: ctx.now,
      actor: ctx.actor,
      action: "proposal.open",
      circleId: proposal.circleId,
      federationId: proposal.federationId,
      details: { proposalId: proposal.id, rule: proposal.rule },
    });
    return { text };
  },
});

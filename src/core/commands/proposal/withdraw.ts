import { z } from "zod";
import { UserError } from "../../errors.js";
import { inLocale, t } from "../../i18n.js";
import { displayPerson } from "../../ids.js";
import { idArg } from "../args.js";
import { announce, audit } from "../lookups.js";
import { defineCommand } from "../spec.js";
import { proposalSubject, requireOpen } from "./shared.js";

export default defineCommand({
  group: "proposal",
  name: "withdraw",
  summary: "Withdraw a proposal you made, before it closes.",
  args: z.object({ id: idArg }),
  positional: ["id"],
  policy: "person-concerned",
  async subject(ctx, args) {
    const found = await proposalSubject(ctx, args.id);
    const { proposal } = found;
    return {
      ...found,
      people: [proposal.proposedBy],
      refusal: new UserError("proposal.not_opener", {
        person: displayPerson(proposal.proposedBy),
        id: proposal.id,
      }),
    };
  },
  examples: ["proposal withdraw 1"],
  async handler(ctx) {
    const { proposal, scope } = ctx.subject;
    requireOpen(proposal);
    await ctx.store.proposals.update(proposal.id, { status: "withdrawn", closedAt: ctx.now, remindAt: null });
    const auditId = await audit(ctx, {
      action: "proposal.withdrawn",
      circleId: proposal.circleId,
      federationId: proposal.federationId,
      details: { proposalId: proposal.id },
    });
    const say = (): string =>
      t("proposal.withdrawn", {
        id: proposal.id,
        person: displayPerson(ctx.actor),
        title: proposal.title,
      });
    const text = say();
    if (scope.home && scope.home !== ctx.place) await announce(ctx, auditId, scope.home, inLocale(say));
    return { text };
  },
});

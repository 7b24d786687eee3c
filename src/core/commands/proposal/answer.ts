import { z } from "zod";
import type { Answer } from "../../decisions.js";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { displayPerson } from "../../ids.js";
import type { Circle } from "../../model.js";
import { circleArg, idArg, textArg } from "../args.js";
import { answerProposal, circleVoice, decisionNote, openProposal } from "../proposals.js";
import { type CommandContext, defineCommand } from "../spec.js";
import { proposalSubject, requireOpen } from "./shared.js";

type Subject = Awaited<ReturnType<typeof proposalSubject>>;

/**
 * `proposal agree|abstain|object|block <id>`. In a circle's proposal a member answers for
 * themselves. In a federation's, each circle has one voice: a delegate of the circle answers
 * for it under their mandate, and any other member asks their circle to decide the answer
 * (a circle proposal which, once passed, gives it).
 */
export function answerCommand(answer: Answer, summary: string, example: string) {
  const needsReason = answer === "object" || answer === "block";
  return defineCommand({
    group: "proposal",
    name: answer,
    summary,
    args: z.object({
      id: idArg,
      reason: needsReason ? textArg(500) : textArg(500).optional(),
      circle: circleArg.optional(),
    }),
    positional: ["id", "reason"],
    rest: true,
    policy: { circle: "member", federation: "federation-member" },
    subject: (ctx, args) => proposalSubject(ctx, args.id),
    examples: [example],
    async handler(ctx, args) {
      const { proposal } = ctx.subject;
      requireOpen(proposal);
      const reason = args.reason?.trim() ?? "";
      if (needsReason && !reason) throw new UserError("proposal.reason_needed");
      if (proposal.federationId === null) {
        const recorded = await answerProposal(ctx, proposal.id, ctx.actor, { answer, reason, by: ctx.actor });
        if (!recorded) {
          throw new UserError("proposal.no_voice", { id: proposal.id, circle: ctx.subject.scope.name });
        }
        return { text: t("proposal.answered", { id: proposal.id, answer }) };
      }
      return answerForCircle(ctx, answer, reason, args.circle);
    },
  });
}

async function answerForCircle(
  ctx: CommandContext<Subject>,
  answer: Answer,
  reason: string,
  circleName: string | undefined,
) {
  const { proposal, scope } = ctx.subject;
  const circle = await speakingCircle(ctx, circleName);
  const voices = await ctx.store.proposals.voices(proposal.id);
  if (!voices.some((v) => v.voice === circleVoice(circle.id))) {
    throw new UserError("proposal.not_delegate_circle", { circle: circle.name, id: proposal.id });
  }
  const decided = ctx.decision?.level === "circle" && ctx.decision.scopeId === circle.id;
  const [mandate] = decided ? [] : await ctx.store.mandates.activeOf(circle.id, ctx.actor);
  if (!decided && !mandate) {
    // Not a delegate: the circle decides its answer.
    const opened = await openProposal(
      ctx,
      { kind: "circle", circle },
      {
        title: t("proposal.answer_title", {
          answer,
          id: proposal.id,
          federation: scope.name,
          title: proposal.title,
        }),
        command: {
          group: "proposal",
          name: answer,
          raw: { id: String(proposal.id), circle: circle.name, ...(reason ? { reason } : {}) },
        },
        reason,
      },
    );
    return { text: opened.text };
  }
  const by = decided ? `proposal:${ctx.decision?.proposalId}` : ctx.actor;
  await answerProposal(ctx, proposal.id, circleVoice(circle.id), { answer, reason, by });
  return {
    text: decided
      ? `${t("proposal.answered_by_decision", { circle: circle.name, id: proposal.id, answer })} (${decisionNote(ctx.decision)})`
      : t("proposal.answered_for", {
          circle: circle.name,
          id: proposal.id,
          answer,
          person: displayPerson(ctx.actor),
          mandate: mandate?.id ?? 0,
        }),
  };
}

/** The actor's circle in the proposal's federation: the one named, or their only one there. */
async function speakingCircle(ctx: CommandContext<Subject>, name: string | undefined): Promise<Circle> {
  const federation = ctx.subject.federation;
  const mine = federation ? await ctx.store.members.circlesOf(ctx.actor, federation.id) : [];
  if (name !== undefined) {
    const named = mine.find((c) => c.name.toLowerCase() === name.toLowerCase());
    if (!named) throw new UserError("policy.member", { circle: name });
    return named;
  }
  const [only] = mine;
  if (!only) throw new UserError("policy.federation_member", { federation: federation?.name ?? "?" });
  if (mine.length > 1) {
    throw new UserError("proposal.which_circle", {
      federation: federation?.name ?? "?",
      circles: mine.map((c) => `“${c.name}”`).join(", "),
    });
  }
  return only;
}

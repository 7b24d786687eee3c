import { z } from "zod";
import { countAnswers } from "../../decisions.js";
import { t } from "../../i18n.js";
import { displayPerson } from "../../ids.js";
import { formatMoment } from "../../time.js";
import { idArg } from "../args.js";
import { defineCommand } from "../spec.js";
import { proposalSubject } from "./shared.js";

export default defineCommand({
  group: "proposal",
  name: "show",
  summary: "A proposal: what it would do, why, and every answer so far (answers are open, not secret).",
  args: z.object({ id: idArg }),
  positional: ["id"],
  policy: "anyone",
  examples: ["proposal show 1"],
  async handler(ctx, args) {
    const { proposal, scope } = await proposalSubject(ctx, args.id);
    const voices = await ctx.store.proposals.voices(proposal.id);
    const names = new Map<string, string>();
    for (const v of voices) {
      if (!v.voice.startsWith("circle:")) names.set(v.voice, displayPerson(v.voice));
      else names.set(v.voice, `“${(await ctx.store.circles.byId(Number(v.voice.slice(7))))?.name ?? "?"}”`);
    }
    const answers = voices
      .filter((v) => v.answer !== null)
      .map((v) =>
        t("proposal.answer_row", {
          voice: names.get(v.voice) ?? v.voice,
          answer: v.answer ?? "",
          reason: v.reason || "none",
        }),
      );
    const closes = formatMoment(proposal.closesAt, scope.zone);
    const state =
      proposal.status !== "open"
        ? proposal.status
        : t(proposal.stage === "vote" ? "proposal.state_vote" : "proposal.state_open", { closes });
    return {
      text: t("proposal.show", {
        id: proposal.id,
        scope: scope.name,
        proposer: displayPerson(proposal.proposedBy),
        state,
        title: proposal.title,
        reason: proposal.reason || "none",
        tally: t("proposal.tally", { ...countAnswers(voices) }),
        answers: answers.length ? answers.join("\n") : "none",
      }),
    };
  },
});

import { z } from "zod";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { countPoll, describeCounts } from "../../polls.js";
import { describeTurnout } from "../../tally.js";
import { formatMoment } from "../../time.js";
import { idArg } from "../args.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "poll",
  name: "show",
  summary:
    "A poll's question, options and current counts (a secret ballot shows its totals only once closed).",
  args: z.object({ id: idArg }),
  positional: ["id"],
  policy: "anyone",
  examples: ["poll show 1"],
  async handler(ctx, args) {
    const poll = await ctx.store.polls.byId(args.id);
    if (!poll) throw new UserError("poll.not_found", { id: args.id });
    const circle = await ctx.store.circles.byId(poll.circleId);
    const state = poll.closedAt
      ? t("poll.state_closed", { when: formatMoment(poll.closedAt, circle?.timezone ?? "UTC") })
      : t("poll.state_open", { when: formatMoment(poll.closesAt, circle?.timezone ?? "UTC") });
    const title = t("poll.show_title", {
      id: poll.id,
      circle: circle?.name ?? "?",
      recall: poll.kind === "recall" ? "yes" : "no",
      state,
      question: poll.question,
    });
    if (poll.secret && !poll.closedAt) {
      // Nothing that moves while the ballot is open: a count that changes names whoever just voted.
      const voters = (await ctx.store.polls.ballots(poll.id)).eligible.length;
      const options = poll.options.map((o, i) => `${i + 1}. ${o}`).join(" · ");
      return { text: [title, options, t("poll.secret_running", { voters })].join("\n") };
    }
    const { result, votersByOption } = await countPoll(ctx.store, poll);
    return {
      text: [
        title,
        describeCounts(poll, result, votersByOption),
        t("poll.show_turnout", {
          turnout: describeTurnout(result, poll.quorum),
          threshold: Math.round(poll.threshold * 100),
        }),
      ].join("\n"),
    };
  },
});

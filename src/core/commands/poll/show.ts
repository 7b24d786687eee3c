import { z } from "zod";
import { UserError } from "../../errors.js";
import { countPoll, describeCounts } from "../../polls.js";
import { describeTurnout } from "../../tally.js";
import { formatMoment } from "../../time.js";
import { idArg } from "../args.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "poll",
  name: "show",
  summary: "A poll's question, options and current counts (secret ballots show counts only).",
  args: z.object({ id: idArg.describe("poll number") }),
  positional: ["id"],
  permission: "anyone",
  examples: ["poll show 1"],
  async handler(ctx, args) {
    const poll = await ctx.store.polls.byId(args.id);
    if (!poll) throw new UserError("poll.not_found", { id: args.id });
    const circle = await ctx.store.circles.byId(poll.circleId);
    const { result, votersByOption } = await countPoll(ctx.store, poll);
    const state = poll.closedAt
      ? `closed ${formatMoment(poll.closedAt, circle?.timezone ?? "UTC")}`
      : `open until ${formatMoment(poll.closesAt, circle?.timezone ?? "UTC")}`;
    return {
      text: [
        `Poll #${poll.id} of “${circle?.name ?? "?"}” (${poll.kind === "recall" ? "recall, " : ""}${state}): ${poll.question}`,
        describeCounts(poll, result, votersByOption),
        `${describeTurnout(result, poll.quorum)}; an option needs more than ${Math.round(poll.threshold * 100)} % of votes.`,
      ].join("\n"),
    };
  },
});

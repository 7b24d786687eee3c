import { z } from "zod";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { idArg, textArg } from "../args.js";
import { audit } from "../lookups.js";
import { defineCommand } from "../spec.js";
import { choiceIndex, pollSubject } from "./vote.js";

export default defineCommand({
  group: "poll",
  name: "unvote",
  summary: "Withdraw your vote from a poll that is still open.",
  args: z.object({
    id: idArg,
    choice: textArg(100).optional(),
  }),
  positional: ["id", "choice"],
  rest: true,
  policy: "member",
  subject: (ctx, args) => pollSubject(ctx, args.id),
  examples: ["poll unvote 1"],
  async handler(ctx, args) {
    const { poll } = ctx.subject;
    if (poll.closedAt || poll.closesAt <= ctx.now) throw new UserError("poll.closed", { id: poll.id });
    if (poll.secret && !ctx.private) throw new UserError("poll.secret_in_public", { id: poll.id });
    const only = args.choice === undefined ? undefined : choiceIndex(poll, args.choice);
    if (!(await ctx.store.polls.withdraw(poll.id, ctx.actor, only))) {
      throw new UserError("poll.no_vote", {
        id: poll.id,
        choice: only === undefined ? "" : ` for “${poll.options[only]}”`,
      });
    }
    await audit(ctx, {
      action: "poll.unvote",
      circleId: poll.circleId,
      details: { pollId: poll.id, ...(poll.secret ? { secret: true } : {}) },
    });
    return {
      text: t("poll.unvoted", { id: poll.id }),
      ...(poll.secret ? { private: true } : {}),
    };
  },
});

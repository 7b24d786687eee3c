import { z } from "zod";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { displayPerson } from "../../ids.js";
import { closePoll } from "../../polls.js";
import { idArg } from "../args.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "poll",
  name: "close",
  summary: "Close your poll early and announce the result (recall polls always run to their end).",
  args: z.object({ id: idArg }),
  positional: ["id"],
  policy: "person-concerned",
  async subject(ctx, args) {
    const poll = await ctx.store.polls.byId(args.id);
    if (!poll) throw new UserError("poll.not_found", { id: args.id });
    return {
      poll,
      people: poll.kind === "recall" ? [] : [poll.openedBy],
      refusal: new UserError("poll.not_opener", { person: displayPerson(poll.openedBy), id: poll.id }),
    };
  },
  examples: ["poll close 1"],
  async handler(ctx) {
    const { poll } = ctx.subject;
    if (poll.closedAt) throw new UserError("poll.closed", { id: poll.id });
    await closePoll(ctx.store, poll, ctx.now);
    return { text: t("poll.closed_now", { id: poll.id }) };
  },
});

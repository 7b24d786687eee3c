import { z } from "zod";
import { UserError } from "../../errors.js";
import { displayPerson } from "../../ids.js";
import { closePoll } from "../../polls.js";
import { idArg } from "../args.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "poll",
  name: "close",
  summary: "Close your poll early and announce the result (recall polls always run to their end).",
  args: z.object({ id: idArg.describe("poll number") }),
  positional: ["id"],
  permission: "anyone",
  examples: ["poll close 1"],
  async handler(ctx, args) {
    const poll = await ctx.store.polls.byId(args.id);
    if (!poll) throw new UserError("poll.not_found", { id: args.id });
    if (poll.closedAt) throw new UserError("poll.closed", { id: poll.id });
    if (poll.kind === "recall" || poll.openedBy !== ctx.actor) {
      throw new UserError("poll.not_opener", { person: displayPerson(poll.openedBy), id: poll.id });
    }
    await closePoll(ctx.store, poll, ctx.now);
    return { text: `Poll #${poll.id} is closed; the result is being announced.` };
  },
});

import { z } from "zod";
import { UserError } from "../../errors.js";
import { displayPerson } from "../../ids.js";
import { formatMoment } from "../../time.js";
import { idArg, momentArg, personArg } from "../args.js";
import { announceToFederation, audit, memberCircle } from "../lookups.js";
import { openPoll, publishPoll } from "../poll/publish.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "recall",
  name: "",
  summary: "Start a recall poll of a delegate's circle; if it passes, the mandate ends at once.",
  args: z.object({
    person: personArg.describe("the delegate"),
    mandate: idArg.optional().describe("which mandate, when they hold several"),
    closes: momentArg.default("3d"),
  }),
  positional: ["person"],
  permission: "circle-member",
  examples: ["recall @bob", "recall @bob mandate:1 closes:2d"],
  async handler(ctx, args) {
    const who = displayPerson(args.person);
    const active = (await ctx.store.mandates.list({})).filter(
      (m) => m.delegate === args.person && (args.mandate === undefined || m.id === args.mandate),
    );
    if (active.length === 0) {
      throw new UserError("recall.no_mandate", {
        person: who,
        where: args.mandate ? ` #${args.mandate}` : "",
      });
    }
    const [mandate] = active;
    if (active.length > 1 || !mandate) {
      throw new UserError("recall.which", {
        person: who,
        list: active.map((m) => `#${m.id} (${m.scope})`).join(", "),
      });
    }
    const owner = await ctx.store.circles.byId(mandate.circleId);
    const circle = await memberCircle(ctx, owner?.name);
    const open = await ctx.store.polls.openRecall(mandate.id);
    if (open) throw new UserError("recall.open", { mandate: mandate.id, poll: open.id });
    const { poll } = await openPoll(
      ctx,
      circle,
      {
        kind: "recall",
        question: `Recall ${who} from mandate #${mandate.id} (${mandate.scope})?`,
        options: ["Recall", "Keep"],
        quorum: circle.recallQuorum,
        threshold: circle.recallThreshold,
        secret: false,
        place: circle.homePlace ?? ctx.place,
        mandateId: mandate.id,
      },
      args.closes,
    );
    const auditId = await audit(ctx, {
      action: "recall.start",
      circleId: circle.id,
      federationId: circle.federationId,
      details: { pollId: poll.id, mandateId: mandate.id },
    });
    await publishPoll(
      ctx,
      poll,
      `Recall poll #${poll.id}: should “${circle.name}” recall ${who} from mandate #${mandate.id} (${mandate.scope})? Say recall or keep.`,
      circle.timezone,
    );
    await announceToFederation(
      ctx,
      auditId,
      circle.federationId,
      `“${circle.name}” is voting on recalling its delegate ${who} (mandate #${mandate.id}) until ${formatMoment(poll.closesAt, circle.timezone)}.`,
    );
    return {
      text: `Recall poll #${poll.id} on ${who} is open until ${formatMoment(poll.closesAt, circle.timezone)}: it passes with a quorum of ${Math.round(circle.recallQuorum * 100)} % and more than ${Math.round(circle.recallThreshold * 100)} % for recall.`,
    };
  },
});

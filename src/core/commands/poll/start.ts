import { z } from "zod";
import { UserError } from "../../errors.js";
import { inLocale, t } from "../../i18n.js";
import { within } from "../../limits.js";
import { formatMoment } from "../../time.js";
import { circleArg, momentArg, shareArg, textArg } from "../args.js";
import { announce, audit, circleSubject } from "../lookups.js";
import { defineCommand } from "../spec.js";
import { openPoll, publishPoll } from "./publish.js";

const MAX_OPTIONS = 20;

export default defineCommand({
  group: "poll",
  name: "start",
  summary: "Ask your circle a question; its members at this moment may vote until it closes.",
  args: z.object({
    question: textArg(300),
    options: z.string().default("yes|no"),
    closes: momentArg.default("3d"),
    quorum: shareArg.default(0.5),
    threshold: shareArg.default(0.5),
    secret: z.stringbool().default(false),
    circle: circleArg.optional(),
  }),
  positional: ["question"],
  rest: true,
  policy: "member",
  subject: (ctx, args) => circleSubject(ctx, args.circle),
  examples: [
    'poll start Shall we join the climate strike? options:"yes|no|later" closes:2d circle:"Green Valley"',
  ],
  async handler(ctx, args) {
    const { circle } = ctx.subject;
    within(ctx.limits, "openPollsPerCircle", await ctx.store.counts.openPolls(circle.id));
    const options = args.options
      .split("|")
      .map((o) => o.trim())
      .filter(Boolean);
    if (
      options.length < 2 ||
      options.length > MAX_OPTIONS ||
      options.some((o) => o.length > 100) ||
      new Set(options.map((o) => o.toLowerCase())).size !== options.length
    ) {
      throw new UserError("args.field", {
        field: "options",
        problem: `give 2 to ${MAX_OPTIONS} different options of at most 100 characters, separated by |`,
      });
    }
    const { poll, voters } = await openPoll(
      ctx,
      circle,
      {
        kind: "general",
        question: args.question,
        options,
        quorum: args.quorum,
        threshold: args.threshold,
        secret: args.secret,
        place: ctx.place,
        mandateId: null,
      },
      args.closes,
    );
    const auditId = await audit(ctx, {
      action: "poll.start",
      circleId: circle.id,
      details: { pollId: poll.id, question: args.question, options },
    });
    await publishPoll(
      ctx,
      poll,
      () => t("poll.published_title", { id: poll.id, circle: circle.name, question: args.question }),
      circle.timezone,
    );
    if (circle.homePlace && circle.homePlace !== ctx.place) {
      const text = inLocale(() =>
        t("poll.new_notice", { circle: circle.name, id: poll.id, question: args.question }),
      );
      await announce(ctx, auditId, circle.homePlace, text);
    }
    return {
      text: t("poll.opened", {
        id: poll.id,
        until: formatMoment(poll.closesAt, circle.timezone),
        voters: voters.length,
      }),
    };
  },
});

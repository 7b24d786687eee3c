import { z } from "zod";
import { t } from "../../i18n.js";
import { pollOutcome } from "../../outcomes.js";
import { formatMoment } from "../../time.js";
import { circleArg, federationArg } from "../args.js";
import { findCircle, findFederation } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "poll",
  name: "list",
  summary: "Open polls of a circle or of a federation's circles.",
  args: z.object({
    circle: circleArg.optional(),
    federation: federationArg.optional(),
    all: z.stringbool().default(false),
  }),
  positional: ["circle"],
  rest: true,
  policy: "anyone",
  examples: ["poll list Green Valley", "poll list federation:Jura all:yes"],
  async handler(ctx, args) {
    const circles = args.federation
      ? await ctx.store.circles.list({ federationId: (await findFederation(ctx, args.federation)).id })
      : [await findCircle(ctx, args.circle)];
    const names = new Map(circles.map((c) => [c.id, c]));
    const polls = await ctx.store.polls.list({ circleIds: circles.map((c) => c.id), openOnly: !args.all });
    if (polls.length === 0) return { text: t(args.all ? "poll.none_yet" : "poll.none_open") };
    const rows = polls.map((p) => {
      const circle = names.get(p.circleId);
      const when = p.closedAt
        ? pollOutcome(p)
        : t("poll.until", { when: formatMoment(p.closesAt, circle?.timezone ?? "UTC") });
      return `- #${p.id} “${circle?.name ?? "?"}”: ${p.question} (${when})`;
    });
    return { text: [t("poll.list_title", { count: polls.length }), ...rows].join("\n") };
  },
});

import { z } from "zod";
import { t } from "../../i18n.js";
import { proposalOutcome } from "../../outcomes.js";
import { formatMoment } from "../../time.js";
import { circleArg, federationArg } from "../args.js";
import { findCircle, findFederation } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "proposal",
  name: "list",
  summary: "Open proposals of a circle, or of a federation and its circles.",
  args: z.object({
    circle: circleArg.optional(),
    federation: federationArg.optional(),
    all: z.stringbool().default(false),
  }),
  positional: ["circle"],
  rest: true,
  policy: "anyone",
  examples: ["proposal list Green Valley", "proposal list federation:Jura all:yes"],
  async handler(ctx, args) {
    const federation = args.federation ? await findFederation(ctx, args.federation) : undefined;
    const circles = federation
      ? await ctx.store.circles.list({ federationId: federation.id })
      : [await findCircle(ctx, args.circle)];
    const proposals = await ctx.store.proposals.list({
      circleIds: circles.map((c) => c.id),
      ...(federation ? { federationId: federation.id } : {}),
      openOnly: !args.all,
    });
    if (proposals.length === 0) return { text: t(args.all ? "proposal.none_all" : "proposal.none") };
    const byId = new Map(circles.map((c) => [c.id, c]));
    const rows = proposals.map((p) => {
      const circle = p.circleId === null ? undefined : byId.get(p.circleId);
      const zone = circle?.timezone ?? federation?.timezone ?? "UTC";
      const closes = formatMoment(p.closesAt, zone);
      const state =
        p.status !== "open"
          ? proposalOutcome(p)
          : t(p.stage === "vote" ? "proposal.state_vote" : "proposal.state_open", { closes });
      return t("proposal.list_row", {
        id: p.id,
        scope: circle?.name ?? federation?.name ?? "?",
        title: p.title,
        state,
      });
    });
    return { text: [t("proposal.list_title", { count: proposals.length }), ...rows].join("\n") };
  },
});

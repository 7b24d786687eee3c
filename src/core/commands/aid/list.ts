import { z } from "zod";
import { byUrgencyThenAge } from "../../aid.js";
import { requestProgress } from "../../aid-delivery.js";
import { circleNames, requestLine } from "../../aid-text.js";
import { t } from "../../i18n.js";
import { federationArg } from "../args.js";
import { findFederation } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "aid",
  name: "list",
  summary: "Open aid requests, most urgent and oldest first (all:yes includes ended ones).",
  args: z.object({
    federation: federationArg.optional(),
    all: z.stringbool().default(false),
  }),
  positional: ["federation"],
  policy: "anyone",
  examples: ["aid list Jura"],
  async handler(ctx, args) {
    const federation = args.federation === undefined ? undefined : await findFederation(ctx, args.federation);
    const requests = (
      await ctx.store.aid.requests({ federationId: federation?.id, activeOnly: !args.all })
    ).sort(byUrgencyThenAge);
    if (requests.length === 0) return { text: t(args.all ? "aid.none_yet" : "aid.none_open") };
    const names = await circleNames(
      ctx.store,
      requests.map((r) => r.circleId),
    );
    const zone = federation?.timezone ?? "UTC";
    const lines: string[] = [];
    for (const r of requests) {
      const deliveries = await ctx.store.aid.deliveries({ requestId: r.id });
      const progress = deliveries.length > 0 ? requestProgress(r, deliveries) : "";
      lines.push(requestLine(r, names.get(r.circleId) ?? "?", zone, progress));
    }
    return { text: lines.join("\n") };
  },
});

import { z } from "zod";
import { UserError } from "../../errors.js";
import { formatMoment } from "../../time.js";
import { federationArg } from "../args.js";
import { audit, findFederation } from "../lookups.js";
import { requireFederationMember } from "../scope.js";
import { defineCommand } from "../spec.js";

const DAY_MS = 86_400_000;

export default defineCommand({
  group: "aid",
  name: "digest",
  summary: "Show, or change with every:<days>, how often the federation's mutual-aid digest comes.",
  args: z.object({
    federation: federationArg,
    every: z.string().max(10).optional().describe("days between digests, 1 to 90 (e.g. 7d or 14)"),
  }),
  positional: ["federation"],
  permission: "anyone",
  examples: ["aid digest Jura every:14d"],
  async handler(ctx, args) {
    const federation = await findFederation(ctx, args.federation);
    if (args.every === undefined) {
      const digest = await ctx.store.aid.digestOf(federation.id);
      if (!digest) throw new UserError("federation.not_found", { name: args.federation });
      return {
        text: `“${federation.name}” gets a mutual-aid digest every ${digest.everyDays} days; the next one ${formatMoment(digest.nextAt, federation.timezone)}.`,
      };
    }
    await requireFederationMember(ctx, federation);
    const match = /^(\d{1,2})\s*d?$/i.exec(args.every.trim());
    const days = Number(match?.[1]);
    if (!match || days < 1 || days > 90) {
      throw new UserError("args.field", {
        field: "every",
        problem: "a number of days from 1 to 90, such as 7d",
      });
    }
    const nextAt = new Date(ctx.now.getTime() + days * DAY_MS);
    await ctx.store.aid.setDigestRhythm(federation.id, days, nextAt);
    await audit(ctx, { action: "aid.digest", federationId: federation.id, details: { everyDays: days } });
    return {
      text: `“${federation.name}” now gets a mutual-aid digest every ${days} days; the next one ${formatMoment(nextAt, federation.timezone)}.`,
    };
  },
});

import { z } from "zod";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { formatMoment } from "../../time.js";
import { federationArg } from "../args.js";
import { findFederation } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "aid",
  name: "digest",
  summary:
    "Show how often the federation's mutual-aid digest comes (the federation changes it with /federation set digest:…).",
  args: z.object({ federation: federationArg }),
  positional: ["federation"],
  rest: true,
  policy: "anyone",
  examples: ["aid digest Jura"],
  async handler(ctx, args) {
    const federation = await findFederation(ctx, args.federation);
    const digest = await ctx.store.aid.digestOf(federation.id);
    if (!digest) throw new UserError("federation.not_found", { name: args.federation });
    return {
      text: t("aid.digest_rhythm", {
        federation: federation.name,
        days: digest.everyDays,
        next: formatMoment(digest.nextAt, federation.timezone),
      }),
    };
  },
});

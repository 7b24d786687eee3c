import { z } from "zod";
import { t } from "../../i18n.js";
import { formatMoment } from "../../time.js";
import { federationArg } from "../args.js";
import { pageLink } from "../export.js";
import { quotedName } from "../history.js";
import { federationSubject } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "federation",
  name: "page",
  summary:
    "The link to a federation's web page: public, or signed for you as a member (it expires), as the federation decided.",
  args: z.object({ federation: federationArg }),
  positional: ["federation"],
  rest: true,
  policy: "federation-member",
  subject: (ctx, args) => federationSubject(ctx, args.federation),
  examples: ["federation page Jura"],
  async handler(ctx) {
    const { federation } = ctx.subject;
    const link = await pageLink(ctx, federation);
    if (!link)
      return {
        text: t("record.page_off", { federation: federation.name, quoted: quotedName(federation.name) }),
        private: true,
      };
    return {
      text: t("record.page_link", {
        federation: federation.name,
        visibility: link.visibility,
        url: link.url,
        until: link.until ? formatMoment(link.until, federation.timezone) : "",
      }),
      private: true,
    };
  },
});

import { z } from "zod";
import { t } from "../../i18n.js";
import { formatMoney, formatRate, unitOfCode } from "../../money.js";
import { federationArg } from "../args.js";
import { federationSubject } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "fund",
  name: "list",
  summary: "List a federation's common funds with what each holds, and its solidarity levies.",
  args: z.object({ federation: federationArg }),
  positional: ["federation"],
  rest: true,
  policy: "federation-member",
  subject: (ctx, input) => federationSubject(ctx, input.federation),
  examples: ["fund list Jura"],
  async handler(ctx) {
    const { federation } = ctx.subject;
    const funds = await ctx.store.funds.list(federation.id);
    const accounts = await ctx.store.ledger.accounts({ federationId: federation.id });
    const lines = [t("fund.federation_title", { federation: federation.name, count: funds.length })];
    const names = new Map(funds.map((f) => [f.id, f.name]));
    for (const fund of funds) {
      const balance = accounts.find((a) => a.key.kind === "fund" && a.key.fundId === fund.id)?.balance ?? 0n;
      lines.push(
        t("fund.list_row", { fund: fund.name, balance: formatMoney(balance, unitOfCode(fund.unit)) }),
      );
    }
    for (const rule of await ctx.store.funds.levies(federation.id)) {
      lines.push(
        t("fund.levy_row", {
          rule: rule.id,
          rate: formatRate(rule.rateBp),
          threshold: formatMoney(rule.threshold, unitOfCode(rule.unit)),
          fund: names.get(rule.fundId) ?? "?",
        }),
      );
    }
    return { text: lines.join("\n") };
  },
});

import { z } from "zod";
import { t } from "../../i18n.js";
import { formatMoney, formatRate, unitOfCode } from "../../money.js";
import { entryRows, hiddenMemos } from "../../treasury-text.js";
import { federationArg, nameArg } from "../args.js";
import { findFund } from "../ledger/shared.js";
import { findFederation } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "fund",
  name: "show",
  summary:
    "Show a common fund: what it holds, the levy that feeds it, and every movement (open to the federation).",
  args: z.object({
    fund: nameArg(),
    federation: federationArg,
    entries: z.coerce.number().int().min(1).max(50).default(20),
  }),
  positional: ["fund"],
  rest: true,
  policy: "federation-member",
  async subject(ctx, input) {
    const federation = await findFederation(ctx, input.federation);
    return { federation, fund: await findFund(ctx, federation, input.fund) };
  },
  examples: ["fund show Strike support federation:Jura"],
  async handler(ctx, input) {
    const { federation, fund } = ctx.subject;
    const unit = unitOfCode(fund.unit);
    const [held] = await ctx.store.ledger.peek([
      { kind: "fund", fundId: fund.id, federationId: federation.id, unit: fund.unit },
    ]);
    const lines = [
      t("fund.show", {
        fund: fund.name,
        federation: federation.name,
        balance: formatMoney(held?.balance ?? 0n, unit),
        purpose: fund.purpose || "none",
      }),
    ];
    for (const rule of await ctx.store.funds.levies(federation.id)) {
      if (rule.fundId !== fund.id) continue;
      lines.push(
        t("fund.levy_rule", {
          rule: rule.id,
          rate: formatRate(rule.rateBp),
          threshold: formatMoney(rule.threshold, unit),
        }),
      );
    }
    const movements = await ctx.store.ledger.lines({ fundId: fund.id }, { limit: input.entries });
    const rows = await entryRows(ctx.store, { fundId: fund.id }, movements, {
      zone: federation.timezone,
      hidden: await hiddenMemos(
        ctx.store,
        ctx.actor,
        movements.map((l) => l.entryCircleId),
      ),
    });
    lines.push(rows.length > 0 ? t("fund.history") : t("fund.no_history"), ...rows);
    return { text: lines.join("\n") };
  },
});

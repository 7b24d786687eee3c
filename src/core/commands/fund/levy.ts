import { z } from "zod";
import { UserError } from "../../errors.js";
import { inLocale, t } from "../../i18n.js";
import type { Federation } from "../../model.js";
import { formatMoney, formatRate, parseMinor, parseRate, type Unit } from "../../money.js";
import type { Store } from "../../ports.js";
import type { LevyRuleRecord } from "../../treasury-ports.js";
import { federationArg, nameArg } from "../args.js";
import { amountArg, authority, findFund, readUnit } from "../ledger/shared.js";
import { announce, audit, findFederation } from "../lookups.js";
import { defineCommand } from "../spec.js";

/** The rule in force for the fund's unit; ending a levy needs one to end. */
async function previousRule(
  store: Store,
  subject: { federation: Federation; unit: Unit; rateBp: number },
): Promise<LevyRuleRecord | undefined> {
  const previous = await store.funds.activeLevy(subject.federation.id, subject.unit.code);
  if (!previous && subject.rateBp === 0)
    throw new UserError("fund.no_levy", { federation: subject.federation.name, unit: subject.unit.code });
  return previous;
}

/** The highest levy a federation may set: half of a donation. */
export const MAX_LEVY_BP = 5000;

export default defineCommand({
  group: "fund",
  name: "levy",
  summary:
    "Set the solidarity levy (a federation decision): a share of each donation to a circle holding more than above: goes to a fund.",
  args: z.object({
    rate: z.string().max(10),
    fund: nameArg(),
    above: amountArg.default("0"),
    federation: federationArg,
  }),
  positional: ["rate", "fund"],
  rest: true,
  policy: "federation-decision",
  async subject(ctx, input) {
    const federation = await findFederation(ctx, input.federation);
    const fund = await findFund(ctx, federation, input.fund);
    const unit = readUnit(fund.unit);
    const rateBp = parseRate(input.rate);
    if (rateBp === undefined || rateBp > MAX_LEVY_BP)
      throw new UserError("args.field", {
        field: "rate",
        problem: t("fund.levy_rate", { max: formatRate(MAX_LEVY_BP) }),
      });
    const above = parseMinor(input.above, unit);
    if (!above.ok) throw new UserError("args.field", { field: "above", problem: above.problem });
    return { federation, fund, unit, rateBp, threshold: above.minor };
  },
  examples: ["fund levy 5% Strike support above:2000 federation:Jura"],
  // Checked without writing: a rehearsal would use up a rule number.
  async check(ctx) {
    await previousRule(ctx.store, ctx.subject);
  },
  async handler(ctx) {
    const { federation, fund, unit, rateBp, threshold } = ctx.subject;
    const previous = await previousRule(ctx.store, ctx.subject);
    const rule = await ctx.store.funds.setLevy({
      federationId: federation.id,
      fundId: fund.id,
      unit: unit.code,
      rateBp,
      threshold,
      createdBy: ctx.actor,
      createdAt: ctx.now,
      proposalId: ctx.decision?.proposalId ?? null,
    });
    const auditId = await audit(ctx, {
      action: "fund.levy",
      federationId: federation.id,
      details: {
        ruleId: rule?.id ?? null,
        ended: previous?.id ?? null,
        rateBp,
        threshold: threshold.toString(),
        unit: unit.code,
        fundId: fund.id,
      },
    });
    const say = (): string =>
      rule
        ? t("fund.levy_set", {
            federation: federation.name,
            rule: rule.id,
            rate: formatRate(rateBp),
            threshold: formatMoney(threshold, unit),
            fund: fund.name,
            authority: authority(ctx),
            previous: previous?.id ?? 0,
          })
        : t("fund.levy_ended", {
            federation: federation.name,
            unit: unit.code,
            previous: previous?.id ?? 0,
            authority: authority(ctx),
          });
    const text = say();
    if (federation.announcePlace !== ctx.place)
      await announce(ctx, auditId, federation.announcePlace, inLocale(say));
    return { text };
  },
});

import { z } from "zod";
import { msg, t } from "../../i18n.js";
import { incomeEntry, type LevyApplied, levyOn } from "../../ledger.js";
import { formatMoney, formatRate } from "../../money.js";
import type { Store } from "../../ports.js";
import { type Booking, balanceOf, checkBooking, record, treasurerMay } from "../../treasury.js";
import type { LevyRuleRecord } from "../../treasury-ports.js";
import { circleArg } from "../args.js";
import { announceToFederation, audit, findCircle } from "../lookups.js";
import { defineCommand } from "../spec.js";
import { amountArg, authority, memoArg, readAmount, readUnit, receiptArg, unitArg } from "./shared.js";

const args = z.object({
  amount: amountArg,
  unit: unitArg,
  memo: memoArg(),
  donation: z.stringbool().default(false),
  receipt: receiptArg.optional(),
  circle: circleArg.optional(),
});

/** The levy rule of the circle's federation for this unit, when the income is a donation. */
async function levyRule(store: Store, federationId: number | null, unit: string, donation: boolean) {
  if (!donation || federationId === null) return undefined;
  return store.funds.activeLevy(federationId, unit);
}

function booking(
  subject: { circle: { id: number }; unit: { code: string }; amount: bigint },
  input: z.infer<typeof args>,
  rule: LevyRuleRecord | undefined,
): Booking {
  const { circle, unit, amount } = subject;
  const cash = { kind: "cash" as const, circleId: circle.id, unit: unit.code };
  const fund = rule && {
    kind: "fund" as const,
    fundId: rule.fundId,
    federationId: rule.federationId,
    unit: unit.code,
  };
  return {
    keys: [cash, { kind: "income", circleId: circle.id, unit: unit.code }, ...(fund ? [fund] : [])],
    build: (accounts) => {
      const levy: LevyApplied | null | undefined = !input.donation
        ? undefined
        : rule
          ? { rule, amount: levyOn(amount, rule, balanceOf(accounts, cash)) }
          : null;
      return incomeEntry({
        circleId: circle.id,
        unit: unit.code,
        amount,
        memo: input.memo,
        receipt: input.receipt ?? null,
        levy,
      });
    },
  };
}

export default defineCommand({
  group: "ledger",
  name: "income",
  summary:
    "Record money (or hours) your circle received; donation:yes applies the federation's solidarity levy (the treasurer records it, others propose it).",
  args,
  positional: ["amount", "unit", "memo"],
  rest: true,
  policy: "circle-decision",
  async subject(ctx, input) {
    const circle = await findCircle(ctx, input.circle);
    const unit = readUnit(input.unit);
    const amount = readAmount(input.amount, unit);
    return { circle, unit, amount, delegated: await treasurerMay(ctx.store, circle, ctx.actor) };
  },
  examples: [
    'ledger income 250 EUR dues of March circle:"Green Valley"',
    "ledger income 1000 EUR gift from the fair donation:yes",
  ],
  async check(ctx, input) {
    const rule = await levyRule(
      ctx.store,
      ctx.subject.circle.federationId,
      ctx.subject.unit.code,
      input.donation,
    );
    await checkBooking(ctx.store, booking(ctx.subject, input, rule));
  },
  async handler(ctx, input) {
    const { circle, unit, amount } = ctx.subject;
    const rule = await levyRule(ctx.store, circle.federationId, unit.code, input.donation);
    const entry = await record(ctx.store, booking(ctx.subject, input, rule), {
      at: ctx.now,
      recordedBy: ctx.actor,
      proposalId: ctx.decision?.proposalId ?? null,
    });
    const written = await ctx.store.ledger.entry(entry);
    const levyLine = written?.lines.find((l) => l.levyRuleId !== null && l.account.kind === "fund");
    const cash = (await ctx.store.ledger.peek([{ kind: "cash", circleId: circle.id, unit: unit.code }]))[0];
    const auditId = await audit(ctx, {
      action: "ledger.income",
      circleId: circle.id,
      federationId: circle.federationId,
      details: { entryId: entry, amount: amount.toString(), unit: unit.code, donation: input.donation },
    });
    const lines = [
      t("ledger.income_recorded", {
        id: entry,
        circle: circle.name,
        kind: input.donation ? "donation" : "income",
        amount: formatMoney(amount, unit),
        memo: input.memo,
        authority: authority(ctx, circle),
        cash: formatMoney(cash?.balance ?? 0n, unit),
      }),
    ];
    if (rule && levyLine) {
      const fund = await ctx.store.funds.byId(rule.fundId);
      const params = {
        amount: formatMoney(levyLine.amount, unit),
        fund: fund?.name ?? "?",
        rule: rule.id,
        rate: formatRate(rule.rateBp),
        threshold: formatMoney(rule.threshold, unit),
        circle: circle.name,
        id: entry,
      };
      lines.push(t("ledger.levy_applied", params));
      // The fund's side: the federation sees what came in, and by which rule.
      await announceToFederation(ctx, auditId, rule.federationId, msg("fund.levy_received", params));
    } else if (rule && input.donation) {
      lines.push(
        t("ledger.levy_not_applied", { rule: rule.id, threshold: formatMoney(rule.threshold, unit) }),
      );
    }
    return { text: lines.join("\n") };
  },
});

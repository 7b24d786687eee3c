import { z } from "zod";
import { t } from "../../i18n.js";
import { expenseEntry, remains } from "../../ledger.js";
import type { Circle } from "../../model.js";
import { formatMoney, type Unit } from "../../money.js";
import { type Booking, checkBooking, record, treasurerMay } from "../../treasury.js";
import { circleArg, textArg } from "../args.js";
import { audit, findCircle } from "../lookups.js";
import { defineCommand } from "../spec.js";
import { findBudgetLine } from "./budget-line.js";
import { amountArg, authority, memoArg, readAmount, readUnit, receiptArg, unitArg } from "./shared.js";

const args = z.object({
  amount: amountArg,
  unit: unitArg,
  memo: memoArg(),
  receipt: receiptArg.optional(),
  line: textArg(64).optional(),
  budget: textArg(64).optional(),
  circle: circleArg.optional(),
});

function booking(
  circle: Circle,
  unit: Unit,
  amount: bigint,
  memo: string,
  receipt: string | null,
  lineId: number | null,
): Booking {
  return {
    keys: [
      { kind: "cash", circleId: circle.id, unit: unit.code },
      { kind: "expense", circleId: circle.id, unit: unit.code },
    ],
    build: () =>
      expenseEntry({ circleId: circle.id, unit: unit.code, amount, memo, receipt, budgetLineId: lineId }),
  };
}

export default defineCommand({
  group: "ledger",
  name: "expense",
  summary:
    "Record what your circle spent, with a receipt link: the treasurer alone up to the circle's threshold, above it a circle decision.",
  args,
  positional: ["amount", "unit", "memo"],
  rest: true,
  policy: "circle-decision",
  async subject(ctx, input) {
    const circle = await findCircle(ctx, input.circle);
    const unit = readUnit(input.unit);
    const amount = readAmount(input.amount, unit);
    const delegated = await treasurerMay(ctx.store, circle, ctx.actor, { unit: unit.code, amount });
    return { circle, unit, amount, delegated };
  },
  examples: [
    'ledger expense 45.80 EUR leaflets for the fair receipt:https://example.org/r/17 circle:"Green Valley"',
    "ledger expense 300 EUR March rent line:rent",
  ],
  async check(ctx, input) {
    const { circle, unit, amount } = ctx.subject;
    const found =
      input.line === undefined
        ? undefined
        : await findBudgetLine(ctx.store, circle, unit, input.line, input.budget);
    await checkBooking(
      ctx.store,
      booking(circle, unit, amount, input.memo, input.receipt ?? null, found?.line.id ?? null),
    );
  },
  async handler(ctx, input) {
    const { circle, unit, amount } = ctx.subject;
    const found =
      input.line === undefined
        ? undefined
        : await findBudgetLine(ctx.store, circle, unit, input.line, input.budget);
    const entry = await record(
      ctx.store,
      booking(circle, unit, amount, input.memo, input.receipt ?? null, found?.line.id ?? null),
      { at: ctx.now, recordedBy: ctx.actor, proposalId: ctx.decision?.proposalId ?? null },
    );
    await audit(ctx, {
      action: "ledger.expense",
      circleId: circle.id,
      details: {
        entryId: entry,
        amount: amount.toString(),
        unit: unit.code,
        budgetLineId: found?.line.id ?? null,
      },
    });
    const [cash] = await ctx.store.ledger.peek([{ kind: "cash", circleId: circle.id, unit: unit.code }]);
    const lines = [
      t("ledger.expense_recorded", {
        id: entry,
        circle: circle.name,
        amount: formatMoney(amount, unit),
        memo: input.memo,
        authority: authority(ctx, circle),
        cash: formatMoney(cash?.balance ?? 0n, unit),
      }),
    ];
    if (found) {
      const spent = found.line.spent + amount;
      const left = remains(found.line.planned, spent);
      lines.push(
        t(left < 0n ? "budget.line_over" : "budget.line_left", {
          budget: found.budget.name,
          line: found.line.name,
          left: formatMoney(left < 0n ? -left : left, unit),
          planned: formatMoney(found.line.planned, unit),
        }),
      );
    }
    return { text: lines.join("\n") };
  },
});

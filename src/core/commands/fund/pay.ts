import { z } from "zod";
import { inLocale, t } from "../../i18n.js";
import { fundPaymentEntry } from "../../ledger.js";
import type { Circle, Federation } from "../../model.js";
import { formatMoney, type Unit } from "../../money.js";
import { type Booking, checkBooking, treasurerMay } from "../../treasury.js";
import type { Fund } from "../../treasury-ports.js";
import { circleArg, nameArg } from "../args.js";
import {
  amountArg,
  authority,
  federationOf,
  findFund,
  fundUnit,
  memoArg,
  readAmount,
  readUnit,
  recordFundMovement,
  unitArg,
} from "../ledger/shared.js";
import { announce, findCircle } from "../lookups.js";
import { defineCommand } from "../spec.js";

function booking(circle: Circle, fund: Fund, unit: Unit, amount: bigint, memo: string): Booking {
  const payment = fundPaymentEntry({
    circleId: circle.id,
    fundId: fund.id,
    federationId: fund.federationId,
    unit: unit.code,
    amount,
    memo,
  });
  return { keys: payment.lines.map((l) => l.account), build: () => payment };
}

export default defineCommand({
  group: "fund",
  name: "pay",
  summary:
    "Pay from your circle's books into a common fund (the treasurer up to the circle's threshold, else a circle decision).",
  args: z.object({
    amount: amountArg,
    unit: unitArg,
    fund: nameArg(),
    memo: memoArg().optional(),
    circle: circleArg.optional(),
  }),
  positional: ["amount", "unit", "fund"],
  rest: true,
  policy: "circle-decision",
  async subject(
    ctx,
    input,
  ): Promise<{
    circle: Circle;
    federation: Federation;
    fund: Fund;
    unit: Unit;
    amount: bigint;
    delegated: boolean;
  }> {
    const circle = await findCircle(ctx, input.circle);
    const federation = await federationOf(ctx, circle);
    const fund = await findFund(ctx, federation, input.fund);
    const unit = readUnit(input.unit);
    const amount = readAmount(input.amount, unit);
    const delegated = await treasurerMay(ctx.store, circle, ctx.actor, { unit: unit.code, amount });
    return { circle, federation, fund, unit, amount, delegated };
  },
  examples: ['fund pay 200 EUR Strike support circle:"Green Valley"'],
  async check(ctx, input) {
    const { circle, fund, unit, amount } = ctx.subject;
    fundUnit(fund, unit);
    await checkBooking(ctx.store, booking(circle, fund, unit, amount, input.memo ?? ""));
  },
  async handler(ctx, input) {
    const { circle, federation, fund, unit, amount } = ctx.subject;
    fundUnit(fund, unit);
    const { entry, auditId, balance } = await recordFundMovement(ctx, {
      action: "fund.pay",
      circleId: circle.id,
      federationId: federation.id,
      fund,
      unit,
      amount,
      booking: booking(circle, fund, unit, amount, input.memo ?? ""),
    });
    const say = (): string =>
      t("fund.paid", {
        id: entry,
        circle: circle.name,
        amount: formatMoney(amount, unit),
        fund: fund.name,
        federation: federation.name,
        authority: authority(ctx, circle),
        balance: formatMoney(balance, unit),
      });
    const text = say();
    if (federation.announcePlace !== ctx.place)
      await announce(ctx, auditId, federation.announcePlace, inLocale(say));
    return { text };
  },
});

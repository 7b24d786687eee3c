import { z } from "zod";
import { UserError } from "../../errors.js";
import { inLocale, t } from "../../i18n.js";
import { fundDrawEntry } from "../../ledger.js";
import type { Circle, Federation } from "../../model.js";
import { formatMoney, type Unit } from "../../money.js";
import { nameKey } from "../../names.js";
import { type Booking, checkBooking } from "../../treasury.js";
import type { Fund } from "../../treasury-ports.js";
import { circleArg, federationArg, nameArg } from "../args.js";
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
import { announce, findFederation } from "../lookups.js";
import { defineCommand } from "../spec.js";

function booking(
  federation: Federation,
  fund: Fund,
  recipient: Circle,
  unit: Unit,
  amount: bigint,
  memo: string,
): Booking {
  const draw = fundDrawEntry({
    circleId: recipient.id,
    fundId: fund.id,
    federationId: federation.id,
    unit: unit.code,
    amount,
    memo,
  });
  return { keys: draw.lines.map((l) => l.account), build: () => draw };
}

export default defineCommand({
  group: "fund",
  name: "draw",
  summary: "Pay a circle from a common fund (a federation decision, one voice per circle).",
  args: z.object({
    amount: amountArg,
    unit: unitArg,
    fund: nameArg(),
    to: circleArg,
    memo: memoArg(),
    federation: federationArg.optional(),
  }),
  positional: ["amount", "unit", "fund"],
  rest: true,
  policy: "federation-decision",
  async subject(ctx, input) {
    const recipient = await ctx.store.circles.byName(nameKey(input.to));
    if (!recipient) throw new UserError("circle.not_found", { name: input.to });
    const federation =
      input.federation === undefined
        ? await federationOf(ctx, recipient)
        : await findFederation(ctx, input.federation);
    if (recipient.federationId !== federation.id)
      throw new UserError("federation.not_in", { circle: recipient.name, federation: federation.name });
    const fund = await findFund(ctx, federation, input.fund);
    const unit = readUnit(input.unit);
    return { federation, recipient, fund, unit, amount: readAmount(input.amount, unit) };
  },
  examples: ['fund draw 300 EUR Prisoner aid to:Bakery memo:"bail for two comrades" federation:Jura'],
  async check(ctx, input) {
    const { federation, recipient, fund, unit, amount } = ctx.subject;
    fundUnit(fund, unit);
    await checkBooking(ctx.store, booking(federation, fund, recipient, unit, amount, input.memo));
  },
  async handler(ctx, input) {
    const { federation, recipient, fund, unit, amount } = ctx.subject;
    fundUnit(fund, unit);
    const { entry, auditId, balance } = await recordFundMovement(ctx, {
      action: "fund.draw",
      circleId: recipient.id,
      federationId: federation.id,
      fund,
      unit,
      amount,
      booking: booking(federation, fund, recipient, unit, amount, input.memo),
    });
    const say = (): string =>
      t("fund.drawn", {
        id: entry,
        fund: fund.name,
        federation: federation.name,
        amount: formatMoney(amount, unit),
        circle: recipient.name,
        memo: input.memo,
        authority: authority(ctx),
        balance: formatMoney(balance, unit),
      });
    const text = say();
    for (const place of new Set([federation.announcePlace, recipient.homePlace])) {
      if (place && place !== ctx.place) await announce(ctx, auditId, place, inLocale(say));
    }
    return { text };
  },
});

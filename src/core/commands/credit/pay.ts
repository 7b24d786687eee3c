import { z } from "zod";
import { creditBooking } from "../../credit.js";
import { UserError } from "../../errors.js";
import { inLocale, t } from "../../i18n.js";
import { formatMoney } from "../../money.js";
import { nameKey } from "../../names.js";
import { checkBooking, record, signed, treasurerMay } from "../../treasury.js";
import { circleArg } from "../args.js";
import { amountArg, authority, federationOf, memoArg, readAmount, readUnit } from "../ledger/shared.js";
import { announce, audit, findCircle } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "credit",
  name: "pay",
  summary:
    "Pay another circle in the federation's mutual credit (the treasurer up to the circle's threshold, else a circle decision).",
  args: z.object({
    amount: amountArg,
    to: circleArg,
    memo: memoArg().optional(),
    circle: circleArg.optional(),
  }),
  positional: ["amount", "to"],
  rest: true,
  policy: "circle-decision",
  async subject(ctx, input) {
    const circle = await findCircle(ctx, input.circle);
    const federation = await federationOf(ctx, circle);
    const payee = await ctx.store.circles.byName(nameKey(input.to));
    if (!payee) throw new UserError("circle.not_found", { name: input.to });
    if (payee.federationId !== federation.id)
      throw new UserError("federation.not_in", { circle: payee.name, federation: federation.name });
    if (payee.id === circle.id) throw new UserError("credit.self", { circle: circle.name });
    const pool = await ctx.store.credit.pool(federation.id);
    if (!pool) throw new UserError("credit.no_pool", { federation: federation.name });
    const unit = readUnit(pool.unit);
    const amount = readAmount(input.amount, unit);
    const delegated = await treasurerMay(ctx.store, circle, ctx.actor, { unit: unit.code, amount });
    return { circle, federation, payee, unit, amount, delegated };
  },
  examples: ['credit pay 12.50 Bakery memo:"bread for the fair" circle:"Green Valley"'],
  async check(ctx, input) {
    const { circle, federation, payee, unit, amount } = ctx.subject;
    const booking = creditBooking({
      federationId: federation.id,
      payer: circle.id,
      payee: payee.id,
      unit: unit.code,
      amount,
      memo: input.memo ?? "",
    });
    await checkBooking(ctx.store, booking);
  },
  async handler(ctx, input) {
    const { circle, federation, payee, unit, amount } = ctx.subject;
    const booking = creditBooking({
      federationId: federation.id,
      payer: circle.id,
      payee: payee.id,
      unit: unit.code,
      amount,
      memo: input.memo ?? "",
    });
    const entry = await record(ctx.store, booking, {
      at: ctx.now,
      recordedBy: ctx.actor,
      proposalId: ctx.decision?.proposalId ?? null,
    });
    const [payer, paid] = await ctx.store.ledger.peek(booking.keys);
    const auditId = await audit(ctx, {
      action: "credit.pay",
      circleId: circle.id,
      federationId: federation.id,
      details: { entryId: entry, payee: payee.id, amount: amount.toString(), unit: unit.code },
    });
    const say = (): string =>
      t("credit.paid", {
        id: entry,
        circle: circle.name,
        payee: payee.name,
        amount: formatMoney(amount, unit),
        federation: federation.name,
        memo: input.memo ?? "none",
        authority: authority(ctx, circle),
        balance: signed(payer?.balance ?? 0n, unit),
        limit: formatMoney(-(payer?.floor ?? 0n), unit),
        payeeBalance: signed(paid?.balance ?? 0n, unit),
      });
    const text = say();
    if (payee.homePlace && payee.homePlace !== ctx.place)
      await announce(ctx, auditId, payee.homePlace, inLocale(say));
    return { text };
  },
});

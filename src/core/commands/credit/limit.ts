import { z } from "zod";
import { UserError } from "../../errors.js";
import { inLocale, t } from "../../i18n.js";
import { formatMoney, parseMinor } from "../../money.js";
import { nameKey } from "../../names.js";
import { circleArg, federationArg } from "../args.js";
import { amountArg, authority, readUnit } from "../ledger/shared.js";
import { announce, audit, federationSubject } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "credit",
  name: "limit",
  summary:
    "Set how far below zero circles may go in the federation's mutual credit, for all or for one circle (a federation decision).",
  args: z.object({
    federation: federationArg,
    amount: amountArg,
    circle: circleArg.optional(),
    unit: z.string().max(12).optional(),
  }),
  positional: ["federation", "amount"],
  policy: "federation-decision",
  async subject(ctx, input) {
    const { federation } = await federationSubject(ctx, input.federation);
    const pool = await ctx.store.credit.pool(federation.id);
    if (
      input.unit !== undefined &&
      pool &&
      readUnit(input.unit).code !== pool.unit &&
      (await ctx.store.credit.hasPayments(federation.id))
    )
      throw new UserError("credit.unit_fixed", { federation: federation.name, unit: pool.unit });
    const unit = readUnit(input.unit ?? pool?.unit ?? "credits");
    const parsed = parseMinor(input.amount, unit);
    if (!parsed.ok) throw new UserError("args.field", { field: "amount", problem: parsed.problem });
    const target =
      input.circle === undefined ? undefined : await ctx.store.circles.byName(nameKey(input.circle));
    if (input.circle !== undefined && !target)
      throw new UserError("circle.not_found", { name: input.circle });
    if (target && target.federationId !== federation.id)
      throw new UserError("federation.not_in", { circle: target.name, federation: federation.name });
    if (target && !pool) throw new UserError("credit.no_pool", { federation: federation.name });
    return { federation, unit, limit: parsed.minor, target, defaultLimit: pool?.defaultLimit };
  },
  examples: ["credit limit Jura 100", "credit limit Jura 150 circle:Bakery"],
  async handler(ctx) {
    const { federation, unit, limit, target, defaultLimit } = ctx.subject;
    if (target) await ctx.store.credit.setLimit(federation.id, target.id, limit);
    else
      await ctx.store.credit.setPool(
        { federationId: federation.id, unit: unit.code, defaultLimit: limit },
        ctx.now,
      );
    const auditId = await audit(ctx, {
      action: "credit.limit",
      federationId: federation.id,
      circleId: target?.id ?? null,
      details: {
        limit: limit.toString(),
        unit: unit.code,
        previousDefault: defaultLimit?.toString() ?? null,
      },
    });
    const say = (): string =>
      target
        ? t("credit.limit_circle", {
            federation: federation.name,
            circle: target.name,
            limit: formatMoney(limit, unit),
            authority: authority(ctx),
          })
        : t("credit.limit_all", {
            federation: federation.name,
            limit: formatMoney(limit, unit),
            unit: unit.code,
            authority: authority(ctx),
          });
    const text = say();
    if (federation.announcePlace !== ctx.place)
      await announce(ctx, auditId, federation.announcePlace, inLocale(say));
    return { text };
  },
});

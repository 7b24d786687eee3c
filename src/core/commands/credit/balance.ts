import { z } from "zod";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { deepInDeficit } from "../../ledger.js";
import { formatMoney, unitOfCode } from "../../money.js";
import { signed } from "../../treasury.js";
import { federationArg } from "../args.js";
import { federationSubject } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "credit",
  name: "balance",
  summary:
    "Show every circle's mutual-credit balance and limit in a federation; the balances always sum to zero.",
  args: z.object({ federation: federationArg }),
  positional: ["federation"],
  rest: true,
  policy: "federation-member",
  subject: (ctx, input) => federationSubject(ctx, input.federation),
  examples: ["credit balance Jura"],
  async handler(ctx) {
    const { federation } = ctx.subject;
    const pool = await ctx.store.credit.pool(federation.id);
    if (!pool) throw new UserError("credit.no_pool", { federation: federation.name });
    const unit = unitOfCode(pool.unit);
    const standings = await ctx.store.credit.standings(federation.id);
    const circles = await ctx.store.circles.list({ federationId: federation.id });
    const names = new Map(
      (await ctx.store.circles.byIds(standings.map((s) => s.circleId))).map((c) => [c.id, c.name]),
    );
    const byCircle = new Map(standings.map((s) => [s.circleId, s]));
    const rows = [...new Set([...circles.map((c) => c.id), ...standings.map((s) => s.circleId)])].map(
      (id) => {
        const standing = byCircle.get(id);
        const balance = standing?.balance ?? 0n;
        const limit = standing?.ownLimit ?? pool.defaultLimit;
        return {
          name: names.get(id) ?? circles.find((c) => c.id === id)?.name ?? "?",
          text: t(deepInDeficit(balance, limit) ? "credit.row_deep" : "credit.row", {
            circle: names.get(id) ?? circles.find((c) => c.id === id)?.name ?? "?",
            balance: signed(balance, unit),
            limit: formatMoney(limit, unit),
          }),
        };
      },
    );
    rows.sort((a, b) => (a.name < b.name ? -1 : 1));
    const sum = standings.reduce((total, s) => total + s.balance, 0n);
    return {
      text: [
        t("credit.balance_title", {
          federation: federation.name,
          unit: pool.unit,
          limit: formatMoney(pool.defaultLimit, unit),
        }),
        ...rows.map((r) => r.text),
        t("credit.sum", { sum: signed(sum, unit) }),
      ].join("\n"),
    };
  },
});

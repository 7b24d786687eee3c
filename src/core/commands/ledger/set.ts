import { z } from "zod";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { formatMoney, parseMinor } from "../../money.js";
import { circleArg } from "../args.js";
import { audit, findCircle } from "../lookups.js";
import { defineCommand } from "../spec.js";
import { amountArg, authority, readUnit, unitArg } from "./shared.js";

export default defineCommand({
  group: "ledger",
  name: "set",
  summary:
    "Decide how your circle keeps its books: what its treasurer may spend alone (threshold:), and whether line memos stay internal.",
  args: z.object({
    circle: circleArg.optional(),
    threshold: amountArg.optional(),
    unit: unitArg.optional(),
    memos: z.enum(["internal", "open"]).optional(),
  }),
  positional: ["circle"],
  rest: true,
  policy: "circle-decision",
  async subject(ctx, input) {
    return { circle: await findCircle(ctx, input.circle) };
  },
  examples: ['ledger set "Green Valley" threshold:100 unit:EUR memos:internal'],
  async handler(ctx, input) {
    const { circle } = ctx.subject;
    const changes: string[] = [];
    if (input.threshold !== undefined) {
      if (input.unit === undefined)
        throw new UserError("args.field", { field: "unit", problem: t("ledger.threshold_unit") });
      const unit = readUnit(input.unit);
      const parsed = parseMinor(input.threshold, unit);
      if (!parsed.ok) throw new UserError("args.field", { field: "threshold", problem: parsed.problem });
      await ctx.store.ledger.setThreshold(circle.id, unit.code, parsed.minor);
      changes.push(t("ledger.setting_threshold", { amount: formatMoney(parsed.minor, unit) }));
    }
    if (input.memos !== undefined) {
      await ctx.store.ledger.setMemosInternal(circle.id, input.memos === "internal");
      changes.push(t("ledger.setting_memos", { memos: input.memos }));
    }
    if (changes.length === 0) throw new UserError("ledger.nothing_to_set");
    await audit(ctx, {
      action: "ledger.set",
      circleId: circle.id,
      details: { threshold: input.threshold ?? null, unit: input.unit ?? null, memos: input.memos ?? null },
    });
    return {
      text: t("ledger.settings_changed", {
        circle: circle.name,
        authority: authority(ctx, circle),
        changes: changes.join("; "),
      }),
    };
  },
});

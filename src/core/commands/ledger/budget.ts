import { z } from "zod";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { formatMoney, parseMinor, type Unit } from "../../money.js";
import { cleanName, isValidName, nameKey } from "../../names.js";
import { circleArg, nameArg, textArg } from "../args.js";
import { audit, findCircle } from "../lookups.js";
import { defineCommand } from "../spec.js";
import { authority, readUnit, unitArg } from "./shared.js";

const MAX_LINES = 30;

/** `rent 300 | food 200.50` as named lines with planned amounts in minor units. */
export function parseBudgetLines(
  text: string,
  unit: Unit,
): Array<{ name: string; nameKey: string; planned: bigint }> {
  const parts = text
    .split("|")
    .map((p) => p.trim())
    .filter(Boolean);
  const problem = (what: string) => new UserError("args.field", { field: "lines", problem: what });
  if (parts.length === 0) throw problem(t("budget.lines_format"));
  if (parts.length > MAX_LINES) throw problem(t("budget.too_many_lines", { max: MAX_LINES }));
  const seen = new Set<string>();
  return parts.map((part) => {
    const space = part.lastIndexOf(" ");
    const name = cleanName(space < 0 ? "" : part.slice(0, space));
    const amount = parseMinor(space < 0 ? part : part.slice(space + 1), unit);
    if (!name || !isValidName(name) || !amount.ok) throw problem(t("budget.lines_format"));
    const key = nameKey(name);
    if (seen.has(key)) throw problem(t("budget.line_twice", { line: name }));
    seen.add(key);
    return { name, nameKey: key, planned: amount.minor };
  });
}

export default defineCommand({
  group: "ledger",
  name: "budget",
  summary:
    "Set a budget of your circle with its lines (a circle decision); expenses count against a line with line:…",
  args: z.object({
    name: nameArg(),
    lines: textArg(1000),
    unit: unitArg,
    circle: circleArg.optional(),
  }),
  positional: ["name"],
  rest: true,
  policy: "circle-decision",
  async subject(ctx, input) {
    return { circle: await findCircle(ctx, input.circle), unit: readUnit(input.unit) };
  },
  examples: [
    'ledger budget 2026 lines:"rent 1200 | printing 300 | travel 450" unit:EUR circle:"Green Valley"',
  ],
  async handler(ctx, input) {
    const { circle, unit } = ctx.subject;
    const lines = parseBudgetLines(input.lines, unit);
    const existing = await ctx.store.budgets.byName(circle.id, nameKey(input.name));
    if (existing && existing.unit !== unit.code) {
      throw new UserError("budget.other_unit", { budget: existing.name, unit: existing.unit });
    }
    const budget = await ctx.store.budgets.upsert({
      circleId: circle.id,
      name: input.name,
      nameKey: nameKey(input.name),
      unit: unit.code,
      lines,
      createdBy: ctx.actor,
      createdAt: ctx.now,
    });
    await audit(ctx, {
      action: "ledger.budget",
      circleId: circle.id,
      details: {
        budgetId: budget.id,
        lines: lines.map((l) => ({ name: l.name, planned: l.planned.toString() })),
      },
    });
    const total = budget.lines.reduce((sum, l) => sum + l.planned, 0n);
    return {
      text: t("budget.set", {
        budget: budget.name,
        circle: circle.name,
        authority: authority(ctx, circle),
        lines: budget.lines.map((l) => `${l.name} ${formatMoney(l.planned, unit)}`).join(", "),
        total: formatMoney(total, unit),
      }),
    };
  },
});

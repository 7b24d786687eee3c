import { UserError } from "../../errors.js";
import type { Circle } from "../../model.js";
import type { Unit } from "../../money.js";
import { nameKey } from "../../names.js";
import type { Store } from "../../ports.js";
import type { Budget, BudgetLine } from "../../treasury-ports.js";

/**
 * The budget line an expense counts against: `line` in the budget named, or in the circle's most
 * recent budget in the expense's unit that has such a line. Refuses with the lines it knows.
 */
export async function findBudgetLine(
  store: Store,
  circle: Circle,
  unit: Unit,
  line: string,
  budgetName?: string,
): Promise<{ budget: Budget; line: BudgetLine }> {
  const budgets =
    budgetName === undefined
      ? await store.budgets.list(circle.id)
      : [await store.budgets.byName(circle.id, nameKey(budgetName))].filter((b) => b !== undefined);
  if (budgetName !== undefined && budgets.length === 0)
    throw new UserError("budget.not_found", { name: budgetName, circle: circle.name });
  const key = nameKey(line);
  for (const budget of budgets) {
    if (budget.unit !== unit.code) continue;
    const found = budget.lines.find((l) => nameKey(l.name) === key);
    if (found) return { budget, line: found };
  }
  const known = budgets
    .filter((b) => b.unit === unit.code)
    .map((b) => `“${b.name}” (${b.lines.map((l) => l.name).join(", ")})`)
    .join("; ");
  throw new UserError("budget.no_line", {
    line,
    circle: circle.name,
    unit: unit.code,
    known: known || "none",
  });
}

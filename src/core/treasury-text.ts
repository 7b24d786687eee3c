import { DateTime } from "luxon";
import { type MessageCode, t } from "./i18n.js";
import { displayPerson } from "./ids.js";
import type { Account, EntryKind, JournalEntry } from "./ledger.js";
import { formatMoney, unitOfCode } from "./money.js";
import type { Store } from "./ports.js";
import { signed } from "./treasury.js";
import type { BookLine, BookOwner } from "./treasury-ports.js";

const KIND: Record<EntryKind, MessageCode> = {
  income: "ledger.kind_income",
  donation: "ledger.kind_donation",
  expense: "ledger.kind_expense",
  "fund-payment": "ledger.kind_fund_payment",
  "fund-draw": "ledger.kind_fund_draw",
  aid: "ledger.kind_aid",
  credit: "ledger.kind_credit",
  reversal: "ledger.kind_reversal",
};

export function kindLabel(kind: EntryKind): string {
  return t(KIND[kind]);
}

/** What a circle's books add up to in one unit. */
export interface UnitTotals {
  unit: string;
  cash: bigint;
  income: bigint;
  expenses: bigint;
  /** Net of everything else that moved its cash: funds, levies, aid given and received. */
  transfers: bigint;
}

/** Totals per unit of a circle's accounts: cash, income, expenses and transfers, in unit order. */
export function circleTotals(accounts: readonly Account[]): UnitTotals[] {
  const byUnit = new Map<string, UnitTotals>();
  for (const account of accounts) {
    if (account.key.kind === "credit" || account.key.kind === "fund") continue;
    const unit = account.key.unit;
    const totals = byUnit.get(unit) ?? { unit, cash: 0n, income: 0n, expenses: 0n, transfers: 0n };
    if (account.key.kind === "cash") totals.cash = account.balance;
    if (account.key.kind === "income") totals.income = -account.balance;
    if (account.key.kind === "expense") totals.expenses = account.balance;
    byUnit.set(unit, totals);
  }
  for (const totals of byUnit.values()) totals.transfers = totals.cash - totals.income + totals.expenses;
  return [...byUnit.values()].sort((a, b) => (a.unit < b.unit ? -1 : 1));
}

/** One line of totals: `EUR: cash €2,950.00 · income €3,000.00 · expenses €0.00 · funds and other circles −€50.00`. */
export function totalsLine(totals: UnitTotals): string {
  const unit = unitOfCode(totals.unit);
  return t("ledger.totals", {
    unit: totals.unit,
    cash: formatMoney(totals.cash, unit),
    income: formatMoney(totals.income, unit),
    expenses: formatMoney(totals.expenses, unit),
    transfers: signed(totals.transfers, unit),
  });
}

/** Names of the circles and funds entries refer to. */
interface Names {
  circles: Map<number, string>;
  funds: Map<number, string>;
}

async function namesFor(store: Store, entries: readonly JournalEntry[]): Promise<Names> {
  const circleIds = new Set<number>();
  const fundIds = new Set<number>();
  for (const entry of entries) {
    if (entry.circleId !== null) circleIds.add(entry.circleId);
    for (const line of entry.lines) {
      if (line.account.kind === "fund") fundIds.add(line.account.fundId);
      else circleIds.add(line.account.circleId);
    }
  }
  const circles = await store.circles.byIds([...circleIds]);
  const funds = await Promise.all([...fundIds].map((id) => store.funds.byId(id)));
  return {
    circles: new Map(circles.map((c) => [c.id, c.name])),
    funds: new Map(funds.flatMap((f) => (f ? [[f.id, f.name] as const] : []))),
  };
}

/** Whether a line is on the owner's books. */
function isOwn(owner: BookOwner, line: JournalEntry["lines"][number]): boolean {
  const key = line.account;
  if ("circleId" in owner) return key.kind !== "fund" && key.circleId === owner.circleId;
  if ("fundId" in owner) return key.kind === "fund" && key.fundId === owner.fundId;
  return key.kind === "fund" && key.federationId === owner.federationId;
}

/** Whether a line moves what an owner holds (cash, a fund, credit), as opposed to income/expense. */
const holds = (line: JournalEntry["lines"][number]) =>
  line.account.kind === "cash" || line.account.kind === "fund" || line.account.kind === "credit";

export interface RowOptions {
  zone: string;
  /** Circles whose memos and receipts this reader may not see (see {@link hiddenMemos}). */
  hidden: ReadonlySet<number>;
}

/**
 * The circles among `circleIds` whose line memos (and receipts) `reader` may not see: those that
 * keep them internal and that the reader is not a member of. A memo belongs to the circle that
 * recorded its entry, wherever the entry shows (its own books, another circle's, a fund's);
 * entries the federation recorded (a draw) are always open. Totals are never hidden.
 */
export async function hiddenMemos(
  store: Store,
  reader: string,
  circleIds: Iterable<number | null>,
): Promise<Set<number>> {
  const hidden = new Set<number>();
  for (const circleId of new Set(circleIds)) {
    if (circleId === null) continue;
    if (!(await store.ledger.settings(circleId)).memosInternal) continue;
    if (!(await store.members.isMember(circleId, reader))) hidden.add(circleId);
  }
  return hidden;
}

/**
 * Each entry of `lines` as one row, newest first, from the owner's side: what it did to what the
 * owner holds, the levy it carried, who was on the other side, the memo (or that it is kept
 * internal), and whether it was reversed. Reads the entries whole to name the other side.
 */
export async function entryRows(
  store: Store,
  owner: BookOwner,
  lines: readonly BookLine[],
  options: RowOptions,
): Promise<string[]> {
  const ids = [...new Set(lines.map((l) => l.entryId))];
  const entries = await store.ledger.entries(ids);
  const reversedBy = new Map(lines.map((l) => [l.entryId, l.reversedBy]));
  const names = await namesFor(store, entries);
  return entries.map((entry) => {
    const own = entry.lines.filter((l) => isOwn(owner, l) && holds(l));
    const main = own.filter((l) => l.levyRuleId === null);
    const levy = own.filter((l) => l.levyRuleId !== null);
    const unitCode = (own[0] ?? entry.lines[0])?.account.unit ?? "";
    const unit = unitOfCode(unitCode);
    const sum = (ls: typeof own) => ls.reduce((total, l) => total + l.amount, 0n);
    const others = entry.lines.filter((l) => !isOwn(owner, l) && holds(l) && l.levyRuleId === null);
    const counterpart = others
      .map((l) =>
        l.account.kind === "fund"
          ? t("ledger.fund_named", { fund: names.funds.get(l.account.fundId) ?? "?" })
          : `“${names.circles.get(l.account.circleId) ?? "?"}”`,
      )
      .join(", ");
    const levyRule = levy[0]?.levyRuleId;
    const parts = [
      t("ledger.row", {
        id: entry.id,
        date: DateTime.fromJSDate(entry.recordedAt, { zone: options.zone }).toFormat("yyyy-MM-dd"),
        kind: kindLabel(entry.kind),
        amount: main.length > 0 ? signed(sum(main), unit) : signed(sum(levy), unit),
        counterpart: counterpart || "none",
        by: displayPerson(entry.recordedBy),
      }),
    ];
    if (main.length > 0 && levy.length > 0 && levyRule != null) {
      parts.push(t("ledger.row_levy", { amount: signed(sum(levy), unit), rule: levyRule }));
    }
    if (main.length === 0 && levyRule != null) parts.push(t("ledger.row_levy_only", { rule: levyRule }));
    const memoShown = entry.circleId === null || !options.hidden.has(entry.circleId);
    if (entry.memo) parts.push(memoShown ? `: ${entry.memo}` : t("ledger.memo_internal"));
    if (entry.receipt && memoShown) parts.push(t("ledger.row_receipt", { receipt: entry.receipt }));
    if (entry.reverses !== null) parts.push(t("ledger.row_reverses", { id: entry.reverses }));
    const reversal = reversedBy.get(entry.id);
    if (reversal != null) parts.push(t("ledger.row_reversed", { id: reversal }));
    return parts.join("");
  });
}

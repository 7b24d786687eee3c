import { formatMoney, toDecimal, unitOfCode } from "./money.js";
import type { Store } from "./ports.js";
import type { RecordSection, SectionContext } from "./record-export.js";
import type { BookLine, BookOwner } from "./treasury-ports.js";
import { circleTotals, type UnitTotals } from "./treasury-text.js";

/**
 * The treasury's part of the open record: what each circle holds and has taken in and spent, the
 * federation's common funds, the mutual-credit standings, and the journal lines themselves. A
 * memo (and receipt) a circle keeps internal (`ledger memos internal`) shows as `(internal)` here,
 * for everyone: the record can be read beyond the circle. Amounts and totals are never hidden.
 */

/** How many journal lines per book (a circle's, the federation's funds) the record carries, newest. */
export const RECORD_LEDGER_LINES = 1_000;

const decimal = (minor: bigint, unitCode: string) => toDecimal(minor, unitOfCode(unitCode).scale);

/** The circles of the scope that keep their memos internal. */
async function internalMemos(store: Store, circleIds: readonly (number | null)[]): Promise<Set<number>> {
  const hidden = new Set<number>();
  for (const id of new Set(circleIds)) {
    if (id !== null && (await store.ledger.settings(id)).memosInternal) hidden.add(id);
  }
  return hidden;
}

/** Per circle and unit: cash held, income, expenses and the rest (funds, levies, aid, other circles). */
async function books(ctx: SectionContext) {
  const rows: Array<{ circle: string; totals: UnitTotals }> = [];
  for (const circle of ctx.circles) {
    for (const totals of circleTotals(await ctx.store.ledger.accounts({ circleId: circle.id })))
      rows.push({ circle: circle.name, totals });
  }
  return rows;
}

/** The federation's common funds and what each holds (a circle's record: its federation's). */
async function funds(ctx: SectionContext) {
  if (!ctx.within) return [];
  const balances = new Map(
    (await ctx.store.ledger.accounts({ federationId: ctx.within.id })).flatMap((a) =>
      a.key.kind === "fund" ? [[a.key.fundId, a.balance] as const] : [],
    ),
  );
  return (await ctx.store.funds.list(ctx.within.id)).map((fund) => ({
    fund,
    balance: balances.get(fund.id) ?? 0n,
  }));
}

/** Each circle's standing in its federation's mutual-credit pool, with its limit. */
async function credit(ctx: SectionContext) {
  const pool = ctx.within ? await ctx.store.credit.pool(ctx.within.id) : undefined;
  if (!ctx.within || !pool) return [];
  const standings = new Map((await ctx.store.credit.standings(ctx.within.id)).map((s) => [s.circleId, s]));
  return ctx.circles.map((circle) => {
    const standing = standings.get(circle.id);
    return {
      circle: circle.name,
      unit: pool.unit,
      balance: standing?.balance ?? 0n,
      limit: standing?.ownLimit ?? pool.defaultLimit,
    };
  });
}

export const booksSection: RecordSection = async (ctx) => ({
  name: "books",
  columns: ["circle", "unit", "cash", "income", "expenses", "transfers"],
  rows: (await books(ctx)).map(({ circle, totals }) => [
    circle,
    totals.unit,
    ...[totals.cash, totals.income, totals.expenses, totals.transfers].map((m) => decimal(m, totals.unit)),
  ]),
});

export const fundsSection: RecordSection = async (ctx) => ({
  name: "funds",
  columns: ["fund", "purpose", "unit", "balance"],
  rows: (await funds(ctx)).map(({ fund, balance }) => [
    fund.name,
    fund.purpose,
    fund.unit,
    decimal(balance, fund.unit),
  ]),
});

export const creditSection: RecordSection = async (ctx) => ({
  name: "credit",
  columns: ["circle", "unit", "balance", "limit"],
  rows: (await credit(ctx)).map((s) => [
    s.circle,
    s.unit,
    decimal(s.balance, s.unit),
    decimal(s.limit, s.unit),
  ]),
});

/**
 * The journal lines of the circles' books and (for a federation) its funds, oldest first, at most
 * {@link RECORD_LEDGER_LINES} newest per book; `ledger export` with from:/until: gives any period.
 */
export const ledgerSection: RecordSection = async (ctx) => {
  const owners: BookOwner[] = [
    ...ctx.circles.map((c) => ({ circleId: c.id })),
    ...(ctx.federation ? [{ federationId: ctx.federation.id }] : []),
  ];
  const lines: BookLine[] = [];
  for (const owner of owners)
    lines.push(...(await ctx.store.ledger.lines(owner, { limit: RECORD_LEDGER_LINES })));
  lines.sort((a, b) => a.entryId - b.entryId || a.accountId - b.accountId);
  const hidden = await internalMemos(
    ctx.store,
    lines.map((l) => l.entryCircleId),
  );
  const funds = new Map(
    ctx.within ? (await ctx.store.funds.list(ctx.within.id)).map((f) => [f.id, f.name] as const) : [],
  );
  const book = (line: BookLine) =>
    line.account.kind === "fund"
      ? `fund:${funds.get(line.account.fundId) ?? line.account.fundId}`
      : ctx.circleName(line.account.circleId);
  return {
    name: "ledger",
    columns: [
      "entry",
      "recorded",
      "kind",
      "book",
      "account",
      "unit",
      "amount",
      "memo",
      "receipt",
      "reverses",
      "reversed_by",
      "recorded_by",
      "proposal",
    ],
    rows: lines.map((line) => {
      const shown = line.entryCircleId === null || !hidden.has(line.entryCircleId);
      return [
        line.entryId,
        line.recordedAt.toISOString(),
        line.kind,
        book(line),
        line.account.kind,
        line.account.unit,
        decimal(line.amount, line.account.unit),
        shown ? line.memo : line.memo ? "(internal)" : "",
        shown ? line.receipt : null,
        line.reverses,
        line.reversedBy,
        { person: line.recordedBy },
        line.proposalId,
      ];
    }),
  };
};

/** What the federation's page shows of the treasury: amounts formatted in their unit. */
export interface TreasuryView {
  books: Array<{ circle: string; unit: string; cash: string; income: string; expenses: string }>;
  funds: Array<{ name: string; purpose: string; balance: string }>;
  credit: Array<{ circle: string; balance: string; limit: string }>;
}

/** The page's treasury, read the way the exports read it (so both always agree). */
export async function treasuryView(ctx: SectionContext): Promise<TreasuryView> {
  const money = (minor: bigint, unitCode: string) => formatMoney(minor, unitOfCode(unitCode));
  return {
    books: (await books(ctx)).map(({ circle, totals }) => ({
      circle,
      unit: totals.unit,
      cash: money(totals.cash, totals.unit),
      income: money(totals.income, totals.unit),
      expenses: money(totals.expenses, totals.unit),
    })),
    funds: (await funds(ctx)).map(({ fund, balance }) => ({
      name: fund.name,
      purpose: fund.purpose,
      balance: money(balance, fund.unit),
    })),
    credit: (await credit(ctx)).map((s) => ({
      circle: s.circle,
      balance: money(s.balance, s.unit),
      limit: money(s.limit, s.unit),
    })),
  };
}

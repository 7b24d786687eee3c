/**
 * The books, as pure rules (no I/O): one double-entry journal whose entries are built here and
 * only written by the store. Amounts are integer minor units; a line's amount is positive for a
 * debit and negative for a credit, so an entry balances when its lines sum to zero in each unit.
 *
 * Accounts:
 * - a circle's `cash` (what it holds), `income` and `expense` (where money came from and went),
 *   one of each per unit;
 * - a federation's `fund` (a common fund: strike support, prisoner aid, a legal fund);
 * - a circle's `credit` in its federation's mutual-credit pool, which may go below zero down to
 *   the limit the federation set.
 * Cash and funds never go below zero. Money moving between circles, or between a circle and a
 * fund, is one entry touching both, so it shows on both sides.
 */

export type AccountKind = "cash" | "income" | "expense" | "fund" | "credit";

/** Which account, by its owner and unit; the store opens it the first time it is used. */
export type AccountKey =
  | { kind: "cash" | "income" | "expense"; circleId: number; unit: string }
  | { kind: "fund"; fundId: number; federationId: number; unit: string }
  | { kind: "credit"; federationId: number; circleId: number; unit: string };

export interface LineDraft {
  account: AccountKey;
  amount: bigint;
  /** The budget line an expense is counted against. */
  budgetLineId?: number | null;
  /** The levy rule that produced this line. */
  levyRuleId?: number | null;
}

export const ENTRY_KINDS = [
  "income",
  "donation",
  "expense",
  "fund-payment",
  "fund-draw",
  "aid",
  "credit",
  "reversal",
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export interface EntryDraft {
  kind: EntryKind;
  memo: string;
  receipt: string | null;
  /** The circle that recorded it (its treasurer or its decision); null when the federation did. */
  circleId: number | null;
  federationId: number | null;
  /** For a reversal: the entry it reverses. */
  reverses: number | null;
  lines: LineDraft[];
}

/** An account as the store holds it, with its balance and how low it may go (null: no floor). */
export interface Account {
  id: number;
  key: AccountKey;
  balance: bigint;
  floor: bigint | null;
}

/** A written entry and its lines, as read back. */
export interface JournalEntry {
  id: number;
  kind: EntryKind;
  memo: string;
  receipt: string | null;
  circleId: number | null;
  federationId: number | null;
  reverses: number | null;
  recordedBy: string;
  recordedAt: Date;
  proposalId: number | null;
  lines: JournalLine[];
}

export interface JournalLine {
  accountId: number;
  account: AccountKey;
  amount: bigint;
  budgetLineId: number | null;
  levyRuleId: number | null;
}

export function keyId(key: AccountKey): string {
  switch (key.kind) {
    case "fund":
      return `fund:${key.fundId}`;
    case "credit":
      return `credit:${key.federationId}:${key.circleId}`;
    default:
      return `${key.kind}:${key.circleId}:${key.unit}`;
  }
}

/** Sum of the lines per unit; an entry balances when every sum is zero. */
export function sums(lines: readonly LineDraft[]): Map<string, bigint> {
  const totals = new Map<string, bigint>();
  for (const line of lines)
    totals.set(line.account.unit, (totals.get(line.account.unit) ?? 0n) + line.amount);
  return totals;
}

export function isBalanced(lines: readonly LineDraft[]): boolean {
  return [...sums(lines).values()].every((total) => total === 0n);
}

/**
 * Throws when a draft could never be a journal entry: fewer than two lines, a zero line, or
 * lines that do not sum to zero in some unit. Every builder below passes; this guards the store.
 */
export function assertBalanced(draft: EntryDraft): void {
  if (draft.lines.length < 2) throw new Error(`a ${draft.kind} entry needs at least two lines`);
  if (draft.lines.some((l) => l.amount === 0n)) throw new Error(`a ${draft.kind} entry has a zero line`);
  for (const [unit, total] of sums(draft.lines)) {
    if (total !== 0n) throw new Error(`a ${draft.kind} entry does not balance in ${unit}: ${total}`);
  }
}

/** What each account's balance becomes if the lines are written, for the accounts they touch. */
export function balancesAfter(
  accounts: readonly Account[],
  lines: readonly LineDraft[],
): Map<string, bigint> {
  const after = new Map(accounts.map((a) => [keyId(a.key), a.balance]));
  for (const line of lines) {
    const id = keyId(line.account);
    after.set(id, (after.get(id) ?? 0n) + line.amount);
  }
  return after;
}

/** An account the lines would take below its floor, with the numbers to say so. */
export interface Overdraft {
  account: Account;
  after: bigint;
  floor: bigint;
}

/** The accounts these lines would take below their floor (only those whose balance falls). */
export function overdrafts(accounts: readonly Account[], lines: readonly LineDraft[]): Overdraft[] {
  const after = balancesAfter(accounts, lines);
  const found: Overdraft[] = [];
  for (const account of accounts) {
    const balance = after.get(keyId(account.key)) ?? account.balance;
    if (account.floor !== null && balance < account.balance && balance < account.floor) {
      found.push({ account, after: balance, floor: account.floor });
    }
  }
  return found;
}

/** The floor of an account: zero for cash and funds, minus the limit for credit, none otherwise. */
export function floorOf(kind: AccountKind, creditLimit: bigint | null): bigint | null {
  if (kind === "cash" || kind === "fund") return 0n;
  if (kind === "credit") return -(creditLimit ?? 0n);
  return null;
}

interface Common {
  memo: string;
  receipt?: string | null;
}

const cash = (circleId: number, unit: string): AccountKey => ({ kind: "cash", circleId, unit });
const fund = (fundId: number, federationId: number, unit: string): AccountKey => ({
  kind: "fund",
  fundId,
  federationId,
  unit,
});

/** Money a circle received: its cash up, its income up (credited). */
export function incomeEntry(
  input: Common & { circleId: number; unit: string; amount: bigint; levy?: LevyApplied | null },
): EntryDraft {
  positive(input.amount);
  const lines: LineDraft[] = [
    { account: cash(input.circleId, input.unit), amount: input.amount },
    { account: { kind: "income", circleId: input.circleId, unit: input.unit }, amount: -input.amount },
  ];
  const levy = input.levy;
  if (levy && levy.amount > 0n) {
    lines.push(
      { account: cash(input.circleId, input.unit), amount: -levy.amount, levyRuleId: levy.rule.id },
      {
        account: fund(levy.rule.fundId, levy.rule.federationId, input.unit),
        amount: levy.amount,
        levyRuleId: levy.rule.id,
      },
    );
  }
  return {
    kind: input.levy === undefined ? "income" : "donation",
    memo: input.memo,
    receipt: input.receipt ?? null,
    circleId: input.circleId,
    federationId: levy?.rule.federationId ?? null,
    reverses: null,
    lines,
  };
}

/** Money a circle spent: its expense up (debited), its cash down. */
export function expenseEntry(
  input: Common & { circleId: number; unit: string; amount: bigint; budgetLineId?: number | null },
): EntryDraft {
  positive(input.amount);
  return {
    kind: "expense",
    memo: input.memo,
    receipt: input.receipt ?? null,
    circleId: input.circleId,
    federationId: null,
    reverses: null,
    lines: [
      {
        account: { kind: "expense", circleId: input.circleId, unit: input.unit },
        amount: input.amount,
        budgetLineId: input.budgetLineId ?? null,
      },
      { account: cash(input.circleId, input.unit), amount: -input.amount },
    ],
  };
}

/** A two-line entry: `amount` leaves `from` and reaches `to`, recorded by `by`. */
function transfer(
  kind: EntryKind,
  input: Common & { amount: bigint },
  by: { circleId: number | null; federationId: number },
  from: AccountKey,
  to: AccountKey,
): EntryDraft {
  positive(input.amount);
  return {
    kind,
    memo: input.memo,
    receipt: input.receipt ?? null,
    circleId: by.circleId,
    federationId: by.federationId,
    reverses: null,
    lines: [
      { account: from, amount: -input.amount },
      { account: to, amount: input.amount },
    ],
  };
}

/** A circle pays into a common fund: its cash down, the fund up. */
export function fundPaymentEntry(
  input: Common & { circleId: number; fundId: number; federationId: number; unit: string; amount: bigint },
): EntryDraft {
  const { circleId, federationId, unit } = input;
  return transfer("fund-payment", input, input, cash(circleId, unit), fund(input.fundId, federationId, unit));
}

/** The federation draws on a fund for a circle: the fund down, the circle's cash up. */
export function fundDrawEntry(
  input: Common & { circleId: number; fundId: number; federationId: number; unit: string; amount: bigint },
): EntryDraft {
  const { circleId, federationId, unit } = input;
  const by = { circleId: null, federationId };
  return transfer("fund-draw", input, by, fund(input.fundId, federationId, unit), cash(circleId, unit));
}

/** Money one circle gives another through aid, in both books at once. */
export function aidEntry(
  input: Common & { from: number; to: number; federationId: number; unit: string; amount: bigint },
): EntryDraft {
  positive(input.amount);
  if (input.from === input.to) throw new Error("aid goes from one circle to another");
  const by = { circleId: input.from, federationId: input.federationId };
  return transfer("aid", input, by, cash(input.from, input.unit), cash(input.to, input.unit));
}

/** A mutual-credit payment: the payer's credit down, the payee's up; the pool still sums to zero. */
export function creditEntry(
  input: Common & { federationId: number; payer: number; payee: number; unit: string; amount: bigint },
): EntryDraft {
  positive(input.amount);
  if (input.payer === input.payee) throw new Error("a circle cannot pay itself");
  const account = (circleId: number): AccountKey => ({
    kind: "credit",
    federationId: input.federationId,
    circleId,
    unit: input.unit,
  });
  const by = { circleId: input.payer, federationId: input.federationId };
  return transfer("credit", input, by, account(input.payer), account(input.payee));
}

/**
 * The entry that undoes `entry`: every line negated, on the same accounts, budget lines and levy
 * rules, so balances, what a budget line has spent and what a levy brought are all back where
 * they were. Recorded by whoever decided the reversal.
 */
export function reversalEntry(
  entry: Pick<JournalEntry, "id" | "kind" | "circleId" | "federationId" | "lines">,
  memo: string,
): EntryDraft {
  if (entry.kind === "reversal") throw new Error("a reversal is not reversed; record the entry again");
  return {
    kind: "reversal",
    memo,
    receipt: null,
    circleId: entry.circleId,
    federationId: entry.federationId,
    reverses: entry.id,
    lines: entry.lines.map((line) => ({
      account: line.account,
      amount: -line.amount,
      budgetLineId: line.budgetLineId,
      levyRuleId: line.levyRuleId,
    })),
  };
}

/**
 * The federation's solidarity levy: a share (`rateBp`, in basis points) of each donation a
 * circle records goes to a common fund, when that circle's resources (its cash in the donation's
 * unit, before the donation) exceed `threshold`.
 */
export interface LevyRule {
  id: number;
  federationId: number;
  fundId: number;
  unit: string;
  rateBp: number;
  threshold: bigint;
}

export interface LevyApplied {
  rule: LevyRule;
  amount: bigint;
}

/**
 * The levy on a donation: `rateBp` of it, rounded down to the minor unit (the circle never
 * pays more than the rule says), or nothing when the circle's resources do not exceed the
 * threshold.
 */
export function levyOn(donation: bigint, rule: LevyRule, resourcesBefore: bigint): bigint {
  positive(donation);
  if (resourcesBefore <= rule.threshold) return 0n;
  return (donation * BigInt(rule.rateBp)) / 10_000n;
}

/** Budget line: planned, what expenses counted against it, and what remains (negative: overspent). */
export function remains(planned: bigint, spent: bigint): bigint {
  return planned - spent;
}

/**
 * A circle "deep in deficit" in mutual credit: it has used three quarters or more of its limit
 * (or is below zero with no limit left). The digest names such circles gently: buying from them
 * is how the pool rebalances.
 */
export function deepInDeficit(balance: bigint, limit: bigint): boolean {
  if (balance >= 0n) return false;
  if (limit === 0n) return true;
  return -balance * 4n >= limit * 3n;
}

function positive(amount: bigint): void {
  if (amount <= 0n) throw new Error(`amounts in entries are positive, not ${amount}`);
}

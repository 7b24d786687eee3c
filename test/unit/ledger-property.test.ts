import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Account,
  type AccountKey,
  assertBalanced,
  deepInDeficit,
  type EntryDraft,
  floorOf,
  isBalanced,
  keyId,
  levyOn,
  overdrafts,
  reversalEntry,
  sums,
} from "../../src/core/ledger.js";
import {
  draftFor,
  levyKeys,
  limitsArb,
  type Op,
  opArb,
  WORLD,
  type WorldIds,
} from "../support/ledger-ops.js";

const IDS: WorldIds = {
  federationId: 1,
  circleIds: Array.from({ length: WORLD.circles }, (_, i) => i + 1),
  funds: { EUR: 1, hours: 2 },
  levy: { id: 1, federationId: 1, fundId: 1, unit: "EUR", rateBp: 500, threshold: 100_000n },
  creditUnit: "credits",
};

/**
 * The books in memory, applying entries exactly as the service does: the accounts an entry
 * touches are read, the entry is refused when `overdrafts` finds one going below its floor, and
 * otherwise every line is added to its account.
 */
class Books {
  readonly accounts = new Map<string, Account>();
  readonly entries: Array<EntryDraft & { id: number }> = [];
  refused = 0;

  constructor(private readonly limits: readonly bigint[]) {}

  account(key: AccountKey): Account {
    const id = keyId(key);
    let account = this.accounts.get(id);
    if (!account) {
      const limit = key.kind === "credit" ? (this.limits[IDS.circleIds.indexOf(key.circleId)] ?? 0n) : null;
      account = { id: this.accounts.size + 1, key, balance: 0n, floor: floorOf(key.kind, limit) };
      this.accounts.set(id, account);
    }
    return account;
  }

  apply(op: Op): void {
    const draft =
      op.kind === "reverse"
        ? this.reversal(op.pick)
        : draftFor(op, IDS, (c, u) => this.account({ kind: "cash", circleId: c, unit: u }).balance);
    if (!draft) return;
    assertBalanced(draft);
    const touched = [
      ...new Map(
        [...draft.lines.map((l) => l.account), ...levyKeys(op, IDS)].map((k) => [keyId(k), k]),
      ).values(),
    ].map((k) => this.account(k));
    if (overdrafts(touched, draft.lines).length > 0) {
      this.refused += 1;
      return;
    }
    for (const line of draft.lines) this.account(line.account).balance += line.amount;
    this.entries.push({ ...draft, id: this.entries.length + 1 });
  }

  private reversal(pick: number): EntryDraft | undefined {
    const candidates = this.entries.filter(
      (e) => e.kind !== "reversal" && e.kind !== "credit" && !this.entries.some((r) => r.reverses === e.id),
    );
    const entry = candidates[pick % Math.max(1, candidates.length)];
    if (!entry) return undefined;
    return reversalEntry(
      {
        ...entry,
        lines: entry.lines.map((l) => ({
          ...l,
          accountId: 0,
          budgetLineId: l.budgetLineId ?? null,
          levyRuleId: l.levyRuleId ?? null,
        })),
      },
      "undo",
    );
  }
}

describe("the journal's invariants, on random sequences of operations", () => {
  it("PROPERTY: every entry balances, every unit sums to zero, credit sums to exactly zero, and no floor or limit is ever passed", () => {
    fc.assert(
      fc.property(limitsArb, fc.array(opArb, { minLength: 1, maxLength: 120 }), (limits, ops) => {
        const books = new Books(limits);
        for (const op of ops) {
          books.apply(op);
          // After every step, not only at the end.
          const perUnit = new Map<string, bigint>();
          for (const account of books.accounts.values()) {
            perUnit.set(account.key.unit, (perUnit.get(account.key.unit) ?? 0n) + account.balance);
            if (account.floor !== null)
              expect(account.balance >= account.floor, keyId(account.key)).toBe(true);
          }
          for (const [unit, total] of perUnit) expect(total, unit).toBe(0n);
        }
        for (const entry of books.entries) expect(isBalanced(entry.lines)).toBe(true);
        const credit = [...books.accounts.values()].filter((a) => a.key.kind === "credit");
        expect(credit.reduce((sum, a) => sum + a.balance, 0n)).toBe(0n);
        for (const account of credit) {
          const limit =
            limits[IDS.circleIds.indexOf(account.key.kind === "credit" ? account.key.circleId : 0)] ?? 0n;
          expect(account.balance >= -limit).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("PROPERTY: a reversal brings every account back exactly, levy lines included", () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 40 }), (ops) => {
        const books = new Books(Array(WORLD.circles).fill(10_000_000n));
        for (const op of ops) books.apply(op);
        const before = new Map([...books.accounts].map(([id, a]) => [id, a.balance]));
        const target = books.entries.find((e) => e.kind !== "credit" && e.kind !== "reversal");
        if (!target) return;
        const undo = reversalEntry(
          {
            ...target,
            lines: target.lines.map((l) => ({
              ...l,
              accountId: 0,
              budgetLineId: null,
              levyRuleId: l.levyRuleId ?? null,
            })),
          },
          "undo",
        );
        expect([...sums([...target.lines, ...undo.lines]).values()].every((s) => s === 0n)).toBe(true);
        for (const line of undo.lines) books.account(line.account).balance += line.amount;
        for (const line of target.lines) books.account(line.account).balance += line.amount;
        for (const [id, balance] of before) expect(books.accounts.get(id)?.balance).toBe(balance);
      }),
      { numRuns: 200 },
    );
  });

  it("PROPERTY: the levy is the rate of the donation rounded down, never more than it, and nothing at or below the threshold", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 14n }),
        fc.integer({ min: 1, max: 5000 }),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        (donation, rateBp, threshold, resources) => {
          const rule = { id: 1, federationId: 1, fundId: 1, unit: "EUR", rateBp, threshold };
          const levy = levyOn(donation, rule, resources);
          if (resources <= threshold) {
            expect(levy).toBe(0n);
          } else {
            expect(levy * 10_000n <= donation * BigInt(rateBp)).toBe(true);
            expect((levy + 1n) * 10_000n > donation * BigInt(rateBp)).toBe(true);
            expect(levy < donation).toBe(true);
          }
        },
      ),
    );
  });

  it("worked levy: 5% of a 1,234.56 EUR donation to a circle holding 2,500.00 above a 2,000.00 threshold is 61.72 EUR", () => {
    const rule = { id: 1, federationId: 1, fundId: 1, unit: "EUR", rateBp: 500, threshold: 200_000n };
    // 123456 cents × 5 / 100 = 6172.8 cents, rounded down to 6172.
    expect(levyOn(123_456n, rule, 250_000n)).toBe(6_172n);
    expect(levyOn(123_456n, rule, 200_000n)).toBe(0n);
  });

  it("names a circle deep in deficit from three quarters of its limit", () => {
    expect(deepInDeficit(-74n, 100n)).toBe(false);
    expect(deepInDeficit(-75n, 100n)).toBe(true);
    expect(deepInDeficit(-1n, 0n)).toBe(true);
    expect(deepInDeficit(0n, 0n)).toBe(false);
    expect(deepInDeficit(50n, 100n)).toBe(false);
  });

  it("refuses a draft that does not balance or has a zero line", () => {
    const cash = { kind: "cash" as const, circleId: 1, unit: "EUR" };
    const income = { kind: "income" as const, circleId: 1, unit: "EUR" };
    const draft = (lines: EntryDraft["lines"]): EntryDraft => ({
      kind: "income",
      memo: "",
      receipt: null,
      circleId: 1,
      federationId: null,
      reverses: null,
      lines,
    });
    expect(() =>
      assertBalanced(
        draft([
          { account: cash, amount: 5n },
          { account: income, amount: -4n },
        ]),
      ),
    ).toThrow(/does not balance in EUR: 1/);
    expect(() => assertBalanced(draft([{ account: cash, amount: 5n }]))).toThrow(/two lines/);
    expect(() =>
      assertBalanced(
        draft([
          { account: cash, amount: 0n },
          { account: income, amount: 0n },
        ]),
      ),
    ).toThrow(/zero line/);
    // EUR and hours each balance on their own: 5 EUR against 5 hours is not balanced.
    expect(
      isBalanced([
        { account: cash, amount: 5n },
        { account: { ...income, unit: "hours" }, amount: -5n },
      ]),
    ).toBe(false);
    expect(
      overdrafts([{ id: 1, key: cash, balance: 3n, floor: 0n }], [{ account: cash, amount: -4n }]),
    ).toHaveLength(1);
  });
});

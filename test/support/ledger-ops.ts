import fc from "fast-check";
import {
  type AccountKey,
  aidEntry,
  creditEntry,
  type EntryDraft,
  expenseEntry,
  fundDrawEntry,
  fundPaymentEntry,
  incomeEntry,
  type LevyRule,
  levyOn,
} from "../../src/core/ledger.js";

/**
 * Random sequences of treasury operations for property tests, in a small world: `circles`
 * circles of one federation, two funds (EUR and hours), one levy rule on EUR donations, and a
 * mutual-credit pool where each circle has a limit of its own. The same operations drive the
 * pure model (test/unit) and the real database (test/integration).
 */
export const WORLD = { circles: 4 } as const;

export type Op =
  | { kind: "income"; circle: number; unit: "EUR" | "hours"; amount: bigint; donation: boolean }
  | { kind: "expense"; circle: number; unit: "EUR" | "hours"; amount: bigint }
  | { kind: "fund-pay"; circle: number; unit: "EUR" | "hours"; amount: bigint }
  | { kind: "fund-draw"; circle: number; unit: "EUR" | "hours"; amount: bigint }
  | { kind: "aid"; from: number; to: number; amount: bigint }
  | { kind: "credit"; payer: number; payee: number; amount: bigint }
  | { kind: "reverse"; pick: number };

const circle = fc.integer({ min: 0, max: WORLD.circles - 1 });
const unit = fc.constantFrom("EUR" as const, "hours" as const);
/** Amounts from a cent to 5,000.00, biased to small ones so floors and limits are met often. */
const amount = fc.oneof(
  { weight: 4, arbitrary: fc.bigInt({ min: 1n, max: 5_000n }) },
  { weight: 1, arbitrary: fc.bigInt({ min: 1n, max: 500_000n }) },
  { weight: 1, arbitrary: fc.constantFrom(1n, 99n, 100n, 10_000n) },
);
const pair = fc
  .tuple(circle, fc.integer({ min: 1, max: WORLD.circles - 1 }))
  .map(([a, d]) => [a, (a + d) % WORLD.circles] as const);

export const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("income" as const),
      circle,
      unit,
      amount,
      donation: fc.boolean(),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("expense" as const), circle, unit, amount }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("fund-pay" as const), circle, unit, amount }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("fund-draw" as const), circle, unit, amount }) },
  {
    weight: 2,
    arbitrary: fc
      .record({ kind: fc.constant("aid" as const), amount })
      .chain((op) => pair.map(([from, to]) => ({ ...op, from, to }))),
  },
  {
    weight: 5,
    arbitrary: fc
      .record({ kind: fc.constant("credit" as const), amount })
      .chain((op) => pair.map(([payer, payee]) => ({ ...op, payer, payee }))),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("reverse" as const), pick: fc.nat() }) },
);

/** Each circle's credit limit (how far below zero), drawn once per sequence. */
export const limitsArb = fc.array(fc.bigInt({ min: 0n, max: 200_000n }), {
  minLength: WORLD.circles,
  maxLength: WORLD.circles,
});

/** The ids a world was given (by the model or by the database). */
export interface WorldIds {
  federationId: number;
  circleIds: readonly number[];
  funds: Readonly<Record<"EUR" | "hours", number>>;
  levy: LevyRule;
  creditUnit: string;
}

/**
 * The entry an operation asks for and the accounts it needs, built with the core's own builders;
 * `cashBefore` gives a circle's cash (for the levy). A reversal is built by the caller, which
 * knows the entries.
 */
export function draftFor(
  op: Exclude<Op, { kind: "reverse" }>,
  ids: WorldIds,
  cashBefore: (circleId: number, unit: string) => bigint,
): EntryDraft {
  const c = (i: number) => ids.circleIds[i] ?? 0;
  switch (op.kind) {
    case "income": {
      const circleId = c(op.circle);
      const rule = op.donation && op.unit === ids.levy.unit ? ids.levy : undefined;
      const levy = !op.donation
        ? undefined
        : rule
          ? { rule, amount: levyOn(op.amount, rule, cashBefore(circleId, op.unit)) }
          : null;
      return incomeEntry({ circleId, unit: op.unit, amount: op.amount, memo: "in", levy });
    }
    case "expense":
      return expenseEntry({ circleId: c(op.circle), unit: op.unit, amount: op.amount, memo: "out" });
    case "fund-pay":
      return fundPaymentEntry({
        circleId: c(op.circle),
        fundId: ids.funds[op.unit],
        federationId: ids.federationId,
        unit: op.unit,
        amount: op.amount,
        memo: "pay in",
      });
    case "fund-draw":
      return fundDrawEntry({
        circleId: c(op.circle),
        fundId: ids.funds[op.unit],
        federationId: ids.federationId,
        unit: op.unit,
        amount: op.amount,
        memo: "draw",
      });
    case "aid":
      return aidEntry({
        from: c(op.from),
        to: c(op.to),
        federationId: ids.federationId,
        unit: "EUR",
        amount: op.amount,
        memo: "aid",
      });
    case "credit":
      return creditEntry({
        federationId: ids.federationId,
        payer: c(op.payer),
        payee: c(op.payee),
        unit: ids.creditUnit,
        amount: op.amount,
        memo: "credit",
      });
  }
}

/** The accounts a levy might touch for an income op, beyond its own lines (the fund). */
export function levyKeys(op: Op, ids: WorldIds): AccountKey[] {
  if (op.kind !== "income" || !op.donation || op.unit !== ids.levy.unit) return [];
  return [{ kind: "fund", fundId: ids.levy.fundId, federationId: ids.federationId, unit: op.unit }];
}

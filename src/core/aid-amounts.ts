import { formatMoney, toDecimal, type Unit, unitOf } from "./money.js";

/**
 * Aid amounts, exact: millionths of their unit as `bigint` (the database keeps numeric(24,6)).
 * A request and each offer keep their own unit; what arrived counts towards a request only in
 * the request's unit (150 people never cover 400 EUR), and partial deliveries add up.
 */
export const MICRO = 1_000_000n;
const SCALE = 6;

/** Reads `3`, `2.5` or `2,5` (at most 12 digits before the point and 6 after) as millionths. */
export function parseQuantity(text: string): bigint | undefined {
  const match = /^(\d{1,12})(?:[.,](\d{1,6}))?$/.exec(text.trim());
  if (!match) return undefined;
  return BigInt(`${match[1]}${(match[2] ?? "").padEnd(SCALE, "0")}`);
}

/** `400`, `2.5`: the decimal without trailing zeros. */
export function quantityText(micros: bigint): string {
  const text = toDecimal(micros, SCALE);
  let end = text.length;
  while (text[end - 1] === "0") end -= 1;
  if (text[end - 1] === ".") end -= 1;
  return text.slice(0, end);
}

/** The numeric(24,6) text the database keeps, from millionths. */
export function toNumeric(micros: bigint): string {
  return toDecimal(micros, SCALE);
}

/** Millionths from numeric text the database returns (`400.000000`, `2.5`). */
export function fromNumeric(text: string): bigint {
  const [whole = "0", fraction = ""] = text.split(".");
  const negative = whole.startsWith("-");
  const digits = BigInt(`${negative ? whole.slice(1) : whole}${fraction.slice(0, SCALE).padEnd(SCALE, "0")}`);
  return negative ? -digits : digits;
}

/** The unit as it is compared: currencies by ISO code, other units without case or blanks. */
export function unitKey(unit: string): string {
  const known = unitOf(unit);
  if (known) return known.code;
  return unit.trim().toLowerCase();
}

export function sameUnit(a: string, b: string): boolean {
  return unitKey(a) === unitKey(b);
}

/** The currency (or hours) an aid unit names, when it is one the books keep. */
export function bookUnit(unit: string): Unit | undefined {
  return unitOf(unit);
}

/** An aid amount in minor units of a book unit, when it is exact there (150.5 EUR: yes; 150.555 EUR: no). */
export function toMinor(micros: bigint, unit: Unit): bigint | undefined {
  const factor = 10n ** BigInt(SCALE - unit.scale);
  return micros % factor === 0n ? micros / factor : undefined;
}

export function fromMinor(minor: bigint, unit: Unit): bigint {
  return minor * 10n ** BigInt(SCALE - unit.scale);
}

/**
 * An amount as people read it: `€400.00` when the unit is a currency the books know, `2.5 kg`,
 * `3 tables`, or just `500` when there is no unit.
 */
export function formatQuantity(micros: bigint, unit: string): string {
  const money = unitOf(unit);
  if (money?.kind === "currency") {
    const minor = toMinor(micros, money);
    if (minor !== undefined) return formatMoney(minor, money);
  }
  return `${quantityText(micros)} ${unit.trim()}`.trim();
}

/** What arrived for a request, in its unit: the deliveries in that unit, added up. */
export function arrivedFor(
  requestUnit: string,
  deliveries: ReadonlyArray<{ amount: bigint | null; unit: string }>,
): bigint {
  let total = 0n;
  for (const d of deliveries) if (d.amount !== null && sameUnit(d.unit, requestUnit)) total += d.amount;
  return total;
}

/**
 * Whether what arrived covers a request. A request with an amount is covered when the deliveries
 * in its unit reach it; one without an amount ("money", "help with the move") by the first offer
 * delivered in full.
 */
export function isCovered(
  request: { amount: bigint | null; unit: string },
  deliveries: ReadonlyArray<{ amount: bigint | null; unit: string }>,
  anOfferCompleted: boolean,
): boolean {
  if (request.amount === null) return anOfferCompleted;
  return arrivedFor(request.unit, deliveries) >= request.amount;
}

/** What is still to arrive of an offer (null: it had no amount, so it is whole once delivered). */
export function offerRemaining(offerAmount: bigint | null, delivered: bigint): bigint | null {
  if (offerAmount === null) return null;
  const left = offerAmount - delivered;
  return left > 0n ? left : 0n;
}

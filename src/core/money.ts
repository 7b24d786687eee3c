import { t } from "./i18n.js";

/**
 * Amounts in books: integer minor units (`bigint`) of a unit. A unit is an ISO 4217 currency
 * (as the platform's ICU knows it: EUR has 2 decimals, JPY none, KWD 3) or one of the non-money
 * units a circle may keep books in: `hours` (of work given, to the hundredth) and `credits`
 * (a federation's mutual-credit unit, to the hundredth). Nothing here rounds: an amount either
 * fits its unit's decimals exactly or is refused.
 */
export interface Unit {
  /** `EUR`, `hours`, `credits`. */
  code: string;
  /** Decimals of the minor unit: 2 for EUR (cents), 0 for JPY. */
  scale: number;
  kind: "currency" | "hours" | "credits";
}

const NON_MONEY: Readonly<Record<string, Unit>> = {
  hours: { code: "hours", scale: 2, kind: "hours" },
  hour: { code: "hours", scale: 2, kind: "hours" },
  h: { code: "hours", scale: 2, kind: "hours" },
  credits: { code: "credits", scale: 2, kind: "credits" },
  credit: { code: "credits", scale: 2, kind: "credits" },
};

let currencies: ReadonlySet<string> | undefined;
function knownCurrencies(): ReadonlySet<string> {
  currencies ??= new Set(Intl.supportedValuesOf("currency"));
  return currencies;
}

const scales = new Map<string, number>();
function currencyScale(code: string): number {
  let scale = scales.get(code);
  if (scale === undefined) {
    scale =
      new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    scales.set(code, scale);
  }
  return scale;
}

/** The unit named by `text` (`EUR`, `eur`, `hours`, `credits`), or undefined. */
export function unitOf(text: string): Unit | undefined {
  const word = text.trim();
  if (word.length > 12) return undefined;
  const lower = word.toLowerCase();
  const other = NON_MONEY[lower];
  if (other) return other;
  const code = word.toUpperCase();
  if (!/^[A-Z]{3}$/.test(code) || !knownCurrencies().has(code)) return undefined;
  return { code, scale: currencyScale(code), kind: "currency" };
}

/** Like {@link unitOf}, for a code read back from the database (always known). */
export function unitOfCode(code: string): Unit {
  const unit = unitOf(code);
  if (!unit) throw new Error(`unknown unit ${code} in the books`);
  return unit;
}

/** Why `text` is not an amount of `unit`, or the amount in minor units. */
export type ParsedAmount = { ok: true; minor: bigint } | { ok: false; problem: string };

/**
 * Reads an amount as people write it (`45`, `45.8`, `45,80`) in minor units of `unit`: digits
 * with at most one decimal point or comma, at most 12 digits before it and no more decimals than
 * the unit has. No sign, exponent, hex, blanks or thousands separators.
 */
export function parseMinor(text: string, unit: Unit): ParsedAmount {
  const match = /^(\d{1,12})(?:[.,](\d{1,6}))?$/.exec(text.trim());
  if (!match) return { ok: false, problem: t("money.not_an_amount", { value: text.slice(0, 40) }) };
  const fraction = match[2] ?? "";
  if (fraction.length > unit.scale) {
    return {
      ok: false,
      problem: t("money.too_many_decimals", { unit: unit.code, scale: unit.scale }),
    };
  }
  const minor = BigInt(`${match[1]}${fraction.padEnd(unit.scale, "0")}`);
  return { ok: true, minor };
}

/** `-1234.5` for (-123450n, EUR): an exact decimal string, for formatting and CSV. */
export function toDecimal(minor: bigint, scale: number): string {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? `.${digits.slice(digits.length - scale)}` : "";
  return `${negative ? "-" : ""}${whole}${fraction}`;
}

const formats = new Map<string, Intl.NumberFormat>();
function format(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let found = formats.get(key);
  if (!found) {
    found = make();
    formats.set(key, found);
  }
  return found;
}

/**
 * An amount as people read it, with ICU's formatting: `€1,234.50`, `CHF 12.00`, `¥500`,
 * `1.5 hours`, `12.50 credits`. The decimal is handed to ICU as a string, so no amount is
 * rounded through a float.
 */
export function formatMoney(minor: bigint, unit: Unit): string {
  const decimal = toDecimal(minor, unit.scale) as `${number}`;
  switch (unit.kind) {
    case "currency":
      return format(unit.code, () => new Intl.NumberFormat("en", { style: "currency", currency: unit.code }))
        .format(decimal)
        .replace(/\u00a0/g, " ");
    case "hours":
      return t("money.hours", {
        amount: format("hours", () => new Intl.NumberFormat("en", { maximumFractionDigits: 2 })).format(
          decimal,
        ),
        count: minor === 100n || minor === -100n ? 1 : 2,
      });
    case "credits":
      return t("money.credits", {
        amount: format(
          "credits",
          () => new Intl.NumberFormat("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
        ).format(decimal),
        count: minor === 100n || minor === -100n ? 1 : 2,
      });
  }
}

/** A signed amount for movements: `+€50.00`, `−€12.00`. */
export function formatSigned(minor: bigint, unit: Unit): string {
  if (minor < 0n) return `−${formatMoney(-minor, unit)}`;
  return `+${formatMoney(minor, unit)}`;
}

/** Basis points (1/100 of a percent) from a share such as `5%`, `2.5%` or `0.05`; undefined if not one. */
export function parseRate(text: string): number | undefined {
  const trimmed = text.trim();
  const percent = /^(\d{1,3})(?:[.,](\d{1,2}))?\s*%$/.exec(trimmed);
  if (percent) {
    const bp = Number(percent[1]) * 100 + Number((percent[2] ?? "").padEnd(2, "0"));
    return bp <= 10_000 ? bp : undefined;
  }
  const share = /^0[.,](\d{1,4})$/.exec(trimmed);
  if (share) return Number((share[1] ?? "").padEnd(4, "0"));
  return undefined;
}

/** `5%`, `2.5%` for basis points. */
export function formatRate(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const fraction = String(bp % 100).padStart(2, "0");
  if (fraction === "00") return `${whole}%`;
  return `${whole}.${fraction.endsWith("0") ? fraction[0] : fraction}%`;
}

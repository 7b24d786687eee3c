import { describe, expect, it } from "vitest";
import {
  formatMoney,
  formatRate,
  parseMinor,
  parseRate,
  toDecimal,
  unitOf,
  unitOfCode,
} from "../../src/core/money.js";

describe("money: exact amounts in minor units, formatted by ICU", () => {
  it("knows ISO 4217 currencies with their decimals, and hours and credits", () => {
    expect(unitOf("EUR")).toEqual({ code: "EUR", scale: 2, kind: "currency" });
    expect(unitOf("chf")?.code).toBe("CHF");
    expect(unitOf("JPY")?.scale).toBe(0);
    expect(unitOf("KWD")?.scale).toBe(3);
    expect(unitOf("hours")).toEqual({ code: "hours", scale: 2, kind: "hours" });
    expect(unitOf("h")?.code).toBe("hours");
    expect(unitOf("credits")?.kind).toBe("credits");
    for (const bad of ["EURO", "XYZ", "", "€", "kg", "E U", "a".repeat(40)])
      expect(unitOf(bad), bad).toBeUndefined();
  });

  it("reads amounts strictly: no sign, exponent, hex, blanks, separators or surplus decimals", () => {
    const eur = unitOfCode("EUR");
    expect(parseMinor("45.80", eur)).toEqual({ ok: true, minor: 4580n });
    expect(parseMinor("45,8", eur)).toEqual({ ok: true, minor: 4580n });
    expect(parseMinor("999999999999.99", eur)).toEqual({ ok: true, minor: 99_999_999_999_999n });
    expect(parseMinor("500", unitOfCode("JPY"))).toEqual({ ok: true, minor: 500n });
    for (const bad of ["-1", "+1", "1e3", "0x10", "1 000", "1,000.00", "", ".5", "5.", "1234567890123"]) {
      expect(parseMinor(bad, eur).ok, bad).toBe(false);
    }
    const tooFine = parseMinor("1.005", eur);
    expect(tooFine.ok).toBe(false);
    if (!tooFine.ok) expect(tooFine.problem).toBe("EUR has 2 decimals");
    const yen = parseMinor("1.5", unitOfCode("JPY"));
    if (!yen.ok) expect(yen.problem).toBe("JPY has no decimals");
    expect(yen.ok).toBe(false);
  });

  it("formats each unit its own way, exactly, even beyond a float's precision", () => {
    expect(formatMoney(123_450n, unitOfCode("EUR"))).toBe("€1,234.50");
    expect(formatMoney(1_200n, unitOfCode("CHF"))).toBe("CHF 12.00");
    expect(formatMoney(500n, unitOfCode("JPY"))).toBe("¥500");
    expect(formatMoney(1_234_567n, unitOfCode("KWD"))).toBe("KWD 1,234.567");
    expect(formatMoney(150n, unitOfCode("hours"))).toBe("1.5 hours");
    expect(formatMoney(100n, unitOfCode("hours"))).toBe("1 hour");
    expect(formatMoney(1_250n, unitOfCode("credits"))).toBe("12.50 credits");
    expect(formatMoney(-5n, unitOfCode("EUR"))).toBe("-€0.05");
    expect(formatMoney(900_719_925_474_099_301n, unitOfCode("EUR"))).toBe("€9,007,199,254,740,993.01");
    expect(toDecimal(-5n, 2)).toBe("-0.05");
    expect(toDecimal(7n, 0)).toBe("7");
  });

  it("reads levy rates as basis points", () => {
    expect(parseRate("5%")).toBe(500);
    expect(parseRate("2.5 %")).toBe(250);
    expect(parseRate("0.05")).toBe(500);
    expect(parseRate("100%")).toBe(10_000);
    for (const bad of ["101%", "-5%", "5", "1e2%", "5.555%", ""]) expect(parseRate(bad), bad).toBeUndefined();
    expect(formatRate(500)).toBe("5%");
    expect(formatRate(250)).toBe("2.5%");
    expect(formatRate(1)).toBe("0.01%");
  });
});

import { describe, expect, it } from "vitest";
import { type AidRequest, byUrgencyThenAge, parseNeeds } from "../../src/core/aid.js";
import {
  arrivedFor,
  formatQuantity,
  fromNumeric,
  isCovered,
  parseQuantity,
  sameUnit,
  toMinor,
  toNumeric,
} from "../../src/core/aid-amounts.js";
import { unitOfCode } from "../../src/core/money.js";

const request = (id: number, urgency: AidRequest["urgency"], day: number): AidRequest => ({
  id,
  circleId: 1,
  federationId: 1,
  what: "x",
  amount: 1_000_000n,
  unit: "",
  byAt: new Date(Date.UTC(2026, 5, 1)),
  urgency,
  status: "open",
  requestedBy: "shell:ana",
  requestedAt: new Date(Date.UTC(2026, 0, day)),
  endedAt: null,
});

describe("mutual aid rules", () => {
  it("orders requests most urgent first, then oldest first", () => {
    const sorted = [
      request(1, "low", 1),
      request(2, "high", 9),
      request(3, "normal", 2),
      request(4, "high", 3),
    ]
      .sort(byUrgencyThenAge)
      .map((r) => r.id);
    expect(sorted).toEqual([4, 2, 3, 1]);
  });

  it("reads needs in any order and case, and refuses unknown ones", () => {
    expect(parseNeeds("Advice|material")).toEqual(["material", "advice"]);
    expect(parseNeeds("affirmation, advice")).toEqual(["advice", "affirmation"]);
    expect(parseNeeds("money")).toBeUndefined();
    expect(parseNeeds("advice|money")).toBeUndefined();
    expect(parseNeeds(" ")).toBeUndefined();
  });

  it("formats amounts exactly and without noise, money in its currency's way", () => {
    const q = (text: string) => parseQuantity(text) ?? -1n;
    expect(formatQuantity(q("3"), "tables")).toBe("3 tables");
    expect(formatQuantity(q("2.5"), "kg")).toBe("2.5 kg");
    expect(formatQuantity(q("0.333333"), "")).toBe("0.333333");
    expect(formatQuantity(q("2,001"), "kg")).toBe("2.001 kg");
    expect(formatQuantity(q("400"), "EUR")).toBe("€400.00");
    expect(formatQuantity(q("400"), "eur")).toBe("€400.00");
    // Not exact in the currency: shown as typed rather than rounded.
    expect(formatQuantity(q("1.005"), "EUR")).toBe("1.005 EUR");
  });

  it("reads amounts strictly and round-trips them through the database's numeric text", () => {
    for (const bad of ["", "-1", "1e3", "0x10", "1 000", "1.2.3", "1.1234567", "1234567890123"])
      expect(parseQuantity(bad), bad).toBeUndefined();
    expect(parseQuantity("123456789012.123456")).toBe(123_456_789_012_123_456n);
    for (const text of ["0.000001", "400", "2.5", "123456789012.123456"]) {
      const micros = parseQuantity(text) ?? 0n;
      expect(fromNumeric(toNumeric(micros))).toBe(micros);
    }
    expect(fromNumeric("400.000000")).toBe(400_000_000n);
    expect(toMinor(150_500_000n, unitOfCode("EUR"))).toBe(15_050n);
    expect(toMinor(150_555_000n, unitOfCode("EUR"))).toBeUndefined();
  });

  it("GIVEN a 400 EUR request THEN 150 EUR does not cover it, 150 people never count, and 150 + 250 EUR does", () => {
    const asked = { amount: parseQuantity("400") ?? 0n, unit: "EUR" };
    const euros = (n: string) => ({ amount: parseQuantity(n) ?? 0n, unit: "EUR" });
    expect(isCovered(asked, [euros("150")], true)).toBe(false);
    expect(
      isCovered(asked, [euros("150"), { amount: parseQuantity("150") ?? 0n, unit: "people" }], true),
    ).toBe(false);
    expect(isCovered(asked, [euros("150"), { amount: parseQuantity("250") ?? 0n, unit: "eur" }], true)).toBe(
      true,
    );
    expect(arrivedFor("EUR", [euros("0.1"), euros("0.2")])).toBe(parseQuantity("0.3"));
    expect(sameUnit("Kg", " kg ")).toBe(true);
    expect(sameUnit("EUR", "CHF")).toBe(false);
    // A request with no amount is covered by the first offer delivered in full.
    expect(isCovered({ amount: null, unit: "" }, [], false)).toBe(false);
    expect(isCovered({ amount: null, unit: "" }, [], true)).toBe(true);
  });
});

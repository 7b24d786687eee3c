import { describe, expect, it } from "vitest";
import { type AidRequest, byUrgencyThenAge, formatAmount, parseNeeds } from "../../src/core/aid.js";

const request = (id: number, urgency: AidRequest["urgency"], day: number): AidRequest => ({
  id,
  circleId: 1,
  federationId: 1,
  what: "x",
  amount: 1,
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

  it("formats amounts without noise", () => {
    expect(formatAmount(3, "tables")).toBe("3 tables");
    expect(formatAmount(2.5, "kg")).toBe("2.5 kg");
    expect(formatAmount(1 / 3, "")).toBe("0.33");
    expect(formatAmount(2.001, "kg")).toBe("2 kg");
  });
});

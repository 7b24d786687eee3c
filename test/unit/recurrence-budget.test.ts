import fc from "fast-check";
import rrule from "rrule";
import { describe, expect, it } from "vitest";
import { parseCadence } from "../../src/core/cadence.js";
import {
  HORIZON_YEARS,
  isLiveRule,
  lastRuleWork,
  MAX_PERIODS,
  occurrenceAfter,
  occurrences,
} from "../../src/core/recurrence.js";

const { RRule } = rrule;
const NOW = new Date("2026-03-01T12:00:00Z");
const YEAR_MS = 365.25 * 86_400_000;

describe("cadences are read in linear time", () => {
  const monmon = (n: number) => `weekly on ${"mon".repeat(n)}1`;

  it("GIVEN the 101-character cadence from issue 12 THEN it is refused as not understood", () => {
    const cadence = monmon(30);
    expect(cadence).toHaveLength(101);
    const started = performance.now();
    expect(parseCadence(cadence)).toEqual({ problem: expect.stringContaining("not a cadence I understand") });
    // It took 9–64 s before; bounded work, with a ceiling a loaded machine cannot reach.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("GIVEN ever longer day lists THEN the work grows no faster than the text", () => {
    const time = (n: number) => {
      const started = performance.now();
      for (let i = 0; i < 20; i++) parseCadence(monmon(n));
      return performance.now() - started;
    };
    time(50);
    // 2 more "mon" multiplied the time by about 4 before: 4,000 of them would never end.
    expect(time(4000)).toBeLessThan(1000);
  });

  it.each([
    ["every 2 weeks on monday 18:00", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;BYHOUR=18;BYMINUTE=0;BYSECOND=0"],
    [
      "weekly on monday, wednesday and friday",
      "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,WE,FR;BYHOUR=9;BYMINUTE=0;BYSECOND=0",
    ],
    ["weekly on mon,tue", "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU;BYHOUR=9;BYMINUTE=0;BYSECOND=0"],
    ["weekly on monday tuesday,", "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU;BYHOUR=9;BYMINUTE=0;BYSECOND=0"],
    ["weekly on monday, and friday", "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,FR;BYHOUR=9;BYMINUTE=0;BYSECOND=0"],
    ["weekly on mondays and mondays", "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;BYHOUR=9;BYMINUTE=0;BYSECOND=0"],
    ["every 3 months on saturday 10:00", "FREQ=MONTHLY;INTERVAL=3;BYDAY=SA;BYHOUR=10;BYMINUTE=0;BYSECOND=0"],
    ["daily at 9:30", "FREQ=DAILY;INTERVAL=1;BYHOUR=9;BYMINUTE=30;BYSECOND=0"],
  ])("reads %j as %s", (text, rule) => expect(parseCadence(text)).toEqual({ rrule: rule }));

  it.each(["weekly on", "weekly on monday and", "on monday", "weekly on funday", "every moon monday"])(
    "refuses %j",
    (text) => expect(parseCadence(text)).toHaveProperty("problem"),
  );
});

describe("recurrences are evaluated under a budget", () => {
  it("GIVEN a rule that never occurs (issue 12) THEN it is found dead after a bounded number of steps", () => {
    const rule = "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31";
    expect(parseCadence(rule)).toEqual({
      rrule: "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31;BYHOUR=9;BYMINUTE=0;BYSECOND=0",
    });
    const started = performance.now();
    expect(isLiveRule(rule, NOW, "Europe/Paris", NOW)).toBe(false);
    expect(lastRuleWork.exhausted).toBe(true);
    expect(lastRuleWork.periods).toBeLessThanOrEqual(MAX_PERIODS);
    expect(lastRuleWork.periods).toBeGreaterThan(HORIZON_YEARS * 365);
    // 8–13 s before (stepping day by day to the year 9999).
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("GIVEN BYYEARDAY=366 THEN the next terms come in one pass, not one pass per term", () => {
    const terms = occurrences("FREQ=DAILY;BYYEARDAY=366", NOW, "UTC", NOW, 20);
    expect(terms.map((d) => d.toISOString().slice(0, 10))).toEqual(["2028-12-31", "2032-12-31"]);
    expect(lastRuleWork.periods).toBeLessThanOrEqual(HORIZON_YEARS * 366 + 2);
  });

  it("GIVEN a daily rule started decades ago THEN the search starts near now, not at its first day", () => {
    const old = new Date("1990-01-01T09:00:00Z");
    expect(occurrenceAfter("FREQ=DAILY", old, "UTC", NOW)?.toISOString()).toBe("2026-03-02T09:00:00.000Z");
    expect(lastRuleWork.periods).toBeLessThan(5);
  });

  it("GIVEN a leap day THEN it is still found across the eight years around 2100", () => {
    const from = new Date("2096-03-01T00:00:00Z");
    const next = occurrenceAfter("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", from, "UTC", from);
    expect(next?.toISOString().slice(0, 10)).toBe("2104-02-29");
  });

  it("GIVEN hours written out of order THEN the earliest next one comes first", () => {
    const at = new Date("2026-03-02T08:00:00Z");
    expect(occurrenceAfter("FREQ=DAILY;BYHOUR=18,9;BYMINUTE=0", NOW, "UTC", at)?.toISOString()).toBe(
      "2026-03-02T09:00:00.000Z",
    );
  });

  it("GIVEN a rule whose next occurrence is beyond the horizon THEN there is none", () => {
    const next = occurrenceAfter("FREQ=YEARLY;INTERVAL=12", NOW, "UTC", new Date(NOW.getTime() + 1000));
    expect(next).toBeUndefined();
  });

  it("PROPERTY: the bounded, re-anchored search finds exactly what rrule finds unbounded", () => {
    const byday = fc.constantFrom("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    const rules = fc
      .record({
        freq: fc.constantFrom("YEARLY", "MONTHLY", "WEEKLY", "DAILY"),
        interval: fc.integer({ min: 1, max: 5 }),
        byday: fc.option(fc.uniqueArray(byday, { minLength: 1, maxLength: 3 }), { nil: undefined }),
        nth: fc.option(fc.constantFrom(1, 2, -1), { nil: undefined }),
        bymonthday: fc.option(fc.constantFrom(1, 15, 28, -1), { nil: undefined }),
        bymonth: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
        byhour: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 23 }), { minLength: 1, maxLength: 2 }), {
          nil: undefined,
        }),
        bysetpos: fc.option(fc.constantFrom(1, -1), { nil: undefined }),
        wkst: fc.option(byday, { nil: undefined }),
      })
      .map((r) => {
        const parts = [`FREQ=${r.freq}`, `INTERVAL=${r.interval}`];
        const monthlyOrYearly = r.freq === "MONTHLY" || r.freq === "YEARLY";
        if (r.byday)
          parts.push(
            `BYDAY=${r.byday.map((d) => (monthlyOrYearly && r.nth ? `${r.nth}${d}` : d)).join(",")}`,
          );
        if (r.bymonthday && !r.byday) parts.push(`BYMONTHDAY=${r.bymonthday}`);
        if (r.bymonth && r.freq === "YEARLY") parts.push(`BYMONTH=${r.bymonth}`);
        // Sorted: rrule itself yields a day's hours in the order written (see the test above).
        if (r.byhour) parts.push(`BYHOUR=${[...r.byhour].sort((a, b) => a - b).join(",")}`);
        if (r.bysetpos && r.byday && !r.nth) parts.push(`BYSETPOS=${r.bysetpos}`);
        if (r.wkst) parts.push(`WKST=${r.wkst}`);
        return parts.join(";");
      });
    const moments = fc.integer({ min: Date.UTC(1995, 0, 1) / 1000, max: Date.UTC(2035, 0, 1) / 1000 });
    fc.assert(
      fc.property(rules, moments, fc.integer({ min: 0, max: 30 * 365 * 86_400 }), (rule, start, offset) => {
        const dtstart = new Date(start * 1000);
        const from = new Date((start + offset) * 1000);
        const expected = new RRule({ ...RRule.parseString(rule), dtstart }, true)
          .between(from, new Date(from.getTime() + HORIZON_YEARS * YEAR_MS), true, (_, n) => n < 4)
          .map((d) => d.toISOString());
        const found = occurrences(rule, dtstart, "UTC", from, 4).map((d) => d.toISOString());
        expect(found).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

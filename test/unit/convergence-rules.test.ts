import { describe, expect, it } from "vitest";
import {
  convergenceRule,
  momentsOf,
  nextDue,
  offsetLabel,
  parseReminders,
} from "../../src/core/convergences.js";
import { nextRitualAt, parseMonthDay } from "../../src/core/rituals.js";

describe("convergence rules", () => {
  it("reads reminder offsets, largest first, without duplicates", () => {
    expect(parseReminders("1h, 7d,1d,1d")).toEqual({ minutes: [10080, 1440, 60] });
    expect(parseReminders("none")).toEqual({ minutes: [] });
    expect(parseReminders("7x")).toHaveProperty("problem");
    expect(parseReminders("0m")).toHaveProperty("problem");
    expect([10080, 1440, 60, 90].map(offsetLabel)).toEqual(["7d", "1d", "1h", "90m"]);
  });

  it("reads a bare weekday in a monthly cadence as the first such day of the month", () => {
    expect(convergenceRule("every 3 months on saturday 10:00")).toEqual({
      rrule: "FREQ=MONTHLY;INTERVAL=3;BYDAY=SA;BYHOUR=10;BYMINUTE=0;BYSECOND=0;BYSETPOS=1",
    });
    expect(convergenceRule("weekly on monday 18:00")).toEqual({
      rrule: "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;BYHOUR=18;BYMINUTE=0;BYSECOND=0",
    });
    expect(convergenceRule("every blue moon")).toHaveProperty("problem");
  });

  it("skips reminders already past and moves from one moment to the next", () => {
    const start = new Date("2026-03-07T09:00:00Z");
    const c = { rrule: null, dtstart: start, timezone: "Europe/Paris", remindMinutes: "10080,1440,60" };
    expect(momentsOf(start, [10080, 1440, 60]).map((d) => d.toISOString())).toEqual([
      "2026-02-28T09:00:00.000Z",
      "2026-03-06T09:00:00.000Z",
      "2026-03-07T08:00:00.000Z",
      "2026-03-07T09:00:00.000Z",
    ]);
    expect(nextDue(c, new Date("2026-03-01T00:00:00Z")).nextDueAt?.toISOString()).toBe(
      "2026-03-06T09:00:00.000Z",
    );
    expect(nextDue(c, start)).toEqual({ nextAt: null, nextDueAt: null });
  });

  it("reads ritual days and announces a leap day only in leap years", () => {
    expect(parseMonthDay("03-18")).toEqual({ month: 3, day: 18 });
    expect(parseMonthDay("02-29")).toEqual({ month: 2, day: 29 });
    expect(parseMonthDay("02-30")).toBeUndefined();
    expect(parseMonthDay("3/18")).toBeUndefined();
    expect(
      nextRitualAt({ month: 2, day: 29 }, "Europe/Paris", new Date("2026-01-01T00:00:00Z"))?.toISOString(),
    ).toBe("2028-02-29T08:00:00.000Z");
  });
});

import { describe, expect, it } from "vitest";
import { windowArg } from "../../src/core/commands/circle/window.js";
import { durationMinutes } from "../../src/core/commands/convergence/shared.js";
import { leadMinutes } from "../../src/core/commands/scope.js";
import { parseReminders } from "../../src/core/convergences.js";
import { readDurationMinutes } from "../../src/core/durations.js";
import { parseMoment } from "../../src/core/time.js";

describe("durations read the same in every field", () => {
  it("GIVEN minutes, hours, days, weeks and months, short, in words or combined THEN they are read in minutes", () => {
    expect(readDurationMinutes("30m")).toBe(30);
    expect(readDurationMinutes("30min")).toBe(30);
    expect(readDurationMinutes("2h")).toBe(120);
    expect(readDurationMinutes("2 hours")).toBe(120);
    expect(readDurationMinutes("3d")).toBe(3 * 1440);
    expect(readDurationMinutes("2w")).toBe(2 * 10080);
    expect(readDurationMinutes("1mo")).toBe(30 * 1440);
    expect(readDurationMinutes("1 month")).toBe(30 * 1440);
    expect(readDurationMinutes("1h30m")).toBe(90);
    expect(readDurationMinutes("2d 12h")).toBe(3600);
  });

  it("GIVEN something else THEN it is no duration", () => {
    for (const text of ["", "0h", "h", "2", "2 parsecs", "2h 3h 4h 5h 6h", "-2h", "2h;drop", "x".repeat(50)])
      expect(readDurationMinutes(text), text).toBeUndefined();
  });

  it("GIVEN a moment as a duration THEN the same units work, months as calendar months", () => {
    const from = new Date("2027-01-31T10:00:00Z");
    expect(parseMoment("2h", "UTC", from)?.toISOString()).toBe("2027-01-31T12:00:00.000Z");
    expect(parseMoment("30min", "UTC", from)?.toISOString()).toBe("2027-01-31T10:30:00.000Z");
    expect(parseMoment("2w", "UTC", from)?.toISOString()).toBe("2027-02-14T10:00:00.000Z");
    expect(parseMoment("1mo", "UTC", from)?.toISOString()).toBe("2027-02-28T10:00:00.000Z");
  });

  it("GIVEN the fields that take a length of time THEN each accepts every unit within its own bounds", () => {
    expect(leadMinutes("12h")).toBe(720);
    expect(leadMinutes("1mo")).toBe(43200);
    expect(leadMinutes("90 minutes")).toBe(90);
    expect(durationMinutes("90m")).toBe(90);
    expect(durationMinutes("1h30m")).toBe(90);
    expect(durationMinutes("1w")).toBe(10080);
    expect(() => durationMinutes("3w")).toThrow();
    expect(parseReminders("2w,1d,30min")).toEqual({ minutes: [20160, 1440, 30] });
    expect(windowArg.parse("48h")).toEqual({ minutes: 2880, text: "48h" });
    expect(windowArg.parse("2 days")).toEqual({ minutes: 2880, text: "2 days" });
    expect(windowArg.safeParse("30m").success).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { parseCadence } from "../../src/core/cadence.js";
import { describeCadence } from "../../src/core/cadence-words.js";
import { convergenceRule } from "../../src/core/convergences.js";

const words = (cadence: string) => {
  const parsed = parseCadence(cadence);
  if ("problem" in parsed) throw new Error(parsed.problem);
  return describeCadence(parsed.rrule);
};

describe("cadences in words", () => {
  it.each([
    ["weekly", "every week at 09:00"],
    ["every 2 weeks on monday 18:00", "every 2 weeks on Monday at 18:00"],
    ["monthly", "every month at 09:00"],
    ["every 3 months", "every 3 months at 09:00"],
    ["daily at 9:30", "every day at 09:30"],
    ["every other week on tue and thu", "every 2 weeks on Tuesday and Thursday at 09:00"],
    ["FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;BYHOUR=18", "every 2 weeks on Monday at 18:00"],
    ["FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=18", "every year on day 18 of the month in March at 09:00"],
  ])("reads %s as “%s”", (cadence, expected) => {
    expect(words(cadence)).toBe(expected);
  });

  it("GIVEN a monthly assembly on a weekday THEN it reads as the first such day", () => {
    const rule = convergenceRule("every 3 months on saturday 10:00");
    if ("problem" in rule) throw new Error(rule.problem);
    expect(describeCadence(rule.rrule)).toBe("every 3 months on the 1st Saturday at 10:00");
    expect(describeCadence("FREQ=MONTHLY;BYDAY=-1FR")).toBe("every month on the last Friday");
  });

  it("GIVEN any rule THEN the words never show the rule itself", () => {
    for (const rule of [
      "FREQ=DAILY;BYYEARDAY=366",
      "FREQ=MONTHLY;BYWEEKNO=20",
      "FREQ=SECONDLY",
      "nonsense",
    ]) {
      expect(describeCadence(rule)).not.toMatch(/FREQ|BY[A-Z]+=|RRULE/);
    }
  });
});

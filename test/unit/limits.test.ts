import { describe, expect, it } from "vitest";
import { RateWindow } from "../../src/app/rate-window.js";
import { limitsOf, loadConfig } from "../../src/config.js";
import { atMostDaily, DEFAULT_LIMITS } from "../../src/core/limits.js";

describe("limits", () => {
  const from = new Date("2026-03-02T09:00:00Z");

  it("GIVEN a rule daily in name but many times a day THEN it is not at most daily; weekly and daily rules are", () => {
    expect(atMostDaily("FREQ=DAILY;BYHOUR=0,6,12,18", from, "Europe/Paris", from)).toBe(false);
    expect(atMostDaily("FREQ=WEEKLY;BYDAY=MO,TU", from, "Europe/Paris", from)).toBe(true);
    expect(atMostDaily("FREQ=DAILY", from, "Europe/Paris", from)).toBe(true);
    // Across the spring change the daily 18:00 is 23 hours after the one before: still daily.
    expect(
      atMostDaily("FREQ=DAILY;BYHOUR=18;BYMINUTE=0", new Date("2026-03-25T12:00:00Z"), "Europe/Paris", from),
    ).toBe(true);
  });

  it("GIVEN a window of 3 a minute THEN the 4th is over, told once, then silent until the minute has room", () => {
    let now = 0;
    const window = new RateWindow(3, 60_000, () => now);
    expect([1, 2, 3].map(() => window.hit("a"))).toEqual(["ok", "ok", "ok"]);
    expect(window.hit("a")).toBe("over");
    expect(window.hit("a")).toBe("silent");
    expect(window.hit("b")).toBe("ok");
    now = 60_001;
    expect(window.hit("a")).toBe("ok");
  });

  it("GIVEN JURA_LIMIT_* settings THEN they set the limits, and wrong values are named", () => {
    expect(limitsOf(loadConfig({}))).toEqual(DEFAULT_LIMITS);
    expect(limitsOf(loadConfig({ JURA_LIMIT_OPEN_POLLS: "4" })).openPollsPerCircle).toBe(4);
    expect(() => loadConfig({ JURA_LIMIT_OPEN_POLLS: "0" })).toThrow(/JURA_LIMIT_OPEN_POLLS/);
  });
});

import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { limiterFor } from "../../src/jobs/rate-limit.js";

describe("delivery rate limits", () => {
  it.each([
    [40, { max: 1, duration: 25 }],
    [20, { max: 1, duration: 50 }],
    [200, { max: 4, duration: 20 }],
    [1000, { max: 20, duration: 20 }],
    [0.5, { max: 1, duration: 2000 }],
    [33, { max: 1, duration: 31 }],
  ])("GIVEN %s messages a second THEN the limiter allows %o", (perSecond, expected) => {
    expect(limiterFor(perSecond)).toEqual(expected);
  });

  it("GIVEN any rate THEN the limiter never allows more than that rate", () => {
    for (let perSecond = 0.1; perSecond < 500; perSecond += 0.7) {
      const { max, duration } = limiterFor(perSecond);
      expect((max * 1000) / duration, String(perSecond)).toBeLessThanOrEqual(perSecond + 1e-9);
    }
  });

  it("GIVEN no limit (0) THEN the limiter is effectively unlimited yet still set, so a platform's 429 can pause it", () => {
    expect(limiterFor(0).max).toBeGreaterThanOrEqual(1_000_000);
  });

  it("GIVEN no settings THEN Discord stays under its 50/s global limit, Matrix gets 20/s and the shell is unlimited", () => {
    expect(loadConfig({})).toMatchObject({
      JURA_RATE_LIMIT_DISCORD: 40,
      JURA_RATE_LIMIT_MATRIX: 20,
      JURA_RATE_LIMIT_SHELL: 0,
    });
  });

  it("GIVEN an empty or negative rate THEN the empty one takes the default and the negative one is refused", () => {
    expect(loadConfig({ JURA_RATE_LIMIT_MATRIX: "" }).JURA_RATE_LIMIT_MATRIX).toBe(20);
    expect(() => loadConfig({ JURA_RATE_LIMIT_DISCORD: "-1" })).toThrow(/JURA_RATE_LIMIT_DISCORD/);
  });
});

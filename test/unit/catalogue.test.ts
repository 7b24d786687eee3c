import { describe, expect, it } from "vitest";
import { messageCodes, t } from "../../src/core/i18n.js";

describe("the message catalogue", () => {
  it("GIVEN every message THEN it is valid ICU MessageFormat and renders without its arguments", () => {
    const broken: string[] = [];
    for (const code of messageCodes()) {
      try {
        expect(typeof t(code)).toBe("string");
      } catch (error) {
        broken.push(`${code}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

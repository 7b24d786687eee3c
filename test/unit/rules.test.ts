import { describe, expect, it } from "vitest";
import { sizeAdvice, sizeAdviceText } from "../../src/core/circles.js";
import { isPersonId, isPlaceId } from "../../src/core/ids.js";
import { cleanName, isValidName, nameKey } from "../../src/core/names.js";
import { formatMoment, isTimezone, parseMoment } from "../../src/core/time.js";

describe("people and places", () => {
  it.each([
    ["discord:123456789012345678", true],
    ["matrix:@alice:example.org", true],
    ["matrix:@alice:localhost:8008", true],
    ["shell:alice", true],
    ["shell:", false],
    ["matrix:alice", false],
    ["discord:abc", false],
    ["email:a@b", false],
  ])("person %s valid: %s", (id, valid) => expect(isPersonId(id)).toBe(valid));

  it.each([
    ["discord:1/2", true],
    ["matrix:!abc:example.org", true],
    ["matrix:!Zs3mG6nXhQ0pLr7vT2kWc9yB4aE8dF1uJ5oI_qRtYxN", true],
    ["shell:#general", true],
    ["discord:1", false],
    ["matrix:#alias:example.org", false],
    ["shell:#a b", false],
  ])("place %s valid: %s", (id, valid) => expect(isPlaceId(id)).toBe(valid));
});

describe("names", () => {
  it("accepts ordinary names in any script and compares them without case or spacing", () => {
    expect(isValidName("Bread & Roses")).toBe(true);
    expect(isValidName("Коммуна 1871")).toBe(true);
    expect(nameKey(" Green   VALLEY ")).toBe(nameKey("green valley"));
    expect(cleanName("  a   b ")).toBe("a b");
  });

  it.each(["", " x", "a;b", "evil\u202Ename", "zero\u200Bwidth", "🌱", "x".repeat(65), "a\nb"])(
    "refuses %j",
    (name) => expect(isValidName(name)).toBe(false),
  );
});

describe("circle size", () => {
  it("warns below 5 and above 15, and is quiet in between", () => {
    expect(sizeAdvice(4)).toBe("too-small");
    expect(sizeAdvice(5)).toBeUndefined();
    expect(sizeAdvice(15)).toBeUndefined();
    expect(sizeAdvice(16)).toBe("too-large");
    expect(sizeAdviceText("G", 16)).toMatch(/split/);
    expect(sizeAdviceText("G", 1)).toMatch(/too small to rotate/);
  });
});

describe("moments", () => {
  const from = new Date("2026-03-20T10:00:00Z");

  it("reads durations from a starting point", () => {
    expect(parseMoment("90d", "UTC", from)?.toISOString()).toBe("2026-06-18T10:00:00.000Z");
    expect(parseMoment("2w", "UTC", from)?.toISOString()).toBe("2026-04-03T10:00:00.000Z");
    expect(parseMoment("1mo", "UTC", from)?.toISOString()).toBe("2026-04-20T10:00:00.000Z");
  });

  it("reads a bare date as the end of that day in the circle's timezone", () => {
    expect(parseMoment("2026-03-29", "Europe/Paris", from)?.toISOString()).toBe("2026-03-29T21:59:59.999Z");
    expect(parseMoment("2026-03-28T18:00", "Europe/Paris", from)?.toISOString()).toBe(
      "2026-03-28T17:00:00.000Z",
    );
  });

  it("keeps local wall time across a DST change when adding days", () => {
    const before = new Date("2026-03-28T17:00:00Z"); // 18:00 in Paris, winter time
    expect(formatMoment(parseMoment("1d", "Europe/Paris", before) as Date, "Europe/Paris")).toBe(
      "2026-03-29 18:00 (Europe/Paris)",
    );
  });

  it.each(["0d", "tomorrow", "2026-02-30", "90", "2026-13-01", ""])("refuses %j", (text) =>
    expect(parseMoment(text, "UTC", from)).toBeUndefined(),
  );

  it("knows IANA timezones", () => {
    expect(isTimezone("Europe/Zurich")).toBe(true);
    expect(isTimezone("Mars/Olympus")).toBe(false);
  });
});

import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { LOCALES, withLocale } from "../../src/core/i18n.js";
import { formatMoment } from "../../src/core/time.js";

/** How each language wrote a moment with luxon before: the reference the faster writer must match. */
const LUXON_FORMATS = {
  en: "yyyy-MM-dd HH:mm",
  fr: "d LLLL yyyy 'à' HH:mm",
  es: "d 'de' LLLL 'de' yyyy, HH:mm",
  it: "d LLLL yyyy, HH:mm",
} as const;

/** Zones with odd offsets, half and quarter hours, DST in either hemisphere, and none. */
const ZONES = [
  "UTC",
  "Europe/Paris",
  "America/New_York",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "America/St_Johns",
  "Africa/Casablanca",
  "Etc/GMT+12",
];

/** A small deterministic generator, so a failure names an instant that fails again. */
function instants(count: number, seed: number): Date[] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const from = Date.UTC(1971, 0, 1);
  const span = Date.UTC(2200, 0, 1) - from;
  return Array.from({ length: count }, () => new Date(from + Math.floor(next() * span)));
}

describe("formatMoment", () => {
  it.each(LOCALES)(
    "GIVEN %s readers, zones of every kind and 2,000 instants THEN each reads as luxon wrote it",
    (locale) => {
      const differ: string[] = [];
      for (const zone of ZONES) {
        for (const at of [
          ...instants(200, ZONES.indexOf(zone) + 1),
          new Date(Date.UTC(2027, 2, 28, 0, 59)),
          new Date(Date.UTC(2027, 9, 31, 0, 59)),
        ]) {
          const want = `${DateTime.fromJSDate(at, { zone }).setLocale(locale).toFormat(LUXON_FORMATS[locale])} (${zone})`;
          const got = withLocale(locale, () => formatMoment(at, zone));
          if (got !== want) differ.push(`${at.toISOString()} ${zone}: ${got} ≠ ${want}`);
        }
      }
      expect(differ.slice(0, 5)).toEqual([]);
    },
  );

  it("GIVEN a zone this runtime does not know THEN the moment is said in UTC and named so", () => {
    expect(formatMoment(new Date(Date.UTC(2027, 2, 18, 17, 5)), "Mars/Olympus_Mons")).toBe(
      "2027-03-18 17:05 (UTC)",
    );
  });

  it("GIVEN an invalid date THEN it says so instead of throwing", () => {
    expect(formatMoment(new Date(Number.NaN), "UTC")).toBe("Invalid Date (UTC)");
  });
});

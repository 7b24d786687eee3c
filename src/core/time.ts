import { DateTime, IANAZone } from "luxon";
import { UserError } from "./errors.js";
import { currentLocale, type Locale } from "./i18n.js";

export function isTimezone(name: string): boolean {
  return name.length <= 64 && IANAZone.isValidZone(name);
}

const DURATION = /^(\d{1,4})\s*(min|m|h|d|w|mo|y)$/i;
const UNITS = {
  min: "minutes",
  m: "minutes",
  h: "hours",
  d: "days",
  w: "weeks",
  mo: "months",
  y: "years",
} as const;

/** No moment people give is further ahead than this: durations and dates alike are bounded. */
export const MAX_AHEAD_YEARS = 10;

/**
 * Reads a moment given either as a date or date-time in `zone` (`2027-03-18`, `2027-03-18T18:00`)
 * or as a duration from `from` (`30m`, `2h`, `90d`, `12w`, `6mo`, `1y`: the same units everywhere). A bare date means the end of that day,
 * so "until 2027-03-18" includes the 18th. Returns undefined when the text is neither, and
 * refuses (UserError) a moment more than {@link MAX_AHEAD_YEARS} years after `from`.
 */
export function parseMoment(text: string, zone: string, from: Date): Date | undefined {
  const moment = readMoment(text.trim(), zone, from);
  if (moment === undefined) return undefined;
  const latest = DateTime.fromJSDate(from, { zone }).plus({ years: MAX_AHEAD_YEARS });
  if (moment > latest.toJSDate()) {
    throw new UserError("input.moment_too_far", {
      years: MAX_AHEAD_YEARS,
      latest: latest.toFormat("yyyy-MM-dd"),
    });
  }
  return moment;
}

function readMoment(text: string, zone: string, from: Date): Date | undefined {
  const duration = DURATION.exec(text);
  if (duration) {
    const amount = Number(duration[1]);
    const unit = UNITS[(duration[2] ?? "d").toLowerCase() as keyof typeof UNITS];
    if (amount === 0) return undefined;
    return DateTime.fromJSDate(from, { zone })
      .plus({ [unit]: amount })
      .toJSDate();
  }
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?$/.test(text)) return undefined;
  const parsed = DateTime.fromISO(text.replace(" ", "T"), { zone });
  if (!parsed.isValid) return undefined;
  return (text.length === 10 ? parsed.endOf("day") : parsed).toJSDate();
}

/**
 * How each language writes a moment (luxon formats, month names in the language). English keeps
 * the unambiguous ISO order.
 */
const MOMENT_FORMATS: Record<Locale, string> = {
  en: "yyyy-MM-dd HH:mm",
  fr: "d LLLL yyyy 'à' HH:mm",
  es: "d 'de' LLLL 'de' yyyy, HH:mm",
  it: "d LLLL yyyy, HH:mm",
};

/**
 * A date as people in `zone` read it, in the current reader's language (see `withLocale`), with
 * the zone named so nobody has to guess.
 */
export function formatMoment(date: Date, zone: string): string {
  const locale = currentLocale();
  return `${DateTime.fromJSDate(date, { zone }).setLocale(locale).toFormat(MOMENT_FORMATS[locale])} (${zone})`;
}

import { DateTime, IANAZone } from "luxon";

export function isTimezone(name: string): boolean {
  return name.length <= 64 && IANAZone.isValidZone(name);
}

const DURATION = /^(\d{1,4})\s*(d|w|mo|y)$/i;
const UNITS = { d: "days", w: "weeks", mo: "months", y: "years" } as const;

/**
 * Reads a moment given either as a date or date-time in `zone` (`2027-03-18`, `2027-03-18T18:00`)
 * or as a duration from `from` (`90d`, `12w`, `6mo`, `1y`). A bare date means the end of that day,
 * so "until 2027-03-18" includes the 18th. Returns undefined when the text is neither.
 */
export function parseMoment(text: string, zone: string, from: Date): Date | undefined {
  const duration = DURATION.exec(text.trim());
  if (duration) {
    const amount = Number(duration[1]);
    const unit = UNITS[(duration[2] ?? "d").toLowerCase() as keyof typeof UNITS];
    if (amount === 0) return undefined;
    return DateTime.fromJSDate(from, { zone })
      .plus({ [unit]: amount })
      .toJSDate();
  }
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?$/.test(text.trim())) return undefined;
  const parsed = DateTime.fromISO(text.trim().replace(" ", "T"), { zone });
  if (!parsed.isValid) return undefined;
  const moment = text.trim().length === 10 ? parsed.endOf("day") : parsed;
  return moment.toJSDate();
}

/** A date as people in `zone` read it, with the zone named so nobody has to guess. */
export function formatMoment(date: Date, zone: string): string {
  return `${DateTime.fromJSDate(date, { zone }).toFormat("yyyy-MM-dd HH:mm")} (${zone})`;
}

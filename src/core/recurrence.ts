import { DateTime } from "luxon";
import rrule from "rrule";

const { RRule } = rrule;

/**
 * Occurrences of an RRULE in wall-clock time of `zone`: a rotation at 18:00 in Paris stays at
 * 18:00 across daylight-saving changes. rrule works in UTC, so we run it on "floating" dates
 * (local wall time written as if UTC) and convert each result back into the zone.
 */
export function occurrenceAfter(
  rrule: string,
  dtstart: Date,
  zone: string,
  after: Date,
  inclusive = false,
): Date | undefined {
  const rule = new RRule({ ...RRule.parseString(rrule), dtstart: floating(dtstart, zone) });
  const next = rule.after(floating(after, zone), inclusive);
  return next ? fromFloating(next, zone) : undefined;
}

/** The first `count` occurrences at or after `from`. */
export function occurrences(rrule: string, dtstart: Date, zone: string, from: Date, count: number): Date[] {
  const result: Date[] = [];
  let cursor: Date | undefined = from;
  let inclusive = true;
  while (cursor && result.length < count) {
    cursor = occurrenceAfter(rrule, dtstart, zone, cursor, inclusive);
    if (cursor) result.push(cursor);
    inclusive = false;
  }
  return result;
}

/** Whether the rule is usable: it has at least one occurrence after `from`. */
export function isLiveRule(rrule: string, dtstart: Date, zone: string, from: Date): boolean {
  try {
    return occurrenceAfter(rrule, dtstart, zone, from, true) !== undefined;
  } catch {
    return false;
  }
}

function floating(date: Date, zone: string): Date {
  const local = DateTime.fromJSDate(date, { zone });
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));
}

function fromFloating(date: Date, zone: string): Date {
  return DateTime.fromObject(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
      second: date.getUTCSeconds(),
    },
    { zone },
  ).toJSDate();
}

import { DateTime } from "luxon";
import rrule from "rrule";

const { RRule } = rrule;

/**
 * How far ahead Jura looks for a rule's occurrences. A rule with none in that span counts as
 * having none: `FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31` is refused in milliseconds instead of being
 * stepped through day by day to the year 9999 (8–13 s), and a leap day is still found across
 * the eight years around 2100.
 */
export const HORIZON_YEARS = 10;
const HORIZON_MS = HORIZON_YEARS * 365.25 * 86_400_000;

/** The shortest each frequency's period can be (YEARLY … SECONDLY), to count periods generously. */
const SHORTEST_PERIOD_MS = [365, 28, 7, 1, 1 / 24, 1 / 1440, 1 / 86_400].map((days) => days * 86_400_000);

/**
 * However long the span, one evaluation steps through at most this many periods: enough for
 * ten years of a daily rule (rules are anchored near the start of the search, see `anchored`).
 */
export const MAX_PERIODS = 4_000;

/** How much stepping one evaluation did: periods stepped, and whether it hit its limit. */
export interface RuleWork {
  periods: number;
  exhausted: boolean;
}

/** The work done by the latest evaluation in this module; for tests and benchmarks. */
export const lastRuleWork: RuleWork = { periods: 0, exhausted: false };

/**
 * Occurrences of an RRULE in wall-clock time of `zone`: a rotation at 18:00 in Paris stays at
 * 18:00 across daylight-saving changes. rrule works in UTC, so we run it on "floating" dates
 * (local wall time written as if UTC) and convert each result back into the zone. Looks at most
 * {@link HORIZON_YEARS} after `after`.
 */
export function occurrenceAfter(
  rrule: string,
  dtstart: Date,
  zone: string,
  after: Date,
  inclusive = false,
): Date | undefined {
  return occurrences(rrule, dtstart, zone, after, 1, inclusive)[0];
}

/**
 * The first `count` occurrences from `from` (inclusive unless told otherwise) within
 * {@link HORIZON_YEARS} of it, in one pass over the rule.
 */
export function occurrences(
  rrule: string,
  dtstart: Date,
  zone: string,
  from: Date,
  count: number,
  inclusive = true,
): Date[] {
  if (count <= 0) return [];
  const start = floating(dtstart, zone);
  const begin = floating(from, zone);
  const end = new Date(begin.getTime() + HORIZON_MS);
  const rule = boundedRule(rrule, start, begin, end);
  const found: Date[] = [];
  rule.between(begin, end, inclusive, (date) => {
    // Strictly increasing: a date repeated when the step limit cuts a period short is dropped.
    const last = found.at(-1);
    if (last === undefined || date > last) found.push(date);
    return found.length < count;
  });
  return found.map((date) => fromFloating(date, zone));
}

/** Whether the rule is usable: it has at least one occurrence within the horizon after `from`. */
export function isLiveRule(rrule: string, dtstart: Date, zone: string, from: Date): boolean {
  try {
    return occurrenceAfter(rrule, dtstart, zone, from, true) !== undefined;
  } catch {
    return false;
  }
}

/**
 * An RRule that steps through at most the periods (years, months, weeks, days…) from its start
 * to `end`, counted with the shortest period length, and never more than {@link MAX_PERIODS}.
 * rrule itself stops only at an occurrence past the range or at the year 9999, so a rule whose
 * filters match no day would otherwise be stepped through for millennia. Its loop reads
 * `options.interval` once when it starts and twice per period (the "interval 0" check, then the
 * step); answering 0 at the check that would begin one period too many ends the loop there with
 * what it found. test/unit/recurrence-budget.test.ts checks this against the rrule installed
 * (2.8.1), so an upgrade that reads its options differently fails there, not in production.
 */
function boundedRule(text: string, dtstart: Date, begin: Date, end: Date): InstanceType<typeof RRule> {
  const rule = new RRule(anchored(RRule.parseString(text), dtstart, begin), true);
  const options = rule.options;
  const period = (SHORTEST_PERIOD_MS[options.freq] ?? 1000) * Math.max(1, options.interval);
  const allowed = Math.min(
    MAX_PERIODS,
    Math.ceil(Math.max(0, end.getTime() - options.dtstart.getTime()) / period) + 2,
  );
  let reads = 0;
  lastRuleWork.periods = 0;
  lastRuleWork.exhausted = false;
  rule.options = Object.create(options, {
    interval: {
      get() {
        reads += 1;
        lastRuleWork.periods = Math.floor(reads / 2);
        if (reads > 2 * allowed + 1) {
          lastRuleWork.exhausted = true;
          return 0;
        }
        return options.interval;
      },
    },
  });
  return rule;
}

type Options = ReturnType<typeof RRule.parseString>;
const DAY_MS = 86_400_000;

/**
 * The rule's options with its start moved forward by whole periods to the last period that
 * begins at or before `begin`, so the work of a search does not grow with the rule's age (a
 * daily rotation started years ago is not stepped through from its first day). What rrule
 * derives from the start (the time of day, the weekday of a weekly rule, the day of a monthly
 * or yearly one) is written out first, so the occurrences are exactly the same. A rule with
 * COUNT keeps its start: its occurrences are counted from there.
 */
function anchored(options: Options, dtstart: Date, begin: Date): Options {
  const result: Options = { ...options, dtstart };
  // rrule yields a day's times in the order written: BYHOUR=18,9 would give 18:00 before 09:00.
  for (const key of ["byhour", "byminute", "bysecond"] as const) {
    const value = options[key];
    if (Array.isArray(value)) result[key] = [...value].sort((a, b) => a - b);
  }
  const freq = options.freq ?? RRule.YEARLY;
  if (isGiven(options.count) || freq > RRule.DAILY || begin <= dtstart) return result;
  const interval = Math.max(1, options.interval ?? 1);
  const parsed = new RRule({ ...result }, true).options;
  result.byhour ??= parsed.byhour;
  result.byminute ??= parsed.byminute;
  result.bysecond ??= parsed.bysecond;
  const derivesDay = ![
    options.byweekno,
    options.byyearday,
    options.bymonthday,
    options.byweekday,
    options.byeaster,
  ].some(isGiven);
  if (derivesDay && freq === RRule.YEARLY) {
    result.bymonth = parsed.bymonth;
    result.bymonthday = parsed.bymonthday;
  } else if (derivesDay && freq === RRule.MONTHLY) {
    result.bymonthday = parsed.bymonthday;
  } else if (derivesDay && freq === RRule.WEEKLY) {
    result.byweekday = parsed.byweekday;
  }
  const whole = (units: number) => Math.floor(units / interval) * interval;
  const [sy, sm] = [dtstart.getUTCFullYear(), dtstart.getUTCMonth()];
  const [by, bm] = [begin.getUTCFullYear(), begin.getUTCMonth()];
  let start: number;
  if (freq === RRule.YEARLY) start = Date.UTC(sy + whole(by - sy), 0, 1);
  else if (freq === RRule.MONTHLY) start = Date.UTC(sy, sm + whole((by - sy) * 12 + bm - sm), 1);
  else if (freq === RRule.WEEKLY) {
    const weekStart = (date: Date) => dayNumber(date) - ((date.getUTCDay() + 6 - parsed.wkst + 7) % 7);
    start = (weekStart(dtstart) + 7 * whole((weekStart(begin) - weekStart(dtstart)) / 7)) * DAY_MS;
  } else start = (dayNumber(dtstart) + whole(dayNumber(begin) - dayNumber(dtstart))) * DAY_MS;
  if (start > dtstart.getTime()) result.dtstart = new Date(start);
  return result;
}

function dayNumber(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

function isGiven(value: unknown): boolean {
  return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
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

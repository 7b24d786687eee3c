import rrule from "rrule";

const { RRule } = rrule;

/**
 * Reads how often something recurs, in words people use — `weekly`, `every 2 weeks on monday
 * 18:00`, `monthly`, `every 3 months`, `quarterly`, `daily at 9:30` — or as an RFC 5545 rule
 * (`FREQ=WEEKLY;INTERVAL=2;BYDAY=MO`, with or without `RRULE:`). Returns the RRULE text, or an
 * explanation of what could not be read. A cadence that names no time of day falls at
 * {@link DEFAULT_HOUR}:00 local time, not at whatever minute it happened to be set up.
 */
export function parseCadence(input: string): { rrule: string } | { problem: string } {
  const text = input.trim().toLowerCase().replace(/\s+/g, " ");
  if (/^(rrule:)?freq=/.test(text)) return parseRaw(input.trim().replace(/^rrule:/i, ""));
  let rest = text;
  const take = (pattern: RegExp): RegExpExecArray | null => {
    const match = pattern.exec(rest);
    if (match) rest = (rest.slice(0, match.index) + rest.slice(match.index + match[0].length)).trim();
    return match;
  };
  const time = take(/(?:\bat )?\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/);
  const days = splitDays(rest);
  rest = days.rest;
  const frequency = parseFrequency(rest);
  if (!frequency) return { problem: PROBLEM };
  const parts = [`FREQ=${frequency.freq}`, `INTERVAL=${frequency.interval}`];
  if (days.codes.length > 0) parts.push(`BYDAY=${days.codes.join(",")}`);
  if (time) {
    let hour = Number(time[1]);
    const minute = Number(time[2] ?? 0);
    if (time[3] === "pm" && hour < 12) hour += 12;
    if (time[3] === "am" && hour === 12) hour = 0;
    if (hour > 23 || minute > 59) return { problem: `${time[0]} is not a time of day` };
    parts.push(`BYHOUR=${hour}`, `BYMINUTE=${minute}`, "BYSECOND=0");
  }
  return { rrule: withTimeOfDay(parts.join(";")) };
}

/** When a cadence says no time of day: 09:00 local time, a time people are awake and working. */
export const DEFAULT_HOUR = 9;

/**
 * Completes a rule's time of day: without BYHOUR it falls at {@link DEFAULT_HOUR}:00; with an
 * hour but no minute, on the hour. (rrule would otherwise take them from the start moment.)
 */
function withTimeOfDay(rule: string): string {
  const parts = rule.split(";").filter(Boolean);
  const has = (name: string) => parts.some((p) => p.toUpperCase().startsWith(`${name}=`));
  if (!has("BYHOUR")) parts.push(`BYHOUR=${DEFAULT_HOUR}`);
  if (!has("BYMINUTE")) parts.push("BYMINUTE=0");
  if (!has("BYSECOND")) parts.push("BYSECOND=0");
  return parts.join(";");
}

const DAY_WORD = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*$/;
const DAY_CODES = /mon|tue|wed|thu|fri|sat|sun/g;

/**
 * Takes a trailing `on monday, wednesday and friday` off `text`: the last word `on`, then day
 * words (each starting with a day's first three letters) separated by spaces, commas and/or
 * `and`, with at most a trailing comma. One pass over the words, so the work is linear whatever
 * the text holds: the regular expression this replaces backtracked exponentially on
 * `on monmonmon…mon1`. Returns the two-letter codes in order, without repeats.
 */
function splitDays(text: string): { rest: string; codes: string[] } {
  const none = { rest: text, codes: [] };
  const space = text.lastIndexOf(" on ");
  const at = space >= 0 ? space + 1 : text.startsWith("on ") ? 0 : -1;
  if (at < 0) return none;
  const words = text
    .slice(at + 3)
    .replace(/,/g, " , ")
    .split(" ")
    .filter(Boolean);
  const codes: string[] = [];
  let i = 0;
  for (;;) {
    const word = words[i] ?? "";
    if (!DAY_WORD.test(word)) return none;
    for (const day of word.match(DAY_CODES) ?? []) codes.push(day.slice(0, 2).toUpperCase());
    i += 1;
    if (words[i] === ",") i += 1;
    if (i === words.length) break;
    if (words[i] === "and") i += 1;
  }
  return { rest: text.slice(0, at).trim(), codes: [...new Set(codes)] };
}

const PROBLEM =
  "not a cadence I understand: try weekly, every 2 weeks on monday 18:00, monthly, every 3 months, or an RRULE such as FREQ=WEEKLY;INTERVAL=2";

const UNITS: Record<string, string> = {
  day: "DAILY",
  days: "DAILY",
  week: "WEEKLY",
  weeks: "WEEKLY",
  month: "MONTHLY",
  months: "MONTHLY",
  year: "YEARLY",
  years: "YEARLY",
};
const WORDS: Record<string, [string, number]> = {
  daily: ["DAILY", 1],
  weekly: ["WEEKLY", 1],
  fortnightly: ["WEEKLY", 2],
  biweekly: ["WEEKLY", 2],
  monthly: ["MONTHLY", 1],
  quarterly: ["MONTHLY", 3],
  yearly: ["YEARLY", 1],
  annually: ["YEARLY", 1],
};

function parseFrequency(text: string): { freq: string; interval: number } | undefined {
  const word = WORDS[text];
  if (word) return { freq: word[0], interval: word[1] };
  const every = /^every (?:(\d{1,3}) |other )?(day|days|week|weeks|month|months|year|years)$/.exec(text);
  if (!every) return undefined;
  const interval = text.startsWith("every other") ? 2 : Number(every[1] ?? 1);
  const freq = UNITS[every[2] ?? ""];
  if (!freq || interval < 1) return undefined;
  return { freq, interval };
}

function parseRaw(rule: string): { rrule: string } | { problem: string } {
  try {
    const options = RRule.parseString(rule);
    if (options.freq === undefined) return { problem: "an RRULE needs FREQ" };
    if (options.freq > RRule.DAILY) return { problem: "rotations recur at most daily" };
    if (options.count === 0 || (options.interval !== undefined && options.interval < 1)) {
      return { problem: "that RRULE never recurs" };
    }
    return {
      rrule: withTimeOfDay(RRule.optionsToString({ ...options, dtstart: null }).replace(/^RRULE:/, "")),
    };
  } catch (error) {
    return { problem: `not a valid RRULE (${error instanceof Error ? error.message : String(error)})` };
  }
}

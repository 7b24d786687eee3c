/** English messages of schedules: cadences in words (core/cadence-words.ts). */
export const schedules = {
  "cadence.every":
    "{unit, select, day {{n, plural, one {every day} other {every # days}}} week {{n, plural, one {every week} other {every # weeks}}} month {{n, plural, one {every month} other {every # months}}} other {{n, plural, one {every year} other {every # years}}}}",
  "cadence.on": "on {what}",
  "cadence.nth": "the {n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} {day}",
  "cadence.last": "the last {day}",
  "cadence.on_day": "on day {days} of the month",
  "cadence.in": "in {months}",
  "cadence.at": "at {times}",
  "cadence.custom": "on a schedule of its own",
  "cadence.custom_part": "(with further rules of its own)",
} as const;

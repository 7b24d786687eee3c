/**
 * Durations as people type them, read the same way by every field that takes one: minutes
 * (`30m`, `30min`), hours (`2h`), days (`3d`), weeks (`2w`) and months (`1mo`, counted as 30
 * days where a length of time is needed), in short or in words (`2 hours`, `3 days`), and
 * combined (`1h30m`, `2d 12h`). Moments use the same units through time.ts (months there
 * are calendar months).
 */
const UNIT_MINUTES: Readonly<Record<string, number>> = {
  m: 1,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
  h: 60,
  hr: 60,
  hrs: 60,
  hour: 60,
  hours: 60,
  d: 1440,
  day: 1440,
  days: 1440,
  w: 10080,
  wk: 10080,
  week: 10080,
  weeks: 10080,
  mo: 43200,
  month: 43200,
  months: 43200,
};

/** At most this many parts (`1w 2d 3h 4m` is four): the text is short, the reading linear. */
const MAX_PARTS = 4;
const PART = /(\d{1,5})\s*([a-z]+)/y;

/** The duration in minutes, or undefined when the text is not one (or is zero). */
export function readDurationMinutes(text: string): number | undefined {
  const input = text.trim().toLowerCase();
  if (input === "" || input.length > 40) return undefined;
  let minutes = 0;
  let parts = 0;
  let at = 0;
  while (at < input.length) {
    PART.lastIndex = at;
    const match = PART.exec(input);
    if (!match) return undefined;
    const unit = UNIT_MINUTES[match[2] ?? ""];
    if (unit === undefined || ++parts > MAX_PARTS) return undefined;
    minutes += Number(match[1]) * unit;
    at = PART.lastIndex;
    while (input[at] === " " || input[at] === ",") at++;
  }
  return minutes > 0 ? minutes : undefined;
}

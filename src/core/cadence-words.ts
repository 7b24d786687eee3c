import { currentLocale, t } from "./i18n.js";
import { monthName } from "./time.js";

/**
 * A recurrence rule (RFC 5545) in words people read — "every 2 weeks on Monday at 18:00" —
 * never the rule itself. Covers what Jura's cadences produce (FREQ, INTERVAL, BYDAY with or
 * without ordinals, BYSETPOS, BYMONTHDAY, BYMONTH, BYHOUR/BYMINUTE); a rule with parts beyond
 * those is described by its frequency with "on a pattern of its own", never by its text.
 */
export function describeCadence(rrule: string, locale: string = currentLocale()): string {
  const parts = new Map(
    rrule
      .replace(/^RRULE:/i, "")
      .split(";")
      .map((p) => p.split("=") as [string, string])
      .filter(([k, v]) => k && v !== undefined)
      .map(([k, v]) => [k.toUpperCase(), v.toUpperCase()]),
  );
  const freq = parts.get("FREQ") ?? "";
  const interval = Number(parts.get("INTERVAL") ?? 1) || 1;
  const unit = { DAILY: "day", WEEKLY: "week", MONTHLY: "month", YEARLY: "year" }[freq];
  if (!unit) return t("cadence.custom");
  const known = new Set([
    "FREQ",
    "INTERVAL",
    "BYDAY",
    "BYSETPOS",
    "BYMONTHDAY",
    "BYMONTH",
    "BYHOUR",
    "BYMINUTE",
    "BYSECOND",
    "WKST",
  ]);
  const odd = [...parts.keys()].some((k) => !known.has(k));
  const pieces = [t("cadence.every", { unit, n: interval })];
  const days = parts.get("BYDAY");
  if (days) pieces.push(t("cadence.on", { what: dayList(days, parts.get("BYSETPOS"), locale) }));
  const monthDays = parts.get("BYMONTHDAY");
  if (monthDays) pieces.push(t("cadence.on_day", { days: monthDays.split(",").join(", ") }));
  const months = parts.get("BYMONTH");
  if (months)
    pieces.push(
      t("cadence.in", {
        months: months
          .split(",")
          .map((m) => monthName(Number(m), locale))
          .join(", "),
      }),
    );
  const hours = parts.get("BYHOUR");
  if (hours) {
    const minutes = (parts.get("BYMINUTE") ?? "0").split(",").map(Number);
    const times = hours
      .split(",")
      .map(Number)
      .sort((a, b) => a - b)
      .flatMap((h) => minutes.map((m) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`));
    pieces.push(t("cadence.at", { times: times.join(", ") }));
  }
  if (odd) pieces.push(t("cadence.custom_part"));
  return pieces.join(" ");
}

const CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/** `MO,WE` → "Monday and Wednesday"; `1SA` or `SA` with BYSETPOS=1 → "the first Saturday". */
function dayList(byday: string, setpos: string | undefined, locale: string): string {
  const days = byday.split(",").map((d) => {
    const match = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(d);
    const ordinal = match?.[1] ? Number(match[1]) : setpos ? Number(setpos.split(",")[0]) : undefined;
    const name = weekday(CODES.indexOf(match?.[2] ?? "MO"), locale);
    if (ordinal === undefined) return name;
    return ordinal < 0 ? t("cadence.last", { day: name }) : t("cadence.nth", { n: ordinal, day: name });
  });
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(days);
}

function weekday(index: number, locale: string): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2024, 0, 1 + index)),
  );
}

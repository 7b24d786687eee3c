import { DateTime } from "luxon";
import { t } from "./i18n.js";
import type { Convergence } from "./ports.js";
import type { AgendaItem } from "./record-ports.js";
import { occurrences } from "./recurrence.js";

/**
 * Which occurrence of a convergence an agenda item or minutes belong to. Pure.
 * Agenda items go to the next start; minutes to the latest start that has begun, or to the
 * start on a given local date.
 */

/** The next start at or after `now`, if any. */
export function nextStart(convergence: Convergence, now: Date): Date | undefined {
  if (convergence.cancelledAt) return undefined;
  if (!convergence.rrule) return convergence.dtstart >= now ? convergence.dtstart : undefined;
  return occurrences(convergence.rrule, convergence.dtstart, convergence.timezone, now, 1)[0];
}

/** How far back minutes may be recorded without naming the date. */
const LOOK_BACK_DAYS = 400;

/** The latest start at or before `now` (within about a year), if any. */
export function lastStart(convergence: Convergence, now: Date): Date | undefined {
  if (!convergence.rrule) return convergence.dtstart <= now ? convergence.dtstart : undefined;
  const from = new Date(Math.max(convergence.dtstart.getTime(), now.getTime() - LOOK_BACK_DAYS * 86_400_000));
  const starts = occurrences(convergence.rrule, convergence.dtstart, convergence.timezone, from, 500);
  return starts.filter((s) => s <= now).at(-1);
}

/** The start on this local date (`2026-04-18`, in the convergence's zone), if it met that day. */
export function startOn(convergence: Convergence, day: string): Date | undefined {
  const date = DateTime.fromISO(day, { zone: convergence.timezone });
  if (!date.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const sameDay = (d: Date) => DateTime.fromJSDate(d, { zone: convergence.timezone }).toISODate() === day;
  if (!convergence.rrule) return sameDay(convergence.dtstart) ? convergence.dtstart : undefined;
  const [first] = occurrences(
    convergence.rrule,
    convergence.dtstart,
    convergence.timezone,
    date.startOf("day").toJSDate(),
    1,
  );
  return first && sameDay(first) ? first : undefined;
}

/** The local date of an occurrence, as minutes name it. */
export function occurrenceDay(convergence: Pick<Convergence, "timezone">, start: Date): string {
  return DateTime.fromJSDate(start, { zone: convergence.timezone }).toFormat("yyyy-MM-dd");
}

/** Agenda items as lines: `- “Green Valley”: the budget`. */
export function agendaLines(
  items: readonly AgendaItem[],
  circleNames: ReadonlyMap<number, string>,
): string[] {
  return items.map((item) =>
    t("record.agenda_row", {
      circle: item.circleId === null ? "?" : (circleNames.get(item.circleId) ?? "?"),
      text: item.text,
    }),
  );
}

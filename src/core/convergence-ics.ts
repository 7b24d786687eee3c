import ical from "ical-generator";
import { DateTime } from "luxon";
import { tzlib_get_ical_block } from "timezones-ical-library";
import type { Federation } from "./model.js";
import type { Convergence } from "./ports.js";

/**
 * The VTIMEZONE block of an IANA zone (its current rules, from timezones-ical-library's data,
 * which ships in the package: no lookup at run time), or null for a zone it does not know.
 */
export function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) && block[0]?.startsWith("BEGIN:VTIMEZONE") ? block[0] : null;
}

/**
 * A federation's convergences as an RFC 5545 calendar: one VEVENT per convergence, its start
 * and end in the convergence's own zone (TZID, with a VTIMEZONE block for every zone used, as
 * RFC 5545 3.2.19 requires), its recurrence as the stored RRULE, so calendar apps expand it
 * exactly as Jura's reminders do. DTSTAMP is UTC. UIDs are stable, so re-imports update events.
 *
 * The calendar itself has no TZID (ical-generator would then write DTSTAMP as a local time
 * without `Z`); the federation's zone is only the X-WR-TIMEZONE hint calendar apps read.
 */
export function convergenceCalendar(
  federation: Federation,
  convergences: readonly Convergence[],
  now: Date,
): string {
  const calendar = ical({
    name: `${federation.name} convergences`,
    prodId: { company: "jura", product: "convergences", language: "EN" },
    timezone: { name: null, generator: vtimezone },
    x: [{ key: "X-WR-TIMEZONE", value: federation.timezone }],
  });
  for (const c of convergences) {
    if (c.cancelledAt) continue;
    const start = DateTime.fromJSDate(c.dtstart, { zone: c.timezone });
    calendar.createEvent({
      id: `convergence-${c.id}-federation-${federation.id}@jura`,
      stamp: now,
      start,
      end: start.plus({ minutes: c.durationMinutes }),
      timezone: c.timezone,
      summary: c.title,
      description: c.agenda || undefined,
      location: c.location || undefined,
      repeating: c.rrule ? `RRULE:${c.rrule}` : undefined,
    });
  }
  // RFC 5545 ends every content line, the last one too, with CRLF.
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}

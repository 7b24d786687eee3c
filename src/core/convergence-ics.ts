import ical from "ical-generator";
import { DateTime } from "luxon";
import type { Federation } from "./model.js";
import type { Convergence } from "./ports.js";

/**
 * A federation's convergences as an RFC 5545 calendar: one VEVENT per convergence, its start
 * and end in the convergence's own zone (TZID), its recurrence as the stored RRULE, so calendar
 * apps expand it exactly as Jura's reminders do. UIDs are stable, so re-imports update events.
 */
export function convergenceCalendar(
  federation: Federation,
  convergences: readonly Convergence[],
  now: Date,
): string {
  const calendar = ical({
    name: `${federation.name} convergences`,
    prodId: { company: "jura", product: "convergences", language: "EN" },
    timezone: federation.timezone,
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
  return calendar.toString();
}

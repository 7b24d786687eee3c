import { DateTime } from "luxon";
import { parseCadence } from "./cadence.js";
import { mirrorConvergence } from "./convergence-events.js";
import { agendaLines, occurrenceDay } from "./convergence-record.js";
import { readDurationMinutes } from "./durations.js";
import { inLocale, t } from "./i18n.js";
import type { Convergence, Store } from "./ports.js";
import { isLiveRule, occurrenceAfter, occurrences } from "./recurrence.js";
import { copyKey, federationAudience } from "./routing.js";
import { formatMoment } from "./time.js";

/** Reminders when none are asked for: a week, a day and an hour before. */
export const DEFAULT_REMINDERS = "7d,1d,1h";

/**
 * Reads reminder offsets such as `7d,1d,1h` (or `none`) into minutes, largest first, without
 * duplicates; or explains what could not be read.
 */
/** Reminders before each occurrence: enough to prepare, never a stream. */
export const MAX_REMINDERS = 4;

export function parseReminders(text: string): { minutes: number[] } | { problem: string } {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === "none" || trimmed === "") return { minutes: [] };
  const minutes = new Set<number>();
  for (const part of trimmed.split(/[,\s]+/).filter(Boolean)) {
    const value = readDurationMinutes(part);
    if (value === undefined) return { problem: `“${part}” is not an offset such as 7d, 1d, 1h or 30m` };
    if (value > 60 * 1440) return { problem: `“${part}” must be between 1m and 60d` };
    minutes.add(value);
  }
  if (minutes.size > MAX_REMINDERS) return { problem: t("limit.reminders", { count: MAX_REMINDERS }) };
  return { minutes: [...minutes].sort((a, b) => b - a) };
}

/** An offset in its shortest exact unit (10080 → 7d), as used in outbox keys. */
export function offsetLabel(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440}d`;
  if (minutes % 60 === 0) return `${minutes / 60}h`;
  return `${minutes}m`;
}

export function reminderMinutes(convergence: Pick<Convergence, "remindMinutes">): number[] {
  return convergence.remindMinutes
    .split(",")
    .filter(Boolean)
    .map(Number)
    .sort((a, b) => b - a);
}

/**
 * Reads a convergence cadence. In a monthly or yearly rule, a bare weekday (`every 3 months on
 * saturday 10:00`) means the first such weekday of the month, not every one of them — an
 * assembly, not a weekly meeting.
 */
export function convergenceRule(input: string): { rrule: string } | { problem: string } {
  const cadence = parseCadence(input);
  if ("problem" in cadence) return cadence;
  const parts = cadence.rrule.split(";");
  const monthly = parts.some((p) => /^FREQ=(MONTHLY|YEARLY)$/.test(p));
  const byday = parts.find((p) => p.startsWith("BYDAY="));
  const ordinal = byday && /[+-]?\d/.test(byday.slice(6));
  if (
    monthly &&
    byday &&
    !ordinal &&
    !parts.some((p) => p.startsWith("BYSETPOS=") || p.startsWith("BYMONTHDAY="))
  )
    parts.push("BYSETPOS=1");
  return { rrule: parts.join(";") };
}

/** Whether a rule has an occurrence after `from`, without letting a broken rule throw. */
export function ruleLives(rrule: string, dtstart: Date, zone: string, from: Date): boolean {
  return isLiveRule(rrule, dtstart, zone, from);
}

/** The starts of a convergence from `from` on (at most `count`). */
export function upcomingStarts(convergence: Convergence, from: Date, count: number): Date[] {
  if (convergence.cancelledAt) return [];
  if (!convergence.rrule) return convergence.dtstart >= from ? [convergence.dtstart] : [];
  return occurrences(convergence.rrule, convergence.dtstart, convergence.timezone, from, count);
}

/** The moments to act on for one start: each reminder, then the start itself; oldest first. */
export function momentsOf(start: Date, reminders: readonly number[]): Date[] {
  return [...reminders.map((m) => new Date(start.getTime() - m * 60_000)), start].sort(
    (a, b) => a.getTime() - b.getTime(),
  );
}

/**
 * The first thing to do for a convergence strictly after `after`: which start it prepares and
 * when. Reminders that would fall at or before `after` are skipped (too late to remind).
 */
export function nextDue(
  convergence: Pick<Convergence, "rrule" | "dtstart" | "timezone" | "remindMinutes">,
  after: Date,
): { nextAt: Date | null; nextDueAt: Date | null } {
  const reminders = reminderMinutes(convergence);
  let start: Date | undefined;
  if (!convergence.rrule) start = convergence.dtstart > after ? convergence.dtstart : undefined;
  else start = occurrenceAfter(convergence.rrule, convergence.dtstart, convergence.timezone, after, false);
  if (!start) return { nextAt: null, nextDueAt: null };
  const due = momentsOf(start, reminders).find((m) => m > after);
  return { nextAt: start, nextDueAt: due ?? start };
}

/** How far away a start is, in words for a reminder. */
function inWords(minutes: number): string {
  const label = offsetLabel(minutes);
  return t("convergence.in_words", { n: Number.parseInt(label, 10), unit: label.slice(-1) });
}

/** Describes one start for people: local time, duration, where. */
export function describeStart(convergence: Convergence, start: Date): string {
  const end = DateTime.fromJSDate(start, { zone: convergence.timezone }).plus({
    minutes: convergence.durationMinutes,
  });
  const where = convergence.location ? ` · ${convergence.location}` : "";
  return `${t("convergence.start_until", { start: formatMoment(start, convergence.timezone), end: end.toFormat("HH:mm") })}${where}`;
}

/**
 * Announces what falls due for a claimed convergence — a reminder or the start — once each
 * (keyed by convergence, start and offset), then moves it to its next moment. Returns how many
 * moments it handled.
 */
export async function advanceConvergence(store: Store, convergence: Convergence, now: Date): Promise<number> {
  const federation = await store.federations.byId(convergence.federationId);
  let state = { nextAt: convergence.nextAt, nextDueAt: convergence.nextDueAt };
  let handled = 0;
  while (state.nextAt && state.nextDueAt && state.nextDueAt <= now && handled < 50) {
    const start = state.nextAt;
    const offset = Math.round((start.getTime() - state.nextDueAt.getTime()) / 60_000);
    const iso = start.toISOString();
    const key =
      offset > 0
        ? `convergence:${convergence.id}:${iso}:remind:${offsetLabel(offset)}`
        : `convergence:${convergence.id}:${iso}:start`;
    const items = await store.record.agenda(convergence.id, start);
    const circles = await store.circles.byIds([
      ...new Set(items.flatMap((i) => (i.circleId ? [i.circleId] : []))),
    ]);
    const names = new Map(circles.map((c) => [c.id, c.name]));
    const agenda = () => {
      const collected = items.length
        ? `\n${[t("record.agenda_title", { date: occurrenceDay(convergence, start) }), ...agendaLines(items, names)].join("\n")}`
        : "";
      return `${convergence.agenda ? `\n${t("convergence.agenda_label", { agenda: convergence.agenda })}` : ""}${collected}`;
    };
    const story =
      offset === 0 && convergence.tellStory
        ? await store.stories.founding(convergence.federationId)
        : undefined;
    const told = () =>
      story ? `\n\n${t("convergence.founding_story", { title: story.title })}\n${story.text}` : "";
    // Said in each receiving place's language: the federation's, each circle's.
    const text = inLocale(() =>
      offset > 0
        ? `${t("convergence.reminder_text", { title: convergence.title, id: convergence.id, in: inWords(offset), start: describeStart(convergence, start) })}${agenda()}\n${t("convergence.rsvp_how", { id: convergence.id })}`
        : `${t("convergence.begins_text", { title: convergence.title, id: convergence.id, start: describeStart(convergence, start) })}${agenda()}${told()}`,
    );
    if (federation) {
      const places = await federationAudience(store, federation, "convergences");
      await store.outbox.addMany(
        places.map((place) => ({
          key: copyKey(key, place, federation.announcePlace),
          place,
          text,
          createdAt: now,
          payload: { type: "rsvp" as const, convergenceId: convergence.id },
        })),
      );
    }
    state = nextDue(convergence, state.nextDueAt);
    if (offset <= 0 && state.nextAt) await mirrorConvergence(store, convergence, "upsert", state.nextAt, now);
    handled += 1;
  }
  await store.convergences.setNext(convergence.id, state);
  return handled;
}

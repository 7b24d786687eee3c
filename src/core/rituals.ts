import { DateTime } from "luxon";
import { currentLocale, inLocale, t } from "./i18n.js";
import type { Federation } from "./model.js";
import type { Ritual, Store } from "./ports.js";
import { occurrenceAfter } from "./recurrence.js";
import { copyKey, federationAudience } from "./routing.js";

/** Local hour at which a commemoration is announced on its day. */
const ANNOUNCE_HOUR = 9;

/**
 * The calendar every new federation starts with; each federation edits its own copy. Wording is
 * ours: short, factual, in the movement's own memory.
 */
export const SEED_RITUALS: readonly { month: number; day: number; title: string }[] = [
  { month: 3, day: 18, title: "The Paris Commune is proclaimed (18 March 1871)" },
  { month: 5, day: 1, title: "May Day, for the Haymarket martyrs of Chicago (1886)" },
  {
    month: 9,
    day: 15,
    title: "The St. Imier Congress opens, 15–16 September 1872: the anti-authoritarian International",
  },
  { month: 7, day: 19, title: "Revolution in Spain: the collectives of 1936 begin (19 July)" },
];

/** Reads `MM-DD` (a day that exists in some year, so 02-29 is allowed). */
export function parseMonthDay(text: string): { month: number; day: number } | undefined {
  const match = /^(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!match) return undefined;
  const month = Number(match[1]);
  const day = Number(match[2]);
  return DateTime.fromObject({ year: 2024, month, day }).isValid ? { month, day } : undefined;
}

/** The next announcement moment strictly after `after`: 09:00 on the day, in `zone`; leap days every four years. */
export function nextRitualAt(
  ritual: Pick<Ritual, "month" | "day">,
  zone: string,
  after: Date,
): Date | undefined {
  const rule = `FREQ=YEARLY;BYMONTH=${ritual.month};BYMONTHDAY=${ritual.day};BYHOUR=${ANNOUNCE_HOUR};BYMINUTE=0;BYSECOND=0`;
  const dtstart = DateTime.fromObject({ year: 2000, month: 1, day: 1 }, { zone }).toJSDate();
  return occurrenceAfter(rule, dtstart, zone, after, false);
}

export function describeDay(ritual: Pick<Ritual, "month" | "day">): string {
  const locale = currentLocale();
  return DateTime.fromObject({ year: 2024, month: ritual.month, day: ritual.day })
    .setLocale(locale)
    .toFormat(locale === "es" ? "d 'de' LLLL" : "d LLLL");
}

/** Gives a new federation its starting calendar, every entry announced. */
export async function seedRituals(store: Store, federation: Federation, now: Date): Promise<void> {
  for (const seed of SEED_RITUALS) {
    await store.rituals.add({
      federationId: federation.id,
      ...seed,
      announced: true,
      nextDueAt: nextRitualAt(seed, federation.timezone, now) ?? null,
      createdBy: federation.createdBy,
      createdAt: now,
      creatorCircleId: null,
    });
  }
}

/** Announces a due commemoration once for its year (keyed), then schedules the next year's. */
export async function announceRitual(store: Store, ritual: Ritual, now: Date): Promise<number> {
  const federation = await store.federations.byId(ritual.federationId);
  const due = ritual.nextDueAt ?? now;
  if (federation) {
    const year = DateTime.fromJSDate(due, { zone: federation.timezone }).year;
    const key = `calendar:${ritual.id}:${year}`;
    const text = inLocale(() =>
      t("ritual.on_this_day", { day: describeDay(ritual), title: ritual.title, federation: federation.name }),
    );
    const places = await federationAudience(store, federation, "calendar");
    await store.outbox.addMany(
      places.map((place) => ({
        key: copyKey(key, place, federation.announcePlace),
        place,
        text,
        createdAt: now,
      })),
    );
  }
  await store.rituals.setNextDue(ritual.id, nextRitualAt(ritual, federation?.timezone ?? "UTC", due) ?? null);
  return 1;
}

import { MAX_REMINDERS, REMINDER_DAYS } from "./aid.js";
import { sendDigest } from "./aid-digest.js";
import { circleNames } from "./aid-text.js";
import { inLocale, t } from "./i18n.js";
import { displayPerson } from "./ids.js";
import type { Store } from "./ports.js";

const DAY_MS = 86_400_000;

/** Open requests past their date end as expired and say so, once (keyed), where they were asked. */
export async function expireRequests(store: Store, now: Date, limit: number): Promise<number> {
  const due = await store.aid.claimExpired(now, limit);
  for (const request of due) {
    await store.aid.setRequestStatus(request.id, "expired", now);
    const federation = await store.federations.byId(request.federationId);
    const circle = await store.circles.byId(request.circleId);
    if (!federation) continue;
    const text = inLocale(() =>
      t("aid.request_expired_notice", { id: request.id, circle: circle?.name ?? "?", what: request.what }),
    );
    const places = [...new Set([federation.announcePlace, circle?.homePlace].filter((p) => p != null))];
    await store.outbox.addMany(
      places.map((place) => ({ key: `aid:${request.id}:expired:${place}`, place, text, createdAt: now })),
    );
  }
  return due.length;
}

/** Follows up an accepted offer not yet fulfilled, every few days, a few times at most. */
export async function remindOffers(store: Store, now: Date, limit: number): Promise<number> {
  const due = await store.aid.claimReminders(now, limit);
  for (const offer of due) {
    const reminders = offer.reminders + 1;
    const remindAt = reminders < MAX_REMINDERS ? new Date(now.getTime() + REMINDER_DAYS * DAY_MS) : null;
    await store.aid.updateOffer(offer.id, { reminders, remindAt });
    const request = offer.requestId === null ? undefined : await store.aid.requestById(offer.requestId);
    const names = await circleNames(store, [offer.circleId, request?.circleId ?? offer.circleId]);
    const text = inLocale(() =>
      t("aid.offer_reminder", {
        id: offer.id,
        circle: names.get(offer.circleId) ?? "?",
        what: offer.what,
        by: request ? (names.get(request.circleId) ?? "?") : "none",
        person: displayPerson(offer.offeredBy),
      }),
    );
    const circles = await store.circles.byIds([offer.circleId, ...(request ? [request.circleId] : [])]);
    const places = [...new Set(circles.map((c) => c.homePlace).filter((p) => p !== null))];
    await store.outbox.addMany(
      places.map((place) => ({
        key: `offer:${offer.id}:reminder:${reminders}:${place}`,
        place,
        text,
        createdAt: now,
      })),
    );
  }
  return due.length;
}

/** Each due federation's digest, per place: what changed and concerns it (see aid-digest.ts). */
export async function sendDigests(store: Store, now: Date, limit: number): Promise<number> {
  const due = await store.aid.claimDigests(now, limit);
  for (const digest of due) {
    // a missed period (the bot was down) is skipped, not sent late
    let next = digest.dueAt.getTime() + digest.everyDays * DAY_MS;
    while (next <= now.getTime()) next += digest.everyDays * DAY_MS;
    await store.aid.setNextDigest(digest.federation.id, new Date(next));
    await sendDigest(store, digest, now);
  }
  return due.length;
}

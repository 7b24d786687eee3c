import { byUrgencyThenAge, MAX_REMINDERS, REMINDER_DAYS } from "./aid.js";
import { requestProgress } from "./aid-delivery.js";
import { circleNames, federationPlaces, reflectionLine, requestLine } from "./aid-text.js";
import { deficitLines } from "./credit.js";
import { inLocale, t } from "./i18n.js";
import { displayPerson } from "./ids.js";
import type { DueDigest, Store } from "./ports.js";
import { formatMoment } from "./time.js";

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

/** Each due federation's digest: open requests (most urgent, then oldest first) and unresolved reflections. */
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

async function sendDigest(store: Store, { federation, dueAt, everyDays }: DueDigest, now: Date) {
  const requests = (await store.aid.requests({ federationId: federation.id, activeOnly: true })).sort(
    byUrgencyThenAge,
  );
  const reflections = (
    await store.aid.reflections({ federationId: federation.id, unresolvedOnly: true })
  ).sort((a, b) => a.sharedAt.getTime() - b.sharedAt.getTime() || a.id - b.id);
  const deficits = await deficitLines(store, federation.id);
  if (requests.length === 0 && reflections.length === 0 && deficits.length === 0) return;
  const names = await circleNames(store, [
    ...requests.map((r) => r.circleId),
    ...reflections.map((r) => r.circleId),
  ]);
  const periodStart = new Date(dueAt.getTime() - everyDays * DAY_MS);
  const lines = [
    `Mutual aid in “${federation.name}”, ${everyDays === 7 ? "week" : `${everyDays} days`} to ${formatMoment(dueAt, federation.timezone)}:`,
  ];
  if (requests.length > 0) {
    lines.push(`Open requests (${requests.length}):`);
    for (const r of requests) {
      const deliveries = await store.aid.deliveries({ requestId: r.id });
      const progress = deliveries.length > 0 ? requestProgress(r, deliveries) : "";
      lines.push(`- ${requestLine(r, names.get(r.circleId) ?? "?", federation.timezone, progress)}`);
    }
  }
  if (reflections.length > 0) {
    lines.push(`Reflections awaiting answers (${reflections.length}):`);
    for (const r of reflections) lines.push(`- ${reflectionLine(r, names.get(r.circleId) ?? "?")}`);
  }
  lines.push(...deficits);
  lines.push(
    "Offer with /aid offer <request> <what>; answer a reflection with /reflect advise or /reflect affirm.",
  );
  const text = lines.join("\n");
  const key = `digest:${federation.id}:${periodStart.toISOString()}`;
  const places = await federationPlaces(store, federation);
  await store.outbox.addMany(
    places.map((place) => ({ key: `${key}:${place}`, place, text, createdAt: now })),
  );
}

import { currentLocale, inLocale, t } from "./i18n.js";
import { displayPerson } from "./ids.js";
import type { NewOutboxMessage, Store } from "./ports.js";
import { requestRoleSync } from "./role-sync.js";
import { formatMoment } from "./time.js";

/**
 * Ends every mandate whose time is up, with an audit entry and an announcement to the circle
 * and its federation. Set-based — a batch of `limit` costs a handful of statements — and safe to
 * run concurrently and repeatedly: rows are claimed with SKIP LOCKED and announcements are keyed
 * by mandate, so each expiry is announced once.
 */
export async function expireMandates(store: Store, now: Date, limit = 100): Promise<number> {
  const due = await store.mandates.expireDue(now, limit);
  if (due.length === 0) return 0;
  const circles = new Map(
    (await store.circles.byIds([...new Set(due.map((m) => m.circleId))])).map((c) => [c.id, c]),
  );
  const federationIds = [
    ...new Set([...circles.values()].flatMap((c) => (c.federationId === null ? [] : [c.federationId]))),
  ];
  const federations = new Map((await store.federations.byIds(federationIds)).map((f) => [f.id, f]));
  await store.audit.recordMany(
    due.map((mandate) => ({
      at: now,
      actor: "system" as const,
      action: "mandate.expire",
      circleId: mandate.circleId,
      federationId: circles.get(mandate.circleId)?.federationId ?? null,
      details: { mandateId: mandate.id },
    })),
  );
  // a backlog tends to share its moments and zones; formatting each pair once saves most of the time
  const moments = new Map<string, string>();
  const moment = (at: Date, zone: string) => {
    const key = `${at.getTime()} ${zone} ${currentLocale()}`;
    const known = moments.get(key);
    if (known !== undefined) return known;
    const text = formatMoment(at, zone);
    moments.set(key, text);
    return text;
  };
  const messages: NewOutboxMessage[] = [];
  for (const mandate of due) {
    const circle = circles.get(mandate.circleId);
    if (!circle) continue;
    // Said in each place's language; the moment is formatted once per language and zone.
    const text = inLocale(() =>
      t("mandate.expired_notice", {
        id: mandate.id,
        person: displayPerson(mandate.delegate),
        circle: circle.name,
        scope: mandate.scope,
        ended: moment(mandate.expiresAt, circle.timezone),
      }),
    );
    const federation = circle.federationId === null ? undefined : federations.get(circle.federationId);
    for (const place of new Set([circle.homePlace, federation?.announcePlace ?? null])) {
      if (place)
        messages.push({ key: `mandate:${mandate.id}:expired:${place}`, place, text, createdAt: now });
    }
  }
  await store.outbox.addMany(messages);
  await requestRoleSync(store, now, due, "expired");
  return due.length;
}

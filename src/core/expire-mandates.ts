import { displayPerson } from "./ids.js";
import type { Store } from "./ports.js";
import { formatMoment } from "./time.js";

/**
 * Ends every mandate whose time is up, with an audit entry and an announcement to the circle
 * and its federation. Safe to run concurrently and repeatedly: rows are claimed with SKIP LOCKED
 * and announcements are keyed by mandate, so each expiry is announced once.
 */
export async function expireMandates(store: Store, now: Date, limit = 100): Promise<number> {
  const due = await store.mandates.claimExpired(now, limit);
  for (const mandate of due) {
    await store.mandates.end(mandate.id, "expired", now, "mandate period ended");
    const circle = await store.circles.byId(mandate.circleId);
    await store.audit.record({
      at: now,
      actor: "system",
      action: "mandate.expire",
      circleId: mandate.circleId,
      federationId: circle?.federationId ?? null,
      details: { mandateId: mandate.id },
    });
    if (!circle) continue;
    const text = `Mandate #${mandate.id} of ${displayPerson(mandate.delegate)} for “${circle.name}” (${mandate.scope}) ended at ${formatMoment(mandate.expiresAt, circle.timezone)}. The circle may grant a new one.`;
    const places = [circle.homePlace];
    if (circle.federationId !== null)
      places.push((await store.federations.byId(circle.federationId))?.announcePlace ?? null);
    for (const place of new Set(places)) {
      if (place)
        await store.outbox.add({
          key: `mandate:${mandate.id}:expired:${place}`,
          place,
          text,
          createdAt: now,
        });
    }
  }
  return due.length;
}

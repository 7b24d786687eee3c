import { DateTime } from "luxon";
import { type PlaceId, platformOf } from "./ids.js";
import type { Convergence, ConvergenceEventPayload, Store } from "./ports.js";
import { formatMoment } from "./time.js";

/**
 * The places where a federation's convergences are mirrored as platform calendar events: today
 * Discord guild scheduled events, one per guild, so the federation's announce place and its
 * circles' home places are taken once per guild (the first place seen in each).
 */
export async function eventPlaces(store: Store, federationId: number): Promise<PlaceId[]> {
  const federation = await store.federations.byId(federationId);
  if (!federation) return [];
  const circles = await store.circles.list({ federationId });
  const byGuild = new Map<string, PlaceId>();
  for (const place of [federation.announcePlace, ...circles.map((c) => c.homePlace)]) {
    if (!place || platformOf(place) !== "discord") continue;
    const guild = place.slice(0, place.indexOf("/"));
    if (!byGuild.has(guild)) byGuild.set(guild, place);
  }
  return [...byGuild.values()];
}

/**
 * Writes the outbox rows that keep the mirrored event of a convergence in sync: `upsert` shows
 * the occurrence starting at `start` (created the first time, moved on later), `cancel` takes it
 * off. Keyed by convergence, action, start and place, so a replay writes nothing new.
 */
export async function mirrorConvergence(
  store: Store,
  convergence: Convergence,
  action: "upsert" | "cancel",
  start: Date,
  now: Date,
): Promise<void> {
  const places = await eventPlaces(store, convergence.federationId);
  if (places.length === 0) return;
  const startsAt = start.toISOString();
  const endsAt = DateTime.fromJSDate(start).plus({ minutes: convergence.durationMinutes }).toJSDate();
  const payload: ConvergenceEventPayload = {
    type: "convergence-event",
    action,
    convergenceId: convergence.id,
    title: convergence.title,
    startsAt,
    endsAt: endsAt.toISOString(),
    location: convergence.location,
    description: convergence.agenda,
  };
  const text =
    action === "upsert"
      ? `Convergence #${convergence.id} “${convergence.title}”: next on ${formatMoment(start, convergence.timezone)}${convergence.location ? ` · ${convergence.location}` : ""}.`
      : `Convergence #${convergence.id} “${convergence.title}” is cancelled.`;
  await store.outbox.addMany(
    places.map((place) => ({
      key: `convergence:${convergence.id}:event:${action}:${startsAt}:${place}`,
      place,
      text,
      createdAt: now,
      payload,
    })),
  );
}

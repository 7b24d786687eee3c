import { type AidOffer, type AidRequest, formatAmount, type Reflection } from "./aid.js";
import type { PlaceId } from "./ids.js";
import type { Federation } from "./model.js";
import type { Store } from "./ports.js";
import { formatMoment } from "./time.js";

/** One line for a reflection: whose, what happened, what would help, and its state. */
export function reflectionLine(r: Reflection, circleName: string): string {
  const state = r.resolvedAt ? "resolved" : `would help: ${r.needs.split("|").join(", ")}`;
  return `Reflection #${r.id} of “${circleName}”: ${r.happened} (${state})`;
}

export function requestLine(r: AidRequest, circleName: string, zone: string): string {
  return `Request #${r.id} of “${circleName}” (${r.urgency}): ${r.what}, ${formatAmount(r.amount, r.unit)} by ${formatMoment(r.byAt, zone)} [${r.status}]`;
}

export function offerLine(o: AidOffer, circleName: string, unit: string): string {
  const amount = o.amount === null ? "" : ` (${formatAmount(o.amount, unit)})`;
  return `Offer #${o.id} from “${circleName}”: ${o.what}${amount} [${o.status}]`;
}

/** Where federation-wide aid news goes: its announcement place and every member circle's home. */
export async function federationPlaces(store: Store, federation: Federation): Promise<PlaceId[]> {
  const homes = (await store.circles.list({ federationId: federation.id }))
    .map((c) => c.homePlace)
    .filter((p): p is PlaceId => p !== null);
  return [...new Set([federation.announcePlace, ...homes])];
}

/** Circle names by id, for rendering lists. */
export async function circleNames(store: Store, ids: readonly number[]): Promise<Map<number, string>> {
  const circles = await store.circles.byIds([...new Set(ids)]);
  return new Map(circles.map((c) => [c.id, c.name]));
}

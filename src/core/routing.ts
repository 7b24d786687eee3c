import type { PlaceId } from "./ids.js";
import type { Federation, QuietKind } from "./model.js";
import type { Store } from "./ports.js";

/**
 * Where a federation-wide announcement of one kind goes: the federation's own place, and the
 * room of every member circle that has not kept that kind out (`circle set quiet:…`). Rituals
 * and assemblies are the federation's, but they happen in its circles.
 */
export async function federationAudience(
  store: Store,
  federation: Pick<Federation, "id" | "announcePlace">,
  kind: QuietKind,
): Promise<PlaceId[]> {
  const circles = await store.circles.list({ federationId: federation.id });
  const homes = circles.flatMap((c) => (c.homePlace && !c.quiet.includes(kind) ? [c.homePlace] : []));
  return [...new Set([federation.announcePlace, ...homes])];
}

/**
 * The outbox key of a copy of an announcement for `place`: the federation's place keeps the
 * announcement's own key (platforms find their messages by it), each circle's copy has its own.
 */
export function copyKey(key: string, place: PlaceId, federationPlace: PlaceId): string {
  return place === federationPlace ? key : `${key}:${place}`;
}

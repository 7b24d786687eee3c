import { currentLocale, type Locale, withLocale } from "./i18n.js";
import type { PlaceId } from "./ids.js";
import type { Store } from "./ports.js";

/** The language `place` speaks (its circle's, its federation's, else English). */
export async function placeLocale(store: Store, place: PlaceId | null | undefined): Promise<Locale> {
  if (!place) return currentLocale();
  return (await store.languages.ofPlaces([place])).get(place) ?? "en";
}

/**
 * Runs `work` in the language of `place`: what a job writes to one place (a proposal's outcome,
 * a handoff) is said as that place reads, whoever's command or whichever job brought it about.
 */
export async function speakingTo<T>(
  store: Store,
  place: PlaceId | null | undefined,
  work: () => Promise<T>,
): Promise<T> {
  return withLocale(await placeLocale(store, place), work);
}

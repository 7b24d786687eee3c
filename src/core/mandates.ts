import { displayPerson } from "./ids.js";
import type { Mandate } from "./model.js";
import { formatMoment } from "./time.js";

/** Longest mandate a circle can grant in one go: delegates are meant to come back and be renewed. */
export const MANDATE_MAX_DAYS = 366;

export function describeMandate(mandate: Mandate, circleName: string, zone: string): string {
  const who = displayPerson(mandate.delegate);
  const span =
    mandate.status === "active"
      ? `until ${formatMoment(mandate.expiresAt, zone)}`
      : `${mandate.status} ${formatMoment(mandate.endedAt ?? mandate.expiresAt, zone)}`;
  return `#${mandate.id} ${who} for “${circleName}”: ${mandate.scope} (${span})`;
}

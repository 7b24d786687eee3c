import { t } from "./i18n.js";
import { displayPerson } from "./ids.js";
import type { Mandate } from "./model.js";
import { mandateEnding } from "./outcomes.js";
import { formatMoment } from "./time.js";

/** Longest mandate a circle can grant in one go: delegates are meant to come back and be renewed. */
export const MANDATE_MAX_DAYS = 366;

const DAY_MS = 86_400_000;

/**
 * When a circle is asked whether to renew a mandate: a week before it ends, or halfway through
 * a mandate shorter than two weeks, so there is always time to decide.
 */
export function renewalDue(startsAt: Date, expiresAt: Date): Date {
  const span = expiresAt.getTime() - startsAt.getTime();
  return new Date(expiresAt.getTime() - Math.min(7 * DAY_MS, span / 2));
}

/** One mandate on a line, in the reader's language: who, for which circle, what, and until when. */
export function describeMandate(mandate: Mandate, circleName: string, zone: string): string {
  const span =
    mandate.status === "active"
      ? t("mandate.until", { when: formatMoment(mandate.expiresAt, zone) })
      : mandateEnding(mandate, zone);
  return t("mandate.line", {
    id: mandate.id,
    delegate: displayPerson(mandate.delegate),
    circle: circleName,
    scope: mandate.scope,
    span,
  });
}

import type { AidOffer, AidRequest, Reflection } from "./aid.js";
import { formatQuantity } from "./aid-amounts.js";
import { t } from "./i18n.js";
import type { Store } from "./ports.js";
import { formatMoment } from "./time.js";

/** One line for a reflection: whose, what happened, what would help, and its state. */
export function reflectionLine(r: Reflection, circleName: string): string {
  const state = r.resolvedAt ? "resolved" : `would help: ${r.needs.split("|").join(", ")}`;
  return `Reflection #${r.id} of “${circleName}”: ${r.happened} (${state})`;
}

/** What a request asks, as people read it: `400 EUR` as `€400.00`, `2.5 kg`, or nothing. */
export function askedText(r: Pick<AidRequest, "amount" | "unit">): string {
  return r.amount === null ? "" : formatQuantity(r.amount, r.unit);
}

/**
 * One line for a request; `progress` (what arrived so far, see aid-delivery.ts) is added while it
 * is still open.
 */
export function requestLine(r: AidRequest, circleName: string, zone: string, progress = ""): string {
  return t("aid.request_line", {
    id: r.id,
    circle: circleName,
    urgency: r.urgency,
    what: r.what,
    amount: askedText(r) || "none",
    by: formatMoment(r.byAt, zone),
    status: r.status,
    progress: progress || "none",
  });
}

/** One line for an offer, in its own unit (never the request's); `delivered` when part arrived. */
export function offerLine(o: AidOffer, circleName: string, delivered?: bigint): string {
  return t("aid.offer_line", {
    id: o.id,
    circle: circleName,
    what: o.what,
    amount: o.amount === null ? "none" : formatQuantity(o.amount, o.unit),
    delivered:
      delivered === undefined || delivered === 0n || o.status === "fulfilled"
        ? "none"
        : formatQuantity(delivered, o.unit),
    status: o.status,
  });
}

/** Circle names by id, for rendering lists. */
export async function circleNames(store: Store, ids: readonly number[]): Promise<Map<number, string>> {
  const circles = await store.circles.byIds([...new Set(ids)]);
  return new Map(circles.map((c) => [c.id, c.name]));
}

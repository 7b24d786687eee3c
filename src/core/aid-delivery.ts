import type { AidOffer, AidRequest } from "./aid.js";
import { arrivedFor, formatQuantity, isCovered, offerRemaining, parseQuantity } from "./aid-amounts.js";
import { UserError } from "./errors.js";
import { t } from "./i18n.js";
import type { PersonId } from "./ids.js";
import type { Store } from "./ports.js";

/** What a delivery would be: its amount in the offer's unit (null: the offer had none), and what was delivered before. */
export interface PlannedDelivery {
  amount: bigint | null;
  delivered: bigint;
}

/**
 * Checks that an offer can take a delivery now and what it would be: `amount` (millionths of the
 * offer's unit) or, when not given, the rest of the offer. An accepted offer to a request, or an
 * offer to a reflection, takes deliveries until what arrived reaches what was offered; more than
 * that is refused (a new offer says it).
 */
export async function planDelivery(
  store: Store,
  offer: AidOffer,
  request: AidRequest | undefined,
  amount: bigint | undefined,
): Promise<PlannedDelivery> {
  const expected = request ? "accepted" : "offered";
  if (offer.status !== expected) {
    throw new UserError("aid.offer_state", { id: offer.id, status: offer.status, action: "delivered" });
  }
  const deliveries = await store.aid.deliveries({ offerId: offer.id });
  const delivered = deliveries.reduce((sum, d) => sum + (d.amount ?? 0n), 0n);
  const left = offerRemaining(offer.amount, delivered);
  if (amount === undefined) return { amount: left, delivered };
  if (left !== null && amount > left) {
    throw new UserError("aid.over_delivery", {
      id: offer.id,
      offered: formatQuantity(offer.amount ?? 0n, offer.unit),
      left: formatQuantity(left, offer.unit),
      amount: formatQuantity(amount, offer.unit),
    });
  }
  return { amount, delivered };
}

/** The delivery an `amount:` argument asks for, in millionths, or undefined when not given. */
export function deliveryAmount(text: string | undefined): bigint | undefined {
  if (text === undefined) return undefined;
  const amount = parseQuantity(text);
  if (amount === undefined || amount <= 0n) {
    throw new UserError("args.field", {
      field: "amount",
      problem: t("input.not_an_amount", { value: text.slice(0, 40) }),
    });
  }
  return amount;
}

export interface DeliveryResult {
  /** The offer is delivered in full (or had no amount). */
  offerComplete: boolean;
  /** The request is now covered and marked fulfilled. */
  covered: boolean;
  /** What arrived for the request so far, in its unit, as people read it (empty without a request). */
  progress: string;
}

/**
 * Records a delivery (and, for money, the journal entry that carried it), completes the offer
 * once all of it arrived, and marks the request fulfilled once what arrived in its unit covers
 * it. The request is locked first, so deliveries to one request are counted one at a time.
 */
export async function recordDelivery(
  store: Store,
  input: {
    offer: AidOffer;
    request: AidRequest | undefined;
    planned: PlannedDelivery;
    by: PersonId;
    at: Date;
    entryId: number | null;
  },
): Promise<DeliveryResult> {
  const { offer, planned, at } = input;
  const request = input.request
    ? ((await store.aid.lockRequest(input.request.id)) ?? input.request)
    : undefined;
  await store.aid.deliver({
    offerId: offer.id,
    requestId: request?.id ?? null,
    amount: planned.amount,
    // An offer that named no amount is counted, when its delivery says one, in the request's unit.
    unit: offer.amount === null ? (request?.unit ?? "") : offer.unit,
    recordedBy: input.by,
    recordedAt: at,
    entryId: input.entryId,
  });
  const offerComplete = offer.amount === null || planned.delivered + (planned.amount ?? 0n) >= offer.amount;
  if (offerComplete)
    await store.aid.updateOffer(offer.id, { status: "fulfilled", fulfilledAt: at, remindAt: null });
  if (!request) return { offerComplete, covered: false, progress: "" };
  const deliveries = await store.aid.deliveries({ requestId: request.id });
  const offers = await store.aid.offers({ requestId: request.id });
  const anOfferCompleted = offerComplete || offers.some((o) => o.status === "fulfilled");
  const covered =
    (request.status === "open" || request.status === "accepted") &&
    isCovered(request, deliveries, anOfferCompleted);
  if (covered) await store.aid.setRequestStatus(request.id, "fulfilled", at);
  return { offerComplete, covered, progress: requestProgress(request, deliveries) };
}

/** `€150.00 of €400.00 arrived`, or `nothing counted yet` for a request without an amount. */
export function requestProgress(
  request: Pick<AidRequest, "amount" | "unit">,
  deliveries: ReadonlyArray<{ amount: bigint | null; unit: string }>,
): string {
  const arrived = arrivedFor(request.unit, deliveries);
  if (request.amount === null) return t("aid.progress_open", { count: deliveries.length });
  return t("aid.progress", {
    arrived: formatQuantity(arrived, request.unit),
    asked: formatQuantity(request.amount, request.unit),
  });
}

/**
 * After the entry that carried money given through aid is reversed: that delivery no longer
 * counts (see AidRepo.deliveries), so an offer it completed is open again, and a request it
 * fulfilled is accepted again unless what still arrived covers it.
 */
export async function undoDelivery(store: Store, entryId: number, at: Date): Promise<void> {
  const delivery = await store.aid.deliveryOfEntry(entryId);
  if (!delivery) return;
  const offer = await store.aid.offerById(delivery.offerId);
  if (offer?.status === "fulfilled") {
    await store.aid.updateOffer(offer.id, {
      status: offer.requestId === null ? "offered" : "accepted",
      fulfilledAt: null,
    });
  }
  if (delivery.requestId === null) return;
  const request = await store.aid.lockRequest(delivery.requestId);
  if (request?.status !== "fulfilled") return;
  const deliveries = await store.aid.deliveries({ requestId: request.id });
  const offers = await store.aid.offers({ requestId: request.id });
  if (
    !isCovered(
      request,
      deliveries,
      offers.some((o) => o.status === "fulfilled"),
    )
  )
    await store.aid.setRequestStatus(request.id, "accepted", at);
}

import type { PersonId } from "./ids.js";

/** What a reflecting circle says would help. */
export const NEEDS = ["material", "advice", "affirmation"] as const;
export type Need = (typeof NEEDS)[number];

export const URGENCIES = ["low", "normal", "high"] as const;
export type Urgency = (typeof URGENCIES)[number];

/** A circle's failure reflection, shared with its federation as tuition for everyone. */
export interface Reflection {
  id: number;
  circleId: number;
  federationId: number;
  happened: string;
  learned: string;
  needs: string;
  sharedBy: PersonId;
  sharedAt: Date;
  resolvedAt: Date | null;
  resolution: string | null;
}

export interface Advice {
  id: number;
  reflectionId: number;
  author: PersonId;
  text: string;
  at: Date;
}

export type RequestStatus = "open" | "accepted" | "fulfilled" | "closed" | "expired";

/** A circle asks the federation for something, by a date; it never disappears silently. */
export interface AidRequest {
  id: number;
  circleId: number;
  federationId: number;
  what: string;
  /** Millionths of `unit` (see aid-amounts.ts); null when the request named no amount. */
  amount: bigint | null;
  unit: string;
  byAt: Date;
  urgency: Urgency;
  status: RequestStatus;
  requestedBy: PersonId;
  requestedAt: Date;
  endedAt: Date | null;
}

export type OfferStatus = "offered" | "accepted" | "fulfilled" | "withdrawn";

/** Another circle's offer, to a request or to a reflection that needs material help. */
export interface AidOffer {
  id: number;
  requestId: number | null;
  reflectionId: number | null;
  circleId: number;
  what: string;
  /** Millionths of the offer's own `unit`; null when it named no amount. */
  amount: bigint | null;
  /** The offer's unit, which may differ from the request's (people, not EUR). */
  unit: string;
  status: OfferStatus;
  offeredBy: PersonId;
  offeredAt: Date;
  acceptedAt: Date | null;
  remindAt: Date | null;
  reminders: number;
  fulfilledAt: Date | null;
}

/** Days after acceptance before an unfulfilled offer is followed up, and how often at most. */
export const REMINDER_DAYS = 3;
export const MAX_REMINDERS = 3;

const URGENCY_RANK: Record<Urgency, number> = { high: 0, normal: 1, low: 2 };

/** Digest order: most urgent first, then oldest first, then by number. */
export function byUrgencyThenAge(a: AidRequest, b: AidRequest): number {
  return (
    URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] ||
    a.requestedAt.getTime() - b.requestedAt.getTime() ||
    a.id - b.id
  );
}

/** Parses `material|advice` (or commas) into known needs; undefined when any is unknown. */
export function parseNeeds(text: string): Need[] | undefined {
  const parts = text
    .split(/[|,\s]+/)
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  if (parts.length === 0 || parts.some((p) => !(NEEDS as readonly string[]).includes(p))) return undefined;
  return NEEDS.filter((n) => parts.includes(n));
}

import type { PersonId, PlaceId } from "./ids.js";

/** A federation links circles through delegates; it owns nothing of theirs. */
export interface Federation {
  id: number;
  name: string;
  timezone: string;
  announcePlace: PlaceId;
  councilPlace: PlaceId;
  createdBy: PersonId;
  createdAt: Date;
}

/** A circle of (ideally) 5-15 people with full local control over its decisions. */
export interface Circle {
  id: number;
  name: string;
  purpose: string;
  timezone: string;
  homePlace: PlaceId | null;
  /** Open circles accept anyone who joins; closed ones need an invitation from a member. */
  open: boolean;
  federationId: number | null;
  createdBy: PersonId;
  createdAt: Date;
}

export type MandateStatus = "active" | "expired" | "ended";

/** A delegate's limited, expiring, recallable mandate from one circle. */
export interface Mandate {
  id: number;
  circleId: number;
  delegate: PersonId;
  scope: string;
  startsAt: Date;
  expiresAt: Date;
  grantedBy: PersonId;
  status: MandateStatus;
  endedAt: Date | null;
  endReason: string | null;
}

import type { PersonId, PlaceId } from "./ids.js";
import type { Circle, Federation, Mandate } from "./model.js";

/**
 * What the core needs from storage. Every method runs inside the unit of work that the command
 * executor opened, so a command's reads and writes commit or roll back together.
 */
export interface Store {
  federations: FederationRepo;
  circles: CircleRepo;
  members: MembershipRepo;
  mandates: MandateRepo;
  audit: AuditRepo;
  outbox: OutboxRepo;
  events: HandledEventRepo;
}

/** Platform events already handled, so a redelivered event is not handled twice. */
export interface HandledEventRepo {
  /** Records the event id; false when it was already recorded. */
  claim(eventId: string, at: Date): Promise<boolean>;
}

/** Runs `work` in one database transaction: all of it commits, or none of it. */
export interface UnitOfWork {
  run<T>(work: (store: Store) => Promise<T>): Promise<T>;
}

export interface NewFederation {
  name: string;
  timezone: string;
  announcePlace: PlaceId;
  councilPlace: PlaceId;
  createdBy: PersonId;
  createdAt: Date;
}

export interface FederationRepo {
  create(input: NewFederation): Promise<Federation>;
  byName(name: string): Promise<Federation | undefined>;
  byId(id: number): Promise<Federation | undefined>;
  list(): Promise<Federation[]>;
}

export interface NewCircle {
  name: string;
  purpose: string;
  timezone: string;
  homePlace: PlaceId | null;
  open: boolean;
  createdBy: PersonId;
  createdAt: Date;
}

export type CirclePatch = Partial<
  Pick<Circle, "purpose" | "timezone" | "homePlace" | "open" | "federationId">
>;

export interface CircleRepo {
  create(input: NewCircle): Promise<Circle>;
  byName(name: string): Promise<Circle | undefined>;
  byId(id: number): Promise<Circle | undefined>;
  byHomePlace(place: PlaceId): Promise<Circle | undefined>;
  /** Circles with their member counts, by name; optionally only one federation's. */
  list(filter?: { federationId?: number }): Promise<Array<Circle & { size: number }>>;
  update(id: number, patch: CirclePatch): Promise<Circle>;
}

export interface MembershipRepo {
  add(circleId: number, person: PersonId, at: Date): Promise<void>;
  remove(circleId: number, person: PersonId): Promise<boolean>;
  isMember(circleId: number, person: PersonId): Promise<boolean>;
  list(circleId: number): Promise<PersonId[]>;
  count(circleId: number): Promise<number>;
  invite(circleId: number, person: PersonId, by: PersonId, at: Date): Promise<void>;
  isInvited(circleId: number, person: PersonId): Promise<boolean>;
  clearInvitation(circleId: number, person: PersonId): Promise<void>;
}

export interface NewMandate {
  circleId: number;
  delegate: PersonId;
  scope: string;
  startsAt: Date;
  expiresAt: Date;
  grantedBy: PersonId;
}

export interface MandateRepo {
  create(input: NewMandate): Promise<Mandate>;
  byId(id: number): Promise<Mandate | undefined>;
  /** Active mandates first (soonest expiry first), then the most recently ended. */
  list(filter: { circleId?: number; federationId?: number; includeEnded?: boolean }): Promise<Mandate[]>;
  /** Active mandates of one person in one circle. */
  activeOf(circleId: number, delegate: PersonId): Promise<Mandate[]>;
  end(id: number, status: "expired" | "ended", at: Date, reason: string): Promise<void>;
  /**
   * Claims active mandates whose expiry is at or before `now`, skipping rows another worker holds,
   * so concurrent sweeps never expire (and announce) the same mandate twice.
   */
  claimExpired(now: Date, limit: number): Promise<Mandate[]>;
}

export interface AuditEntry {
  at: Date;
  actor: PersonId | "system";
  action: string;
  circleId?: number | null;
  federationId?: number | null;
  details?: Record<string, unknown>;
}

export interface AuditRepo {
  record(entry: AuditEntry): Promise<number>;
}

export interface NewOutboxMessage {
  /** Idempotency key: a second insert with the same key is ignored, so replays announce nothing. */
  key: string;
  place: PlaceId;
  text: string;
  createdAt: Date;
}

export interface OutboxRepo {
  /** Returns false when a message with that key already exists. */
  add(message: NewOutboxMessage): Promise<boolean>;
}

/**
 * Sends bot-initiated messages to one platform. `key` is the outbox key: transports that can
 * (Matrix transaction ids, Discord nonces) use it so a retried send never posts twice.
 * Returns the platform's message id.
 */
export interface Transport {
  send(message: { place: PlaceId; text: string; key: string }): Promise<string>;
}

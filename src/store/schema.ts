import type { ColumnType, Generated, JSONColumnType } from "kysely";

/** Table types as Kysely sees them, camelCased by CamelCasePlugin (columns are snake_case). */
export interface Database {
  federation: FederationTable;
  circle: CircleTable;
  membership: MembershipTable;
  invitation: InvitationTable;
  mandate: MandateTable;
  auditLog: AuditLogTable;
  outbox: OutboxTable;
  handledEvent: HandledEventTable;
}

export interface HandledEventTable {
  eventId: string;
  handledAt: Date;
}

type Id = Generated<number>;

export interface FederationTable {
  id: Id;
  name: string;
  nameKey: string;
  timezone: string;
  announcePlace: string;
  councilPlace: string;
  createdBy: string;
  createdAt: Date;
}

export interface CircleTable {
  id: Id;
  name: string;
  nameKey: string;
  purpose: string;
  timezone: string;
  homePlace: string | null;
  open: boolean;
  federationId: number | null;
  createdBy: string;
  createdAt: Date;
}

export interface MembershipTable {
  circleId: number;
  person: string;
  joinedAt: Date;
}

export interface InvitationTable {
  circleId: number;
  person: string;
  invitedBy: string;
  invitedAt: Date;
}

export interface MandateTable {
  id: Id;
  circleId: number;
  delegate: string;
  scope: string;
  startsAt: Date;
  expiresAt: Date;
  grantedBy: string;
  status: ColumnType<"active" | "expired" | "ended", "active" | "expired" | "ended" | undefined>;
  endedAt: Date | null;
  endReason: string | null;
}

export interface AuditLogTable {
  id: Id;
  at: Date;
  actor: string;
  action: string;
  circleId: number | null;
  federationId: number | null;
  details: JSONColumnType<Record<string, unknown>, string, string>;
}

export interface OutboxTable {
  id: Id;
  key: string;
  place: string;
  text: string;
  createdAt: Date;
  attempts: Generated<number>;
  lastError: string | null;
  claimedUntil: Date | null;
  deliveredAt: Date | null;
  platformMessageId: string | null;
}

import type { ColumnType, Generated, JSONColumnType } from "kysely";
import type { MessagePayload } from "../core/ports.js";

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
  rotation: RotationTable;
  rotationTerm: RotationTermTable;
  rotationOverride: RotationOverrideTable;
  absence: AbsenceTable;
  spokesperson: SpokespersonTable;
  poll: PollTable;
  pollVoter: PollVoterTable;
  matrixStorage: MatrixStorageTable;
  discordCommandSet: DiscordCommandSetTable;
  discordRoleGrant: DiscordRoleGrantTable;
}

/** Hash of the slash commands last registered per application and scope (see migrations/0005). */
export interface DiscordCommandSetTable {
  applicationId: string;
  scope: string;
  hash: string;
  registeredAt: ColumnType<Date, Date | undefined, Date>;
}

/** A Discord role Jura gave someone through role sync (see migrations/0005). */
export interface DiscordRoleGrantTable {
  guildId: string;
  roleId: string;
  userId: string;
  grantedAt: ColumnType<Date, Date | undefined, Date>;
}

/** Key-value state of the Matrix adapter, per bot account (see migrations/0004). */
export interface MatrixStorageTable {
  account: string;
  key: string;
  value: string;
  updatedAt: ColumnType<Date, Date | undefined, Date>;
}

export interface RotationTable {
  id: Id;
  circleId: number | null;
  federationId: number | null;
  kind: "members" | "circles" | "spotlight";
  role: string;
  domain: Generated<string>;
  cadence: string;
  rrule: string;
  timezone: string;
  dtstart: Date;
  leadMinutes: number;
  checklist: JSONColumnType<string[], string, string>;
  nextTerm: Generated<number>;
  nextHandoffAt: Date | null;
  nextHeadsUpAt: Date | null;
  createdBy: string;
  createdAt: Date;
  archivedAt: Date | null;
}

export interface RotationTermTable {
  rotationId: number;
  term: number;
  holder: string;
  startsAt: Date;
  namedPerson: string | null;
  headsUpAt: Date | null;
  announcedAt: Date | null;
  outgoing: string | null;
  outgoingConfirmedAt: Date | null;
  incomingConfirmedAt: Date | null;
  reminders: Generated<number>;
  reannounceAt: Date | null;
}

export interface RotationOverrideTable {
  rotationId: number;
  term: number;
  kind: "swap" | "skip";
  participant: string;
  createdBy: string;
  createdAt: Date;
}

export interface AbsenceTable {
  id: Id;
  circleId: number;
  person: string;
  startsAt: Date;
  endsAt: Date;
}

export interface SpokespersonTable {
  circleId: number;
  domain: string;
  person: string;
  namedBy: string;
  namedAt: Date;
}

export interface PollTable {
  id: Id;
  circleId: number;
  kind: "general" | "recall";
  question: string;
  options: JSONColumnType<string[], string, string>;
  quorum: number;
  threshold: number;
  secret: boolean;
  place: string;
  mandateId: number | null;
  openedBy: string;
  opensAt: Date;
  closesAt: Date;
  closedAt: Date | null;
  result: JSONColumnType<Record<string, unknown> | null, string | null, string | null>;
}

export interface PollVoterTable {
  pollId: number;
  person: string;
  choice: number | null;
  votedAt: Date | null;
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
  recallQuorum: Generated<number>;
  recallThreshold: Generated<number>;
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
  renewalDueAt: Date | null;
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
  payload: ColumnType<MessagePayload | null, string | null | undefined, string | null>;
}

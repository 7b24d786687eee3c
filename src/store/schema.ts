import type { ColumnType, Generated, JSONColumnType } from "kysely";
import type { Locale } from "../core/i18n.js";
import type { ProposalStatus, ProposedCommand } from "../core/model.js";
import type { MessagePayload } from "../core/ports.js";

/** Table types as Kysely sees them, camelCased by CamelCasePlugin (columns are snake_case). */
export interface Database {
  personAccount: PersonAccountTable;
  personLink: PersonLinkTable;
  linkCode: LinkCodeTable;
  linkTry: LinkTryTable;
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
  reflection: ReflectionTable;
  reflectionAdvice: ReflectionAdviceTable;
  reflectionAffirmation: ReflectionAffirmationTable;
  digestState: DigestStateTable;
  aidRequest: AidRequestTable;
  aidOffer: AidOfferTable;
  matrixStorage: MatrixStorageTable;
  discordCommandSet: DiscordCommandSetTable;
  discordRoleGrant: DiscordRoleGrantTable;
  convergence: ConvergenceTable;
  convergenceRsvp: ConvergenceRsvpTable;
  ritual: RitualTable;
  story: StoryTable;
  proposal: ProposalTable;
  proposalVoice: ProposalVoiceTable;
  personPreference: PersonPreferenceTable;
  convergenceAgendaItem: ConvergenceAgendaItemTable;
  convergenceMinutes: ConvergenceMinutesTable;
  convergenceDecision: ConvergenceDecisionTable;
  fund: FundTable;
  creditPool: CreditPoolTable;
  account: AccountTable;
  levyRule: LevyRuleTable;
  budget: BudgetTable;
  budgetLine: BudgetLineTable;
  bookSetting: BookSettingTable;
  bookThreshold: BookThresholdTable;
  journalEntry: JournalEntryTable;
  journalLine: JournalLineTable;
  aidDelivery: AidDeliveryTable;
}

/** What a person agreed to show of themselves (see migrations/0012). */
export interface PersonPreferenceTable {
  person: string;
  showName: ColumnType<boolean, boolean | undefined, boolean>;
  /** `me language` (migrations/0015); null: not chosen. */
  language: ColumnType<Locale | null, Locale | null | undefined, Locale | null>;
  updatedAt: Date;
}

/** An item a circle put on a convergence's agenda for one occurrence (see migrations/0012). */
export interface ConvergenceAgendaItemTable {
  id: Id;
  convergenceId: number;
  occurrenceAt: Date;
  circleId: number | null;
  text: string;
  addedBy: string;
  addedAt: Date;
}

/** The minutes of one occurrence of a convergence: text, a link to them, or both. */
export interface ConvergenceMinutesTable {
  id: Id;
  convergenceId: number;
  occurrenceAt: Date;
  text: ColumnType<string, string | undefined, string>;
  link: ColumnType<string, string | undefined, string>;
  recordedBy: string;
  recordedAt: Date;
}

/** A decision (proposal) taken at one occurrence of a convergence. */
export interface ConvergenceDecisionTable {
  convergenceId: number;
  occurrenceAt: Date;
  proposalId: number;
}

/** A circle's or federation's decision (see migrations/0010 and core/decisions.ts). */
export interface ProposalTable {
  id: Id;
  circleId: number | null;
  federationId: number | null;
  rule: "consent" | "majority" | "acceptance";
  stage: Generated<"consent" | "vote">;
  title: string;
  command: JSONColumnType<ProposedCommand | null, string | null, string | null>;
  reason: Generated<string>;
  concerned: string | null;
  place: string;
  proposedBy: string;
  proposerVoice: string;
  opensAt: Date;
  closesAt: Date;
  remindAt: Date | null;
  status: Generated<ProposalStatus>;
  closedAt: Date | null;
  outcome: JSONColumnType<Record<string, unknown> | null, string | null, string | null>;
}

export interface ProposalVoiceTable {
  proposalId: number;
  voice: string;
  answer: "agree" | "abstain" | "object" | "block" | null;
  reason: Generated<string>;
  answeredBy: string | null;
  answeredAt: Date | null;
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
  creatorCircleId: Generated<number | null>;
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
  digestEveryDays: Generated<number>;
  nextDigestAt: Date | null;
  decisionWindowMinutes: Generated<number>;
  mandateMaxDays: Generated<number>;
  pageVisibility: Generated<"off" | "members" | "public">;
  pageKey: Generated<string>;
  language: ColumnType<Locale | null, Locale | null | undefined, Locale | null>;
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
  decisionRule: Generated<"consent" | "majority">;
  decisionWindowMinutes: Generated<number>;
  quiet: ColumnType<string[], string[] | undefined, string[]>;
  language: ColumnType<Locale | null, Locale | null | undefined, Locale | null>;
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
  endReason: "expired" | "recalled" | "renounced" | "left" | "removed" | null;
  endDecision: string | null;
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
  claimToken: string | null;
  deliveredAt: Date | null;
  platformMessageId: string | null;
  payload: ColumnType<MessagePayload | null, string | null | undefined, string | null>;
  /** Why it was never sent (its place had had its day's share): see migrations/0013. */
  heldReason: string | null;
}

/** A federation's assembly, recurring or one-off (see migrations/0007). */
export interface ConvergenceTable {
  id: Id;
  federationId: number;
  title: string;
  cadence: string | null;
  rrule: string | null;
  timezone: string;
  dtstart: Date;
  durationMinutes: number;
  location: string;
  agenda: string;
  remindMinutes: string;
  tellStory: ColumnType<boolean, boolean | undefined, boolean>;
  nextAt: Date | null;
  nextDueAt: Date | null;
  createdBy: string;
  createdAt: Date;
  cancelledAt: Date | null;
  creatorCircleId: Generated<number | null>;
}

export interface ConvergenceRsvpTable {
  convergenceId: number;
  /** The start this answer is for: each assembly is answered anew. */
  occurrence: Date;
  person: string;
  answer: "yes" | "maybe" | "no";
  at: ColumnType<Date, Date | undefined, Date>;
}

/** Mutual aid (see migrations/0006). */
export interface ReflectionTable {
  id: Id;
  circleId: number;
  federationId: number;
  happened: string;
  learned: string;
  needs: string;
  sharedBy: string;
  sharedAt: Date;
  resolvedAt: Date | null;
  resolution: string | null;
}

export interface ReflectionAdviceTable {
  id: Id;
  reflectionId: number;
  author: string;
  text: string;
  at: Date;
}

/** The last mutual-aid digest each place got (see migrations/0017). */
export interface DigestStateTable {
  federationId: number;
  place: string;
  fingerprint: string;
  sentAt: Date;
}

export interface ReflectionAffirmationTable {
  reflectionId: number;
  person: string;
  at: Date;
}

export interface AidRequestTable {
  id: Id;
  circleId: number;
  federationId: number;
  what: string;
  /** numeric(24,6), read as text (see core/aid-amounts.ts); null: no amount asked. */
  amount: string | null;
  unit: string;
  byAt: Date;
  urgency: "low" | "normal" | "high";
  status: Generated<"open" | "accepted" | "fulfilled" | "closed" | "expired">;
  requestedBy: string;
  requestedAt: Date;
  endedAt: Date | null;
}

export interface AidOfferTable {
  id: Id;
  requestId: number | null;
  reflectionId: number | null;
  circleId: number;
  what: string;
  amount: string | null;
  unit: Generated<string>;
  status: Generated<"offered" | "accepted" | "fulfilled" | "withdrawn">;
  offeredBy: string;
  offeredAt: Date;
  acceptedAt: Date | null;
  remindAt: Date | null;
  reminders: Generated<number>;
  fulfilledAt: Date | null;
}

/** A commemoration in a federation's ritual calendar (see migrations/0007). */
export interface RitualTable {
  id: Id;
  federationId: number;
  month: number;
  day: number;
  title: string;
  announced: boolean;
  nextDueAt: Date | null;
  createdBy: string;
  createdAt: Date;
  creatorCircleId: Generated<number | null>;
}

export interface StoryTable {
  id: Id;
  federationId: number;
  title: string;
  text: string;
  founding: ColumnType<boolean, boolean | undefined, boolean>;
  told: ColumnType<number, number | undefined, number>;
  createdBy: string;
  createdAt: Date;
}

/** Money in minor units: bigint columns, read back as text by pg (converted with BigInt). */
type Minor = ColumnType<string, bigint | string, bigint | string>;

/** The treasury (see migrations/0011 and core/ledger.ts). */
export interface FundTable {
  id: Id;
  federationId: number;
  name: string;
  nameKey: string;
  unit: string;
  purpose: Generated<string>;
  createdBy: string;
  createdAt: Date;
  proposalId: number | null;
}

export interface CreditPoolTable {
  federationId: number;
  unit: string;
  defaultLimit: Minor;
  createdAt: Date;
}

export interface AccountTable {
  id: Id;
  kind: "cash" | "income" | "expense" | "fund" | "credit";
  unit: string;
  circleId: number | null;
  fundId: number | null;
  federationId: number | null;
  balance: ColumnType<string, never, never>;
  creditLimit: ColumnType<string | null, bigint | string | null | undefined, bigint | string | null>;
}

export interface LevyRuleTable {
  id: Id;
  federationId: number;
  fundId: number;
  unit: string;
  rateBp: number;
  threshold: Minor;
  createdBy: string;
  createdAt: Date;
  proposalId: number | null;
  endedAt: Date | null;
}

export interface BudgetTable {
  id: Id;
  circleId: number;
  name: string;
  nameKey: string;
  unit: string;
  createdBy: string;
  createdAt: Date;
}

export interface BudgetLineTable {
  id: Id;
  budgetId: number;
  name: string;
  nameKey: string;
  planned: Minor;
}

export interface BookSettingTable {
  circleId: number;
  memosInternal: boolean;
}

export interface BookThresholdTable {
  circleId: number;
  unit: string;
  amount: Minor;
}

export interface JournalEntryTable {
  id: Id;
  kind: "income" | "donation" | "expense" | "fund-payment" | "fund-draw" | "aid" | "credit" | "reversal";
  circleId: number | null;
  federationId: number | null;
  memo: string;
  receipt: string | null;
  reverses: number | null;
  recordedBy: string;
  recordedAt: Date;
  proposalId: number | null;
  key: string | null;
}

export interface JournalLineTable {
  id: ColumnType<string, never, never>;
  entryId: number;
  accountId: number;
  unit: string;
  amount: Minor;
  budgetLineId: number | null;
  levyRuleId: number | null;
}

export interface AidDeliveryTable {
  id: Id;
  offerId: number;
  requestId: number | null;
  amount: string | null;
  unit: string;
  recordedBy: string;
  recordedAt: Date;
  entryId: number | null;
}

export interface PersonAccountTable {
  account: string;
  displayName: string | null;
  handle: string;
  updatedAt: ColumnType<Date, Date | undefined, Date>;
}

export interface PersonLinkTable {
  account: string;
  person: string;
  linkedAt: Date;
}

export interface LinkCodeTable {
  code: string;
  account: string;
  expiresAt: Date;
  usedAt: Date | null;
}

export interface LinkTryTable {
  account: string;
  at: Date;
}

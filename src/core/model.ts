import type { DecisionRule, ProposalRule, Stage } from "./decisions.js";
import type { Locale } from "./i18n.js";
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
  /** How long a federation decision stays open, in minutes. */
  decisionWindowMinutes: number;
  /** Longest mandate any of its circles may grant. */
  mandateMaxDays: number;
  /** The language of its own places, and of its circles that chose none; null: English. */
  language: Locale | null;
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
  /** Share of the roster that must vote for a recall poll to count (0-1). */
  recallQuorum: number;
  /** Share of votes cast a recall needs, strictly exceeded (0.5 = more than half). */
  recallThreshold: number;
  /** How the circle decides what belongs to it (see decisions.ts). */
  decisionRule: DecisionRule;
  /** How long its proposals stay open, in minutes (12 hours to 14 days). */
  decisionWindowMinutes: number;
  /** Kinds of federation announcements the circle keeps out of its room (see QUIET_KINDS). */
  quiet: string[];
  /** The language of its room (a circle decision); null: its federation's, else English. */
  language: Locale | null;
}

/** What a circle may keep out of its room: convergence reminders and starts, calendar days, digests. */
export const QUIET_KINDS = ["convergences", "calendar", "digest"] as const;
export type QuietKind = (typeof QUIET_KINDS)[number];

export type MandateStatus = "active" | "expired" | "ended";

/** Why a mandate ended, kept as a code so every language can say it (see messages/record.ts). */
export type MandateEndReason = "expired" | "recalled" | "renounced" | "left" | "removed";

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
  /** Why it ended: expired, recalled, renounced, left (the delegate left the circle), removed. */
  endReason: MandateEndReason | null;
  /** The decision that ended it, when one did: `poll:<id>` (a recall) or `proposal:<id>` (a removal). */
  endDecision: string | null;
  /** When the circle is asked to renew or choose anew; null once asked. */
  renewalDueAt: Date | null;
}

/**
 * A rotating role. `members`: among a circle's members; `circles`: a federation role passed
 * among its circles (each names its person); `spotlight`: the federation's media spotlight.
 */
export interface Rotation {
  id: number;
  circleId: number | null;
  federationId: number | null;
  kind: "members" | "circles" | "spotlight";
  role: string;
  domain: string;
  cadence: string;
  rrule: string;
  timezone: string;
  dtstart: Date;
  leadMinutes: number;
  /** Handover steps both custodians confirm (credentials rotated, accounts transferred…). */
  checklist: string[];
  nextTerm: number;
  nextHandoffAt: Date | null;
  nextHeadsUpAt: Date | null;
  createdBy: PersonId;
  createdAt: Date;
  /** The circle that set a federation rotation up: it may change it; others need a federation decision. */
  creatorCircleId: number | null;
  archivedAt: Date | null;
}

/** One term of a rotation, written when its heads-up goes out and completed at the handoff. */
export interface RotationTerm {
  rotationId: number;
  term: number;
  /** A person id, or `circle:<id>` for federation rotations. */
  holder: string;
  startsAt: Date;
  namedPerson: PersonId | null;
  headsUpAt: Date | null;
  announcedAt: Date | null;
  outgoing: string | null;
  outgoingConfirmedAt: Date | null;
  incomingConfirmedAt: Date | null;
  reminders: number;
  reannounceAt: Date | null;
}

export interface Poll {
  id: number;
  circleId: number;
  kind: "general" | "recall";
  question: string;
  options: string[];
  quorum: number;
  threshold: number;
  secret: boolean;
  /** Where results are announced (where the poll was started). */
  place: PlaceId;
  mandateId: number | null;
  openedBy: PersonId;
  opensAt: Date;
  closesAt: Date;
  closedAt: Date | null;
  /** The count it closed with (see tally.ts): counts per option, cast, eligible, winner. */
  result: Record<string, unknown> | null;
}

export type ProposalStatus = "open" | "passed" | "rejected" | "blocked" | "lapsed" | "withdrawn" | "failed";

/** A command a proposal runs once it passes: its arguments as typed (people and places resolved). */
export interface ProposedCommand {
  group: string;
  name: string;
  raw: Record<string, string>;
}

/**
 * Something a circle (`circleId`) or a federation (`federationId`, one voice per circle)
 * decides, or one person is asked to accept (`rule: acceptance`). See decisions.ts.
 */
export interface Proposal {
  id: number;
  circleId: number | null;
  federationId: number | null;
  rule: ProposalRule;
  stage: Stage;
  /** What is proposed, as people read it. */
  title: string;
  command: ProposedCommand | null;
  reason: string;
  /** The voice whose acceptance it needs (the person it names), if any. */
  concerned: string | null;
  /** Where it was proposed; its outcome is announced there and in the deciding circle's home. */
  place: PlaceId;
  proposedBy: PersonId;
  /** The proposer's voice: their person id, or their circle (`circle:<id>`) at federation level. */
  proposerVoice: string;
  opensAt: Date;
  closesAt: Date;
  remindAt: Date | null;
  status: ProposalStatus;
  closedAt: Date | null;
  /** The counts and verdict it closed with. */
  outcome: Record<string, unknown> | null;
}

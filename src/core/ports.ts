import type { Advice, AidOffer, AidRequest, Reflection, RequestStatus } from "./aid.js";
import type { Answer, Stage } from "./decisions.js";
import type { Locale, Text } from "./i18n.js";
import type { PersonId, PlaceId } from "./ids.js";
import type {
  Circle,
  Federation,
  Mandate,
  MandateEndReason,
  Poll,
  Proposal,
  Rotation,
  RotationTerm,
} from "./model.js";
import type { PeopleRepo } from "./people-ports.js";
import type { RecordRepo } from "./record-ports.js";
import type { AidDelivery, BudgetRepo, CreditRepo, FundRepo, LedgerRepo } from "./treasury-ports.js";

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
  rotations: RotationRepo;
  absences: AbsenceRepo;
  spokespersons: SpokespersonRepo;
  polls: PollRepo;
  schedule: ScheduleRepo;
  aid: AidRepo;
  convergences: ConvergenceRepo;
  rituals: RitualRepo;
  stories: StoryRepo;
  proposals: ProposalRepo;
  counts: CountRepo;
  /** The open record: history, name consent, agendas and minutes, page settings. */
  record: RecordRepo;
  /** The books: accounts, the journal, book settings (see ledger.ts, treasury-ports.ts). */
  ledger: LedgerRepo;
  funds: FundRepo;
  credit: CreditRepo;
  budgets: BudgetRepo;
  /** Accounts that are one person (`me link`). */
  people: PeopleRepo;
  /** Which language each place and person reads (see LanguageRepo). */
  languages: LanguageRepo;
  /**
   * Runs `work` so that, if it throws, its writes are undone while the rest of the command's
   * transaction goes on; with `dryRun` its writes are undone in any case (a rehearsal: does this
   * command go through?). Savepoints underneath.
   */
  attempt<T>(work: () => Promise<T>, opts?: { dryRun?: boolean }): Promise<T>;
}

/**
 * Who reads which language. A place speaks its circle's language (a circle that chose none
 * speaks its federation's), a federation's own places speak the federation's, a person's direct
 * conversation with Jura speaks that person's; any other place speaks English.
 */
export interface LanguageRepo {
  ofPlaces(places: readonly PlaceId[]): Promise<Map<PlaceId, Locale>>;
  /** In one read: the language `person` chose, if any, and the one `place` speaks. */
  reader(person: PersonId, place: PlaceId): Promise<{ person: Locale | undefined; place: Locale }>;
  /** The language a person chose (`me language`), if they chose one. */
  ofPerson(person: PersonId): Promise<Locale | undefined>;
  /** Sets or (null) forgets a person's language. */
  setPerson(person: PersonId, language: Locale | null, at: Date): Promise<void>;
}

/** Platform events already handled, so a redelivered event is not handled twice. */
export interface HandledEventRepo {
  /** Records the event id; false when it was already recorded. */
  claim(eventId: string, at: Date): Promise<boolean>;
}

/** Runs `work` in one database transaction: all of it commits, or none of it. */
export interface UnitOfWork {
  run<T>(work: (store: Store) => Promise<T>, options?: WorkOptions): Promise<T>;
}

/** Limits on one unit of work (a command's budget, see commands/budget.ts). */
export interface WorkOptions {
  /** No statement may run longer; one that does fails the work with BudgetExceeded. */
  statementTimeoutMs?: number;
  /** The command's whole budget, as the refusal names it. */
  budgetMs?: number;
  /**
   * Work that needs no database, done while the transaction's BEGIN travels to the server (a
   * command's parsing): it costs no time of its own then. Throwing rolls the transaction back
   * and fails the unit of work with that error; the work itself then never runs. A hint: a unit
   * of work may run it or not, so the work must not count on it having run.
   */
  meanwhile?: () => void;
}

export interface NewFederation {
  name: string;
  timezone: string;
  announcePlace: PlaceId;
  councilPlace: PlaceId;
  createdBy: PersonId;
  createdAt: Date;
}

export type FederationPatch = Partial<
  Pick<Federation, "decisionWindowMinutes" | "mandateMaxDays" | "language">
>;

export interface FederationRepo {
  create(input: NewFederation): Promise<Federation>;
  update(id: number, patch: FederationPatch): Promise<Federation>;
  byName(name: string): Promise<Federation | undefined>;
  byId(id: number): Promise<Federation | undefined>;
  byIds(ids: readonly number[]): Promise<Federation[]>;
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
  Pick<
    Circle,
    | "purpose"
    | "timezone"
    | "homePlace"
    | "open"
    | "federationId"
    | "recallQuorum"
    | "recallThreshold"
    | "decisionRule"
    | "decisionWindowMinutes"
    | "quiet"
    | "language"
  >
>;

export interface CircleRepo {
  create(input: NewCircle): Promise<Circle>;
  byName(name: string): Promise<Circle | undefined>;
  byId(id: number): Promise<Circle | undefined>;
  byIds(ids: readonly number[]): Promise<Circle[]>;
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
  /** The circles of one federation (or all) that this person belongs to. */
  circlesOf(person: PersonId, federationId?: number): Promise<Circle[]>;
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
  /** When to ask the circle to renew or choose anew (see `renewalDue`). */
  renewalDueAt?: Date | null;
}

export interface MandateRepo {
  create(input: NewMandate): Promise<Mandate>;
  byId(id: number): Promise<Mandate | undefined>;
  /** Active mandates first (soonest expiry first), then the most recently ended. */
  list(filter: { circleId?: number; federationId?: number; includeEnded?: boolean }): Promise<Mandate[]>;
  /** Active mandates of one person in one circle. */
  activeOf(circleId: number, delegate: PersonId): Promise<Mandate[]>;
  /** Ends an active mandate, saying why and, when a decision ended it, which (`poll:<id>`, `proposal:<id>`). */
  end(
    id: number,
    status: "expired" | "ended",
    at: Date,
    reason: MandateEndReason,
    decision?: string | null,
  ): Promise<void>;
  /**
   * Ends, as expired at `now`, up to `limit` active mandates whose expiry is at or before `now`,
   * in one statement, skipping rows another worker holds, so concurrent sweeps never expire
   * (and announce) the same mandate twice. Returns the mandates it ended.
   */
  expireDue(now: Date, limit: number): Promise<Mandate[]>;
  /**
   * Claims active mandates whose renewal question is due, skipping rows another worker holds.
   */
  claimRenewalDue(now: Date, limit: number): Promise<Mandate[]>;
  setTerms(id: number, patch: { expiresAt?: Date; renewalDueAt: Date | null }): Promise<void>;
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
  recordMany(entries: readonly AuditEntry[]): Promise<void>;
}

export interface NewOutboxMessage {
  /** Idempotency key: a second insert with the same key is ignored, so replays announce nothing. */
  key: string;
  place: PlaceId;
  /** Rendered in the language of `place` as it is written (see LanguageRepo). */
  text: Text | string;
  createdAt: Date;
  /** Structure for platforms that can render it natively (polls); `text` is the fallback. */
  payload?: MessagePayload | null;
  /** Already on the platform as this message (an adopted poll): recorded, never sent. */
  deliveredAs?: string;
}

/** A poll to post natively (Matrix MSC3381, Discord polls or buttons) instead of as text. */
export interface PollStartPayload {
  type: "poll-start";
  pollId: number;
  question: string;
  options: string[];
  closesAt: string;
  secret: boolean;
  /** Platform answer ids of an adopted poll, in option order (`poll vote <id> <n>` is answer n). */
  answerIds?: string[];
}

/** A poll's end, sent in relation to its start message (`relatesToKey`). */
export interface PollEndPayload {
  type: "poll-end";
  pollId: number;
  counts: number[];
  winner: number | null;
  /** Outbox key of the poll's start message, so the end can refer to it on the platform. */
  relatesToKey: string;
}

/**
 * A convergence mirrored as a platform calendar event (a Discord guild scheduled event):
 * `upsert` creates it or moves it to the occurrence starting at `startsAt`; `cancel` cancels it.
 * Platforms without such events show `text`.
 */
export interface ConvergenceEventPayload {
  type: "convergence-event";
  action: "upsert" | "cancel";
  convergenceId: number;
  title: string;
  /** ISO instants of the occurrence shown. */
  startsAt: string;
  endsAt: string;
  /** A place or a link; may be empty. */
  location: string;
  description: string;
}

/**
 * A convergence reminder or start announcement people can answer: platforms with buttons add
 * Yes/Maybe/No (`convergence rsvp <id> yes|maybe|no`); the others show `text`.
 */
export interface RsvpPayload {
  type: "rsvp";
  convergenceId: number;
}

/**
 * Not a message: who holds a circle's mandates changed, so platforms with roles (Discord's
 * Delegate role) bring them in line with the store at once. Platforms without roles send nothing.
 * Written by `requestRoleSync` (role-sync.ts) in the transaction of the change.
 */
export interface RoleSyncPayload {
  type: "role-sync";
  circleId: number;
}

/**
 * A proposal put to those who decide it: platforms that can offer its answers natively do
 * (Discord buttons, Matrix reactions), each one running `proposal <answer> <id>` as the person;
 * `text` says how to answer with commands everywhere.
 */
export interface ProposalPayload {
  type: "proposal";
  proposalId: number;
  /** `person`: someone is asked to accept; `circle`/`federation`: who decides. */
  level: "circle" | "federation" | "person";
}

export type MessagePayload =
  | PollStartPayload
  | PollEndPayload
  | ConvergenceEventPayload
  | RsvpPayload
  | RoleSyncPayload
  | ProposalPayload;

export interface OutboxRepo {
  /** Returns false when a message with that key already exists. */
  add(message: NewOutboxMessage): Promise<boolean>;
  /**
   * Adds several at once; returns the keys that were new. With `reserve`, the new rows are
   * born held for a sender under that token for `forMs` (no other sender claims them meanwhile):
   * whoever wrote them hands them to delivery directly once the transaction commits.
   */
  addMany(messages: readonly NewOutboxMessage[], reserve?: Reservation): Promise<string[]>;
}

/** Outbox rows held for one sender: see {@link OutboxRepo.addMany}. */
export interface Reservation {
  token: string;
  forMs: number;
}

/**
 * Sends bot-initiated messages to one platform. `key` is the outbox key: transports that can
 * (Matrix transaction ids, Discord nonces) use it so a retried send never posts twice.
 * Returns the platform's message id.
 */
export interface Transport {
  send(message: OutgoingMessage): Promise<string>;
}

export interface OutgoingMessage {
  place: PlaceId;
  text: string;
  key: string;
  payload?: MessagePayload | null;
  /** Platform id of the message `payload.relatesToKey` names, when it was delivered. */
  relatesTo?: string | null;
}

export type RotationScope = { circleId: number } | { federationId: number };

export type NewRotation = Omit<Rotation, "id" | "nextTerm" | "archivedAt">;

export type RotationPatch = Partial<
  Pick<
    Rotation,
    | "cadence"
    | "rrule"
    | "timezone"
    | "dtstart"
    | "leadMinutes"
    | "checklist"
    | "nextTerm"
    | "nextHandoffAt"
    | "nextHeadsUpAt"
    | "archivedAt"
  >
>;

export interface RotationOverride {
  term: number;
  kind: "swap" | "skip";
  participant: string;
}

export interface RotationRepo {
  create(input: NewRotation): Promise<Rotation>;
  byId(id: number): Promise<Rotation | undefined>;
  /** The live rotation of a role (and domain) in a circle or federation. */
  find(scope: RotationScope, role: string, domain: string): Promise<Rotation | undefined>;
  list(scope: RotationScope): Promise<Rotation[]>;
  update(id: number, patch: RotationPatch): Promise<Rotation>;
  terms(rotationId: number): Promise<RotationTerm[]>;
  term(rotationId: number, term: number): Promise<RotationTerm | undefined>;
  saveTerm(term: RotationTerm): Promise<void>;
  /** Forgets planned (not yet started) terms so they are planned again after a change. */
  dropPlannedTerms(rotationId: number, fromTerm: number): Promise<void>;
  overrides(rotationId: number): Promise<RotationOverride[]>;
  addOverride(rotationId: number, override: RotationOverride, by: PersonId, at: Date): Promise<void>;
  removeOverrides(rotationId: number, term: number): Promise<void>;
  /** Rotations with a heads-up or handoff due, claimed with SKIP LOCKED. */
  claimDue(now: Date, limit: number): Promise<Rotation[]>;
  /** Started terms whose unconfirmed handover is due a reminder, claimed with SKIP LOCKED. */
  claimReminders(now: Date, limit: number): Promise<RotationTerm[]>;
}

export interface Absence {
  person: PersonId;
  startsAt: Date;
  endsAt: Date;
}

export interface AbsenceRepo {
  add(circleId: number, absence: Absence): Promise<void>;
  list(circleId: number): Promise<Absence[]>;
}

export interface Spokesperson {
  circleId: number;
  domain: string;
  person: PersonId;
}

export interface SpokespersonRepo {
  set(entry: Spokesperson, by: PersonId, at: Date): Promise<void>;
  list(filter: { circleIds: number[]; domain?: string }): Promise<Spokesperson[]>;
}

export type NewPoll = Omit<Poll, "id" | "closedAt" | "result">;

export interface PollBallots {
  eligible: PersonId[];
  ballots: Array<{ voter: PersonId; choice: number; at: Date }>;
}

export interface PollRepo {
  /** Creates the poll with its electorate: the roster snapshot taken now. */
  create(input: NewPoll, voters: readonly PersonId[]): Promise<Poll>;
  byId(id: number): Promise<Poll | undefined>;
  list(filter: { circleIds: number[]; openOnly: boolean }): Promise<Poll[]>;
  /** Records (or replaces) a voter's choice; false when they are not on the snapshot. */
  vote(pollId: number, voter: PersonId, choice: number, at: Date): Promise<boolean>;
  /** Withdraws a voter's choice (only if it is `onlyChoice`, when given); false if nothing was withdrawn. */
  withdraw(pollId: number, voter: PersonId, onlyChoice?: number): Promise<boolean>;
  ballots(pollId: number): Promise<PollBallots>;
  openRecall(mandateId: number): Promise<Poll | undefined>;
  claimClosing(now: Date, limit: number): Promise<Poll[]>;
  close(id: number, at: Date, result: Record<string, unknown>): Promise<void>;
}

export interface ScheduleRepo {
  /** The earliest moment anything falls due (heads-up, handoff, reminder, poll close, mandate end or renewal). */
  nextDueAt(): Promise<Date | undefined>;
}

/**
 * A federation's assembly. `rrule` is null for a one-off (then `dtstart` is its start).
 * `nextAt` is the occurrence being prepared and `nextDueAt` the next moment the sweep acts on
 * (one of its reminders, or its start); both null once nothing is left to announce.
 */
export interface Convergence {
  id: number;
  federationId: number;
  title: string;
  cadence: string | null;
  rrule: string | null;
  timezone: string;
  dtstart: Date;
  durationMinutes: number;
  location: string;
  agenda: string;
  /** Reminder offsets in minutes before each start, comma-separated, largest first. */
  remindMinutes: string;
  /** Retell the federation's founding story as each occurrence begins. */
  tellStory: boolean;
  nextAt: Date | null;
  nextDueAt: Date | null;
  createdBy: PersonId;
  createdAt: Date;
  /** The circle that scheduled it: it may change it; others need a federation decision. */
  creatorCircleId: number | null;
  cancelledAt: Date | null;
}

export type NewConvergence = Omit<Convergence, "id" | "cancelledAt">;
export type RsvpAnswer = "yes" | "maybe" | "no";

export interface ConvergenceRepo {
  create(input: NewConvergence): Promise<Convergence>;
  byId(id: number): Promise<Convergence | undefined>;
  /** A federation's convergences, cancelled ones only when asked. */
  list(federationId: number, withCancelled?: boolean): Promise<Convergence[]>;
  /** Moves the due state on (after a reminder or a start was announced). */
  setNext(id: number, next: { nextAt: Date | null; nextDueAt: Date | null }): Promise<void>;
  cancel(id: number, at: Date): Promise<void>;
  /** Live convergences due at `now`, locked with SKIP LOCKED so two sweeps never share one. */
  claimDue(now: Date, limit: number): Promise<Convergence[]>;
  /** Records a person's answer for one occurrence (its start), replacing an earlier one. */
  rsvp(id: number, occurrence: Date, person: PersonId, answer: RsvpAnswer, at: Date): Promise<void>;
  /** The answers for one occurrence. */
  rsvps(id: number, occurrence: Date): Promise<{ person: PersonId; answer: RsvpAnswer }[]>;
}

export type NewReflection = Omit<Reflection, "id" | "resolvedAt" | "resolution">;
export type NewAidRequest = Omit<AidRequest, "id" | "status" | "endedAt">;
export type NewAidOffer = Omit<
  AidOffer,
  "id" | "status" | "acceptedAt" | "remindAt" | "reminders" | "fulfilledAt"
>;

/** A federation whose digest is due, with the moment it fell due (the end of its period). */
export interface DueDigest {
  federation: Federation;
  dueAt: Date;
  everyDays: number;
}

/** Reflections, aid requests and offers; the `claim…` methods lock with SKIP LOCKED for the sweep. */
export interface AidRepo {
  share(input: NewReflection): Promise<Reflection>;
  reflection(id: number): Promise<Reflection | undefined>;
  /** Newest first; `search` matches what happened, what was learned and the closing note. */
  reflections(filter: {
    federationId?: number;
    search?: string;
    unresolvedOnly?: boolean;
  }): Promise<Reflection[]>;
  resolve(id: number, note: string, at: Date): Promise<void>;
  advise(reflectionId: number, author: PersonId, text: string, at: Date): Promise<Advice>;
  advice(reflectionId: number): Promise<Advice[]>;
  /** False when that person had already affirmed it. */
  affirm(reflectionId: number, person: PersonId, at: Date): Promise<boolean>;
  affirmations(reflectionId: number): Promise<number>;
  request(input: NewAidRequest): Promise<AidRequest>;
  requestById(id: number): Promise<AidRequest | undefined>;
  /** The request, locked for this transaction: deliveries to it are counted one at a time. */
  lockRequest(id: number): Promise<AidRequest | undefined>;
  /** Oldest first; open and accepted ones only when `activeOnly`. */
  requests(filter: { federationId?: number; activeOnly?: boolean }): Promise<AidRequest[]>;
  setRequestStatus(id: number, status: RequestStatus, at: Date): Promise<void>;
  offer(input: NewAidOffer): Promise<AidOffer>;
  offerById(id: number): Promise<AidOffer | undefined>;
  offers(target: { requestId: number } | { reflectionId: number }): Promise<AidOffer[]>;
  /** Records what arrived of an offer (whole or in part). */
  deliver(input: Omit<AidDelivery, "id">): Promise<AidDelivery>;
  /** What arrived, oldest first; money given through aid whose entry was reversed is left out. */
  deliveries(target: { offerId: number } | { requestId: number }): Promise<AidDelivery[]>;
  /** The delivery that journal entry `entryId` carried, if it carried one. */
  deliveryOfEntry(entryId: number): Promise<AidDelivery | undefined>;
  updateOffer(
    id: number,
    patch: Partial<Pick<AidOffer, "status" | "acceptedAt" | "remindAt" | "reminders" | "fulfilledAt">>,
  ): Promise<void>;
  /** Open requests past their `by` moment. */
  claimExpired(now: Date, limit: number): Promise<AidRequest[]>;
  /** Accepted offers whose follow-up is due. */
  claimReminders(now: Date, limit: number): Promise<AidOffer[]>;
  /** Federations whose digest is due (first one a period after founding). */
  claimDigests(now: Date, limit: number): Promise<DueDigest[]>;
  setNextDigest(federationId: number, at: Date): Promise<void>;
  /** A federation's digest rhythm and the moment of its next digest. */
  digestOf(federationId: number): Promise<{ everyDays: number; nextAt: Date } | undefined>;
  setDigestRhythm(federationId: number, everyDays: number, nextAt: Date): Promise<void>;
  /** The fingerprint of the last digest `place` got from that federation ("" after one with nothing to say). */
  lastDigest(federationId: number, place: PlaceId): Promise<string | undefined>;
  recordDigest(federationId: number, place: PlaceId, fingerprint: string, at: Date): Promise<void>;
  /** Reflections among `ids` that have an answer: advice, an affirmation or an offer. */
  answeredReflections(ids: readonly number[]): Promise<Set<number>>;
}

/** A commemoration on a month-day; `nextDueAt` is when it is next announced (null when it is not). */
export interface Ritual {
  id: number;
  federationId: number;
  month: number;
  day: number;
  title: string;
  announced: boolean;
  nextDueAt: Date | null;
  createdBy: PersonId;
  createdAt: Date;
  /** The circle that added it; null for the seeded commemorations (a federation decision changes them). */
  creatorCircleId: number | null;
}

export interface RitualRepo {
  add(input: Omit<Ritual, "id">): Promise<Ritual>;
  byId(id: number): Promise<Ritual | undefined>;
  /** A federation's calendar in calendar order. */
  list(federationId: number): Promise<Ritual[]>;
  remove(id: number): Promise<void>;
  setAnnounced(id: number, announced: boolean, nextDueAt: Date | null): Promise<void>;
  setNextDue(id: number, nextDueAt: Date | null): Promise<void>;
  /** Announced rituals due at `now`, locked with SKIP LOCKED. */
  claimDue(now: Date, limit: number): Promise<Ritual[]>;
}

export interface Story {
  id: number;
  federationId: number;
  title: string;
  text: string;
  founding: boolean;
  told: number;
  createdBy: PersonId;
  createdAt: Date;
}

export interface StoryRepo {
  /** Adds a story; a founding one takes the founding mark from any earlier one. */
  add(input: Omit<Story, "id" | "told">): Promise<Story>;
  byId(id: number): Promise<Story | undefined>;
  founding(federationId: number): Promise<Story | undefined>;
  /** Makes story `id` the federation's founding story, and no other. */
  setFounding(federationId: number, id: number): Promise<void>;
  list(federationId: number): Promise<Story[]>;
  markTold(id: number): Promise<void>;
}

/** What the limits count (see core/limits.ts). */
export interface CountRepo {
  circlesFoundedBy(person: PersonId): Promise<number>;
  federationsFoundedBy(person: PersonId): Promise<number>;
  openPolls(circleId: number): Promise<number>;
  openProposals(
    scope: { circleId: number } | { federationId: number } | { proposedBy: PersonId },
  ): Promise<number>;
  liveRotations(scope: RotationScope): Promise<number>;
  liveConvergences(federationId: number): Promise<number>;
  openRequests(circleId: number): Promise<number>;
  invitations(circleId: number): Promise<number>;
}

export type NewProposal = Omit<Proposal, "id" | "status" | "closedAt" | "outcome" | "stage"> & {
  stage?: Stage;
};

/** One voice of a proposal and its latest answer. */
export interface ProposalVoice {
  voice: string;
  answer: Answer | null;
  reason: string;
  /** Who gave the answer: the person, or for a circle its delegate or its decision (`proposal:<id>`). */
  answeredBy: string | null;
  answeredAt: Date | null;
}

export interface ProposalRepo {
  /** Creates the proposal with its voices: the electorate as it is now. */
  create(input: NewProposal, voices: readonly string[]): Promise<Proposal>;
  byId(id: number): Promise<Proposal | undefined>;
  /** Newest first. */
  list(filter: { circleIds?: number[]; federationId?: number; openOnly: boolean }): Promise<Proposal[]>;
  voices(id: number): Promise<ProposalVoice[]>;
  /** Records (or replaces) a voice's answer; false when that voice has no say in it. */
  answer(
    id: number,
    voice: string,
    answer: { answer: Answer; reason: string; by: string; at: Date },
  ): Promise<boolean>;
  update(
    id: number,
    patch: Partial<Pick<Proposal, "stage" | "closesAt" | "remindAt" | "status" | "closedAt" | "outcome">>,
  ): Promise<void>;
  /** Locks an open proposal for this transaction (answers and closing never race). */
  lock(id: number): Promise<Proposal | undefined>;
  /** Open proposals whose window has ended, claimed with SKIP LOCKED. */
  claimClosing(now: Date, limit: number): Promise<Proposal[]>;
  /** Open proposals whose reminder is due, claimed with SKIP LOCKED. */
  claimReminders(now: Date, limit: number): Promise<Proposal[]>;
}

import type { PersonId } from "./ids.js";

/**
 * What the open record needs from storage (issue 15): the audit log read back as history, the
 * people who agreed to have their handle shown outside chat, convergence agendas, minutes and
 * the decisions taken there, and a federation's page settings. Part of the Store (ports.ts).
 */
export interface RecordRepo {
  /**
   * One page of a circle's or federation's history, newest first: at most `filter.limit` rows
   * before the row `filter.beforeId` (a cursor, stable while new rows arrive). A federation's
   * history is its own rows and those of the circles named. Indexed, bounded work per page.
   */
  history(scope: HistoryScope, filter: HistoryFilter): Promise<HistoryEntry[]>;
  /** Whether this person agreed to show their handle in exports and on public pages. */
  showsName(person: PersonId): Promise<boolean>;
  setShowName(person: PersonId, show: boolean, at: Date): Promise<void>;
  /** Of these people, those who agreed to show their handle. */
  namesShown(people: readonly PersonId[]): Promise<Set<PersonId>>;
  addAgendaItem(item: Omit<AgendaItem, "id">): Promise<AgendaItem>;
  /** A convergence's agenda items (of one occurrence when given), oldest first. */
  agenda(convergenceId: number, occurrenceAt?: Date): Promise<AgendaItem[]>;
  /**
   * Records the minutes of one occurrence, replacing earlier minutes of the same occurrence
   * (the audit log keeps that they were amended). Returns whether some were replaced.
   */
  saveMinutes(minutes: Omit<Minutes, "id">): Promise<{ replaced: boolean }>;
  /** A convergence's minutes, newest occurrence first. */
  minutes(convergenceId: number): Promise<Minutes[]>;
  /** Links decisions to an occurrence (a decision already linked to it moves to this one). */
  linkDecisions(convergenceId: number, occurrenceAt: Date, proposalIds: readonly number[]): Promise<void>;
  linkedDecisions(convergenceId: number): Promise<Array<{ occurrenceAt: Date; proposalId: number }>>;
  page(federationId: number): Promise<PageSettings>;
  setPageVisibility(federationId: number, visibility: PageVisibility): Promise<void>;
  /** A new key: every signed link given so far stops working. */
  renewPageKey(federationId: number): Promise<void>;
}

/** A circle's log, or a federation's (its own rows and those of its circles). */
export type HistoryScope = { circleId: number } | { federationId: number; circleIds: readonly number[] };

export interface HistoryFilter {
  /** An action's group (`mandate`, `poll`…): rows whose action starts with `<kind>.`. */
  kind?: string;
  /**
   * Rows this person did or that name them (details.person, delegate, with). Never a secret
   * poll's vote: that would tell whether they voted in it.
   */
  person?: PersonId;
  from?: Date;
  until?: Date;
  beforeId?: number;
  limit: number;
}

/** An audit row with the names of its circle and federation, for sentences. */
export interface HistoryEntry {
  id: number;
  at: Date;
  actor: string;
  action: string;
  circleId: number | null;
  federationId: number | null;
  circleName: string | null;
  federationName: string | null;
  /** The title of the proposal the row names (details.proposalId), if any. */
  proposalTitle: string | null;
  details: Record<string, unknown>;
}

export interface AgendaItem {
  id: number;
  convergenceId: number;
  /** The start of the occurrence it is for. */
  occurrenceAt: Date;
  /** The circle that put it forward. */
  circleId: number | null;
  text: string;
  addedBy: PersonId;
  addedAt: Date;
}

export interface Minutes {
  id: number;
  convergenceId: number;
  occurrenceAt: Date;
  text: string;
  /** A link to the minutes elsewhere (a chat message, a document); may be empty. */
  link: string;
  recordedBy: PersonId;
  recordedAt: Date;
}

/**
 * Who may read a federation's page and its exports over HTTP: nobody (`off`), members through a
 * signed, expiring link Jura gives them in chat (`members`, the default), or anyone (`public`).
 */
export type PageVisibility = "off" | "members" | "public";
export const PAGE_VISIBILITIES: readonly PageVisibility[] = ["off", "members", "public"];

export interface PageSettings {
  visibility: PageVisibility;
  /** The secret signed links are made with (see record-links in app). */
  key: string;
}

import { UserError } from "./errors.js";
import { occurrences } from "./recurrence.js";

/**
 * Limits that keep one person, or one broken setting, from flooding a federation. They are
 * settings (`JURA_LIMIT_*`, see config.ts) with defaults that a federation of circles of 5–15
 * never meets in ordinary use; each refusal names the limit and the setting that changes it.
 */
export interface Limits {
  /** Commands one person may run per minute, across every place. */
  commandsPerPersonPerMinute: number;
  /** Commands run in one place (a circle's room) per minute, by everyone. */
  commandsPerPlacePerMinute: number;
  /** Circles one person may have founded (that still exist). */
  circlesPerFounder: number;
  /** Federations one person may have founded. */
  federationsPerFounder: number;
  /** Open polls in one circle at a time. */
  openPollsPerCircle: number;
  /** Open proposals in one circle (or federation) at a time. */
  openProposalsPerScope: number;
  /** Open proposals one person has made and not seen closed. */
  openProposalsPerPerson: number;
  /** Live rotations in one circle or federation. */
  rotationsPerScope: number;
  /** Live convergences in one federation. */
  convergencesPerFederation: number;
  /** Open aid requests of one circle. */
  openRequestsPerCircle: number;
  /** Outstanding invitations of one circle. */
  invitationsPerCircle: number;
  /** Announcements Jura sends to one place per day; beyond, it sends one summary and holds the rest. */
  announcementsPerPlacePerDay: number;
}

export const DEFAULT_LIMITS: Limits = {
  commandsPerPersonPerMinute: 30,
  commandsPerPlacePerMinute: 120,
  circlesPerFounder: 5,
  federationsPerFounder: 3,
  openPollsPerCircle: 10,
  openProposalsPerScope: 20,
  openProposalsPerPerson: 5,
  rotationsPerScope: 20,
  convergencesPerFederation: 30,
  openRequestsPerCircle: 20,
  invitationsPerCircle: 50,
  announcementsPerPlacePerDay: 60,
};

/** The setting each limit is read from, named in refusals so people know what to change. */
export const LIMIT_SETTINGS: Readonly<Record<keyof Limits, string>> = {
  commandsPerPersonPerMinute: "JURA_LIMIT_COMMANDS_PER_PERSON",
  commandsPerPlacePerMinute: "JURA_LIMIT_COMMANDS_PER_PLACE",
  circlesPerFounder: "JURA_LIMIT_CIRCLES_PER_FOUNDER",
  federationsPerFounder: "JURA_LIMIT_FEDERATIONS_PER_FOUNDER",
  openPollsPerCircle: "JURA_LIMIT_OPEN_POLLS",
  openProposalsPerScope: "JURA_LIMIT_OPEN_PROPOSALS",
  openProposalsPerPerson: "JURA_LIMIT_OPEN_PROPOSALS_PER_PERSON",
  rotationsPerScope: "JURA_LIMIT_ROTATIONS",
  convergencesPerFederation: "JURA_LIMIT_CONVERGENCES",
  openRequestsPerCircle: "JURA_LIMIT_OPEN_REQUESTS",
  invitationsPerCircle: "JURA_LIMIT_INVITATIONS",
  announcementsPerPlacePerDay: "JURA_LIMIT_ANNOUNCEMENTS_PER_PLACE",
};

/** Refuses one more when `current` already reached the limit. */
export function within(limits: Limits, name: keyof Limits, current: number): void {
  const limit = limits[name];
  if (current >= limit) throw new UserError(`limit.${name}`, { limit, setting: LIMIT_SETTINGS[name] });
}

/** Rotations and convergences happen at most once a day (a little less, for daylight-saving days). */
const MIN_GAP_MS = 23 * 3_600_000;
/** How many occurrences are compared: enough to catch a rule that bunches up on some days only. */
const SAMPLE = 30;

/**
 * Whether a recurrence happens at most once a day: `FREQ=DAILY;BYHOUR=0,…,23` is daily in name
 * and 24 handoffs a day in fact, so the gaps between its first occurrences are measured.
 */
export function atMostDaily(rrule: string, dtstart: Date, zone: string, from: Date): boolean {
  const dates = occurrences(rrule, dtstart, zone, from, SAMPLE);
  for (let i = 1; i < dates.length; i++) {
    const gap = (dates[i]?.getTime() ?? 0) - (dates[i - 1]?.getTime() ?? 0);
    if (gap < MIN_GAP_MS) return false;
  }
  return true;
}

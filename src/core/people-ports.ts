import type { PersonId } from "./ids.js";

/** Thrown by PeopleRepo.link when both accounts hold a place in the same thing (see link). */
export class LinkConflict extends Error {
  constructor(readonly what: string) {
    super(`both accounts hold a place in ${what}`);
  }
}

/**
 * Accounts that are one person (`me link`), and the one-time codes that prove it. Every method
 * runs in the command's transaction.
 */
export interface PeopleRepo {
  /** Replaces the account's earlier codes with `code`, valid until `expiresAt`. */
  issueCode(account: PersonId, code: string, expiresAt: Date): Promise<void>;
  /** Uses a code once: the account that asked for it, if the code is valid, unused and unexpired. */
  takeCode(code: string, now: Date): Promise<PersonId | undefined>;
  /** Wrong codes entered by `account` since `since`. */
  triesSince(account: PersonId, since: Date): Promise<number>;
  recordTry(account: PersonId, at: Date): Promise<void>;
  /** The person an account is linked to (undefined: it is its own person). */
  personOf(account: PersonId): Promise<PersonId | undefined>;
  /** The accounts linked to a person (not the person's own account). */
  accountsOf(person: PersonId): Promise<PersonId[]>;
  /** Names of circles both are members of. */
  sharedCircles(a: PersonId, b: PersonId): Promise<string[]>;
  /**
   * Makes `account` part of `person`: what the account is (memberships, votes and poll rosters,
   * mandates, turns, absences, spokesperson roles, RSVPs, proposal answers, invitations, name
   * consent) becomes the person's; what it did (the audit log, who created what) stays the
   * account's, as the record says. Throws LinkConflict when both hold the same place (the
   * caller's transaction is then rolled back): Jura refuses rather than guess which one stays.
   */
  link(account: PersonId, person: PersonId, at: Date): Promise<void>;
  /** The account is its own person again; rows re-pointed to the person stay with the person. */
  unlink(account: PersonId): Promise<void>;
}

import type { Db } from "../../store/db.js";
import { pollAnswerIds, pollIdForMessage, pollIsSecret } from "../../store/platform-messages.js";

const REMEMBERED = 1000;
const LOOKUP_ATTEMPTS = 6;
const LOOKUP_DELAY_MS = 250;

/**
 * Which Jura poll a poll start event is. The transport remembers the polls it posts (a response
 * can arrive before the outbox row records the event id); anything else is looked up in the
 * outbox. A start event the bot itself sent (seen in the sync) whose row is not committed yet is
 * looked up a few more times over a second and a half; responses to other people's polls are
 * not waited for.
 */
export class PollStarts {
  private readonly recent = new Map<string, number>();
  private readonly secret = new Set<string>();
  private readonly ownStarts = new Set<string>();

  constructor(private readonly db: Db | undefined) {}

  /** Notes that `eventId` is the start event of poll `pollId` (a secret ballot's, if `secret`). */
  remember(eventId: string, pollId: number, secret = false): void {
    this.recent.set(eventId, pollId);
    if (secret) this.secret.add(eventId);
    if (this.recent.size > REMEMBERED) {
      const oldest = this.recent.keys().next().value;
      if (oldest !== undefined) {
        this.recent.delete(oldest);
        this.secret.delete(oldest);
      }
    }
  }

  /** Whether `eventId` started a secret ballot (whose votes must never be room events). */
  async isSecret(eventId: string): Promise<boolean> {
    if (this.secret.has(eventId)) return true;
    return this.db ? pollIsSecret(this.db, eventId) : false;
  }

  /** Notes a poll start event the bot sent, seen in the sync (its poll id may not be stored yet). */
  sawOwnStart(eventId: string): void {
    this.ownStarts.add(eventId);
    if (this.ownStarts.size > REMEMBERED) {
      const oldest = this.ownStarts.values().next().value;
      if (oldest !== undefined) this.ownStarts.delete(oldest);
    }
  }

  /**
   * The platform answer ids of a poll someone started with their client (in option order), or
   * undefined for Jura's own polls, whose answer ids are the option numbers.
   */
  async answerIds(eventId: string): Promise<string[] | undefined> {
    return this.db ? pollAnswerIds(this.db, eventId) : undefined;
  }

  /** The poll `eventId` started, or undefined when it is no poll of Jura's. */
  async pollOf(eventId: string): Promise<number | undefined> {
    for (let attempt = 0; attempt < LOOKUP_ATTEMPTS; attempt++) {
      const known = this.recent.get(eventId);
      if (known !== undefined) return known;
      const stored = this.db ? await pollIdForMessage(this.db, eventId) : undefined;
      if (stored !== undefined) return stored;
      if (!this.ownStarts.has(eventId)) return undefined;
      await new Promise((resolve) => setTimeout(resolve, LOOKUP_DELAY_MS));
    }
    return undefined;
  }
}

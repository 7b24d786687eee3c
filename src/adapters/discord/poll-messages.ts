import type { Db } from "../../store/db.js";
import { pollIdForMessage } from "../../store/platform-messages.js";

const REMEMBERED = 1000;
const LOOKUP_ATTEMPTS = 4;
const LOOKUP_DELAY_MS = 250;

/**
 * Which Jura poll a Discord message is. The transport remembers the polls it posts (a vote can
 * arrive before the outbox row records the message id); anything else is looked up in the
 * outbox, a few times over a second when the row may not be committed yet.
 */
export class PollMessages {
  private readonly recent = new Map<string, number>();

  constructor(private db: Db | undefined = undefined) {}

  /** Lets lookups fall back to the database (given once the bot starts). */
  attach(db: Db): void {
    this.db = db;
  }

  remember(messageId: string, pollId: number): void {
    this.recent.set(messageId, pollId);
    if (this.recent.size > REMEMBERED) {
      const oldest = this.recent.keys().next().value;
      if (oldest !== undefined) this.recent.delete(oldest);
    }
  }

  async pollOf(messageId: string): Promise<number | undefined> {
    for (let attempt = 0; attempt < LOOKUP_ATTEMPTS; attempt++) {
      const known = this.recent.get(messageId);
      if (known !== undefined) return known;
      const stored = this.db ? await pollIdForMessage(this.db, messageId) : undefined;
      if (stored !== undefined) return stored;
      await new Promise((resolve) => setTimeout(resolve, LOOKUP_DELAY_MS));
    }
    return undefined;
  }
}

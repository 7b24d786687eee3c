import type { OutgoingEvent } from "./render.js";
import type { PostgresStorageProvider } from "./storage.js";

/** A reply written down before it is sent, so a crash cannot lose it. */
export interface PendingReply {
  roomId: string;
  events: OutgoingEvent[];
}

const key = (eventId: string) => `reply:${eventId}`;

/**
 * Replies between "the command committed" and "the reply is on the homeserver". The core
 * remembers that an event was handled (a redelivery is a `duplicate` with nothing to say), so
 * a crash in that gap would leave a done command unanswered forever. The adapter records the
 * reply first and forgets it once sent; a redelivered event finds it here and sends it again
 * under the same transaction id, which the homeserver deduplicates if the first send got
 * through after all.
 */
export class PendingReplies {
  constructor(private readonly storage: PostgresStorageProvider) {}

  remember(eventId: string, reply: PendingReply): Promise<void> {
    return this.storage.writeOwn(key(eventId), JSON.stringify(reply));
  }

  forget(eventId: string): Promise<void> {
    return this.storage.deleteOwn(key(eventId));
  }

  async recall(eventId: string): Promise<PendingReply | undefined> {
    const value = await this.storage.readOwn(key(eventId));
    if (value === undefined) return undefined;
    try {
      return JSON.parse(value) as PendingReply;
    } catch {
      return undefined;
    }
  }
}

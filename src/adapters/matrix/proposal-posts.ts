import type { Db } from "../../store/db.js";
import { proposalIdForMessage } from "../../store/platform-messages.js";

const REMEMBERED = 1000;

/** The field of a proposal's notice that names it, for Jura itself (clients ignore it). */
export const PROPOSAL_FIELD = "org.jura.proposal";

/**
 * Which Jura proposal a message puts to its deciders, for answers by reaction. Proposal notices
 * carry their number ({@link PROPOSAL_FIELD}); the adapter notes it when the bot's own notice
 * comes back in the sync, which is before any reaction to it, so a reaction never races the
 * outbox recording the event id. After a restart the outbox answers.
 */
export class ProposalPosts {
  private readonly recent = new Map<string, number>();

  constructor(private readonly db: Db | undefined) {}

  /** Notes that `eventId` puts proposal `proposalId` to its deciders. */
  remember(eventId: string, proposalId: number): void {
    this.recent.set(eventId, proposalId);
    if (this.recent.size > REMEMBERED) {
      const oldest = this.recent.keys().next().value;
      if (oldest !== undefined) this.recent.delete(oldest);
    }
  }

  /** Notes a message of the bot's own from the sync, if it puts a proposal. */
  sawOwn(eventId: string, content: unknown): void {
    const id = (content as Record<string, unknown> | null)?.[PROPOSAL_FIELD];
    if (typeof id === "number" && Number.isSafeInteger(id) && id > 0) this.remember(eventId, id);
  }

  async proposalOf(eventId: string): Promise<number | undefined> {
    const known = this.recent.get(eventId);
    if (known !== undefined) return known;
    return this.db ? proposalIdForMessage(this.db, eventId) : undefined;
  }
}

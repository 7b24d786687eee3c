import type { Outcome } from "../../app/jura.js";
import { t } from "../../core/i18n.js";
import type { Log } from "../../log.js";
import type { DirectRooms } from "./direct-rooms.js";
import type { PendingReplies } from "./pending-replies.js";
import { Lanes } from "./queue.js";
import { type OutgoingEvent, personalNotice, type ReplyTarget, renderOutcome } from "./render.js";
import { type MatrixSender, txnIdFor } from "./send.js";

/**
 * How an outcome meant for one person is delivered outside a private room: `only` (the core
 * said only they may see it: never in a shared room) or `prefer` (nothing secret in it, but
 * better said privately; in the room if no direct room can be had).
 */
export type Personal = "only" | "prefer";

export interface RepliesDeps {
  sender: MatrixSender;
  pending: PendingReplies;
  direct: DirectRooms;
  log: Log;
}

/**
 * Replies sent concurrently per room. Each reply points at its command (`m.in_reply_to`), so
 * two replies landing in swapped order under a burst still read right; one outcome's events
 * are always sent in order.
 */
const REPLIES_IN_FLIGHT = 4;

/**
 * The adapter's answers: each written down before it is sent (so a crash cannot lose it, see
 * PendingReplies), sent from a lane per room wider than the command lane (a slow homeserver
 * does not hold up the next command), and sent where its reader is: in reply to the command,
 * or in the person's direct room with Jura when it is for them alone.
 */
export class Replies {
  private readonly lanes = new Lanes(REPLIES_IN_FLIGHT);

  constructor(private readonly deps: RepliesDeps) {}

  /** Resolves when every reply started so far is sent. */
  idle(): Promise<void> {
    return this.lanes.idle();
  }

  /** Whether only Jura and `sender` read `roomId`; when in doubt, not. */
  isPrivate(roomId: string, sender: string): Promise<boolean> {
    return this.deps.direct.isPrivateFor(roomId, sender).catch((err: unknown) => {
      this.deps.log.warn({ err, roomId }, "could not tell whether a room is private");
      return false;
    });
  }

  /**
   * Sends a command's outcome as its reply (to `replyTo`, by default the command's event, and in
   * the command's thread if it has one); a duplicate resends a reply a crash interrupted. An
   * outcome for the person alone (the core's `private`, or `personal`) goes to their direct room
   * with Jura unless this room is one; a private one is never shown in a shared room.
   */
  async respond(
    roomId: string,
    command: ReplyTarget,
    outcome: Outcome,
    replyTo = command.eventId,
    personal?: Personal,
  ): Promise<void> {
    const { eventId } = command;
    if (outcome.kind === "duplicate") {
      await this.resend(roomId, eventId);
      return;
    }
    const alone: Personal | undefined = outcome.private ? "only" : personal;
    if (alone && !(await this.isPrivate(roomId, command.sender))) {
      const direct = await this.deps.direct.directRoomOf(command.sender).catch((err: unknown) => {
        this.deps.log.warn({ err, eventId }, "could not find a direct room");
        return undefined;
      });
      if (direct) {
        await this.sendRemembered(direct, eventId, [personalNotice(outcome.text, command.sender)]);
        return;
      }
      if (alone === "only") {
        this.deps.log.warn({ roomId, eventId }, "an answer for one person had no private room to go to");
        await this.sendRemembered(
          roomId,
          eventId,
          renderOutcome(
            { kind: "error", text: t("matrix.private_elsewhere") },
            { ...command, eventId: replyTo },
          ),
        );
        return;
      }
    }
    await this.sendRemembered(roomId, eventId, renderOutcome(outcome, { ...command, eventId: replyTo }));
  }

  /** Writes a reply down (so a crash cannot lose it), then sends it. */
  private async sendRemembered(roomId: string, eventId: string, events: OutgoingEvent[]): Promise<void> {
    await this.deps.pending
      .remember(eventId, { roomId, events })
      .catch((err) => this.deps.log.warn({ err, eventId }, "could not record a reply before sending it"));
    this.send(roomId, eventId, events);
  }

  /** A redelivered event: nothing runs again, but a reply a crash interrupted is sent now. */
  private async resend(roomId: string, eventId: string): Promise<void> {
    const pending = await this.deps.pending.recall(eventId);
    this.deps.log.info(
      { roomId, eventId, resending: Boolean(pending) },
      pending
        ? "event already handled (redelivered after a restart): sending its interrupted reply"
        : "event already handled (redelivered after a restart): nothing to do",
    );
    if (pending) this.send(pending.roomId, eventId, pending.events);
  }

  /** Sends a command's reply events in order (same transaction ids on a resend), then forgets them. */
  private send(roomId: string, eventId: string, events: OutgoingEvent[]): void {
    void this.lanes.run(roomId, async () => {
      for (const [index, event] of events.entries()) {
        await this.deps.sender.deliver(roomId, event, txnIdFor("reply", `${eventId}#${index}`));
      }
      await this.deps.pending
        .forget(eventId)
        .catch((err) => this.deps.log.warn({ err, eventId }, "could not clear a sent reply"));
    });
  }
}

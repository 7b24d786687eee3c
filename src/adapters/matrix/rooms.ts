import type { MatrixClient } from "matrix-bot-sdk";
import type { Jura } from "../../app/jura.js";
import type { Log } from "../../log.js";
import { E2EE_HOWTO, ENCRYPTED_ROOM_NOTICE } from "./e2ee.js";
import { inviterAllowed, placeOf } from "./identity.js";
import { notice } from "./render.js";
import { type MatrixSender, txnIdFor } from "./send.js";

type RawEvent = Record<string, unknown>;

/**
 * The bot's life in rooms: accepting invitations (only from MATRIX_ALLOWED_INVITERS), welcoming
 * a room once it is in (once per room, through the outbox), and explaining, once per room and process, that it cannot read an
 * encrypted room when end-to-end encryption is off.
 */
export class RoomLifecycle {
  private readonly explained = new Set<string>();

  constructor(
    private readonly deps: {
      client: MatrixClient;
      sender: MatrixSender;
      log: Log;
      allowedInviters: readonly string[];
      jura: Pick<Jura, "welcome">;
    },
  ) {}

  async onInvite(roomId: string, event: RawEvent): Promise<void> {
    const { client, log, allowedInviters } = this.deps;
    const inviter = typeof event.sender === "string" ? event.sender : "";
    if (!inviterAllowed(allowedInviters, inviter)) {
      log.info({ roomId, inviter }, "declined an invitation from someone not in MATRIX_ALLOWED_INVITERS");
      await client
        .leaveRoom(roomId, "This Jura only joins rooms when invited by its operators.")
        .catch(() => {});
      return;
    }
    for (let attempt = 1; ; attempt++) {
      try {
        await client.joinRoom(roomId);
        log.info({ roomId, inviter }, "joined a room on invitation");
        return;
      } catch (error) {
        if (attempt >= 5) throw error;
        const wait = (error as { retryAfterMs?: unknown }).retryAfterMs;
        await new Promise((r) => setTimeout(r, typeof wait === "number" ? wait : 500 * attempt));
      }
    }
  }

  /** A room the bot just joined: an explanation if it is encrypted, the welcome unless it is a space. */
  async onJoin(roomId: string): Promise<void> {
    const { client, jura } = this.deps;
    if (!client.crypto && (await this.isEncrypted(roomId))) {
      await this.explainEncryption(roomId);
      return;
    }
    const create = (await client.getRoomStateEvent(roomId, "m.room.create", "").catch(() => ({}))) as {
      type?: unknown;
    };
    if (create.type === "m.space") return;
    await jura.welcome(placeOf(roomId), `matrix-room:${roomId}`);
  }

  /** An encrypted event, or the room turning encryption on (`turnedOn`), while E2EE is off. */
  async onEncryption(roomId: string, turnedOn: boolean): Promise<void> {
    if (this.deps.client.crypto) return;
    if (turnedOn || (await this.isEncrypted(roomId))) await this.explainEncryption(roomId);
  }

  private isEncrypted(roomId: string): Promise<boolean> {
    return this.deps.client
      .getRoomStateEvent(roomId, "m.room.encryption", "")
      .then(() => true)
      .catch(() => false);
  }

  /** Posted unencrypted, so people in the room can read it; once per room and process. */
  private async explainEncryption(roomId: string): Promise<void> {
    if (this.explained.has(roomId)) return;
    this.explained.add(roomId);
    this.deps.log.warn({ roomId }, `an encrypted room: Jura cannot read it. ${E2EE_HOWTO}`);
    await this.deps.sender.deliver(
      roomId,
      notice(ENCRYPTED_ROOM_NOTICE),
      txnIdFor("reply", `e2ee:${roomId}`),
    );
  }
}

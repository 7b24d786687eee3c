import { EventEmitter } from "node:events";

/** One event the bot sent (PUT /send), as the fake homeserver recorded it. */
export interface SentEvent {
  roomId: string;
  type: string;
  txnId: string;
  eventId: string;
  content: Record<string, unknown>;
}

const forbidden = () => Object.assign(new Error("M_FORBIDDEN"), { statusCode: 403, errcode: "M_FORBIDDEN" });
const notFound = () => Object.assign(new Error("M_NOT_FOUND"), { statusCode: 404, errcode: "M_NOT_FOUND" });

/**
 * The few client calls the Matrix adapter makes, answered in memory like a homeserver would,
 * for driving the real adapter without Synapse (fuzzing: thousands of events no homeserver would
 * accept). Room events are injected with `emit("room.event", roomId, event)`, as matrix-bot-sdk
 * emits them from a sync. Sends are idempotent per transaction id.
 */
export class FakeMatrixHomeserver extends EventEmitter {
  hooks: unknown;
  readonly crypto = undefined;
  readonly sent: SentEvent[] = [];
  private readonly joined: Set<string>;
  private readonly byTxn = new Map<string, string>();
  private next = 0;

  /**
   * Joined members of rooms, when not the default (the bot, @alice:test and @bob:test): a direct
   * room is `[bot, person]`.
   */
  readonly members = new Map<string, string[]>();

  constructor(
    readonly userId: string,
    rooms: readonly string[],
  ) {
    super();
    this.joined = new Set(rooms);
  }

  async getUserId(): Promise<string> {
    return this.userId;
  }

  async doRequest(method: string, path: string, _query?: unknown, body?: unknown): Promise<unknown> {
    const send = /^\/_matrix\/client\/v3\/rooms\/([^/]+)\/send\/([^/]+)\/([^/]+)$/.exec(path);
    if (method === "PUT" && send) {
      const [roomId, type, txnId] = [send[1], send[2], send[3]].map((p) => decodeURIComponent(p ?? ""));
      if (!roomId || !this.joined.has(roomId)) throw forbidden();
      const known = this.byTxn.get(`${roomId}|${txnId}`);
      if (known) return { event_id: known };
      const eventId = `$sent${++this.next}`;
      this.byTxn.set(`${roomId}|${txnId}`, eventId);
      this.sent.push({
        roomId,
        type: type ?? "",
        txnId: txnId ?? "",
        eventId,
        content: body as Record<string, unknown>,
      });
      return { event_id: eventId };
    }
    const members = /^\/_matrix\/client\/v3\/rooms\/([^/]+)\/(joined_members|members)$/.exec(path);
    if (method === "GET" && members) {
      const roomId = decodeURIComponent(members[1] ?? "");
      if (!this.joined.has(roomId)) throw forbidden();
      if (members[2] === "members") return { chunk: [] };
      const joined = this.members.get(roomId) ?? [this.userId, "@alice:test", "@bob:test"];
      return { joined: Object.fromEntries(joined.map((id) => [id, {}])) };
    }
    const state = /^\/_matrix\/client\/v3\/rooms\/([^/]+)\/state\/([^/]+)\/$/.exec(path);
    if (method === "GET" && state) {
      const roomId = decodeURIComponent(state[1] ?? "");
      if (!this.joined.has(roomId)) throw forbidden();
      if (state[2] === "m.room.create") return { sender: "@founder:test", content: { room_version: "10" } };
      if (state[2] === "m.room.power_levels") return { users_default: 0 };
      throw notFound();
    }
    throw notFound();
  }

  async resolveRoom(_alias: string): Promise<string> {
    throw notFound();
  }

  async createRoom(): Promise<string> {
    const roomId = `!space${++this.next}:test`;
    this.joined.add(roomId);
    return roomId;
  }

  async joinRoom(roomIdOrAlias: string): Promise<string> {
    if (this.joined.has(roomIdOrAlias)) return roomIdOrAlias;
    throw forbidden();
  }

  async leaveRoom(roomId: string): Promise<void> {
    this.joined.delete(roomId);
  }

  async inviteUser(): Promise<void> {}

  async sendStateEvent(roomId: string): Promise<string> {
    if (!this.joined.has(roomId)) throw forbidden();
    return `$state${++this.next}`;
  }

  async getRoomStateEvent(roomId: string, type: string): Promise<unknown> {
    if (!this.joined.has(roomId)) throw forbidden();
    if (type === "m.room.create") return { room_version: "10" };
    throw notFound();
  }

  async getRoomState(roomId: string): Promise<unknown[]> {
    if (!this.joined.has(roomId)) throw forbidden();
    return [];
  }

  /** The bot's replies whose `m.in_reply_to` is `eventId`. */
  repliesTo(eventId: string): SentEvent[] {
    return this.sent.filter(
      (e) =>
        (e.content["m.relates_to"] as { "m.in_reply_to"?: { event_id?: unknown } } | undefined)?.[
          "m.in_reply_to"
        ]?.event_id === eventId,
    );
  }
}

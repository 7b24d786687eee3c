import { randomUUID } from "node:crypto";

/** A raw Matrix event as the tests read it. */
export interface MatrixEvent {
  event_id: string;
  type: string;
  sender: string;
  state_key?: string;
  content: Record<string, unknown>;
  origin_server_ts?: number;
}

/** The error the homeserver answered with. */
export class MatrixHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: { errcode?: string; error?: string; retry_after_ms?: number },
  ) {
    super(`${status} ${body.errcode ?? ""} ${body.error ?? ""}`);
  }
}

/**
 * A person on the test homeserver, speaking the client-server API directly with fetch (as
 * Element would), so tests can also send what no well-behaved client sends.
 */
export class MatrixPerson {
  private syncToken: string | undefined;
  private readonly invited = new Set<string>();

  constructor(
    readonly url: string,
    readonly userId: string,
    readonly accessToken: string,
  ) {}

  /**
   * The name Jura shows for this person in Matrix texts (a pill's text, the body's name): their
   * displayname, which Synapse sets to the localpart at registration.
   */
  get name(): string {
    return this.userId.slice(1, this.userId.indexOf(":"));
  }

  async request<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    query?: Record<string, string>,
  ): Promise<T> {
    const url = new URL(path, this.url);
    for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, v);
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(url, {
        method,
        headers: { authorization: `Bearer ${this.accessToken}`, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const json = (await response.json().catch(() => ({}))) as T & { retry_after_ms?: number };
      if (response.status === 429 && attempt < 20) {
        await new Promise((r) => setTimeout(r, json.retry_after_ms ?? 200));
        continue;
      }
      if (!response.ok) throw new MatrixHttpError(response.status, json as never);
      return json;
    }
  }

  async createRoom(options: Record<string, unknown> = {}): Promise<string> {
    const { room_id } = await this.request<{ room_id: string }>("POST", "/_matrix/client/v3/createRoom", {
      preset: "private_chat",
      ...options,
    });
    return room_id;
  }

  async invite(roomId: string, userId: string): Promise<void> {
    await this.request("POST", `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/invite`, {
      user_id: userId,
    });
  }

  async join(roomId: string): Promise<void> {
    await this.request("POST", `/_matrix/client/v3/join/${encodeURIComponent(roomId)}`, {});
  }

  /** Sends any content (of any shape) as an event; returns its event id. */
  async send(roomId: string, content: unknown, type = "m.room.message"): Promise<string> {
    const { event_id } = await this.request<{ event_id: string }>(
      "PUT",
      `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/send/${encodeURIComponent(type)}/${randomUUID()}`,
      content,
    );
    return event_id;
  }

  /** A plain text message, as Element sends one. */
  say(roomId: string, text: string): Promise<string> {
    return this.send(roomId, { msgtype: "m.text", body: text });
  }

  /**
   * Rooms this person is invited to and has not answered yet, from /sync (incremental after the
   * first call: Synapse answers a repeated identical initial sync from a cache for a while).
   */
  async invites(): Promise<string[]> {
    const sync = await this.request<{
      next_batch?: string;
      rooms?: Partial<Record<"invite" | "join" | "leave", Record<string, unknown>>>;
    }>("GET", "/_matrix/client/v3/sync", undefined, {
      timeout: "0",
      ...(this.syncToken ? { since: this.syncToken } : {}),
    });
    this.syncToken = sync.next_batch ?? this.syncToken;
    for (const id of Object.keys(sync.rooms?.invite ?? {})) this.invited.add(id);
    for (const id of [...Object.keys(sync.rooms?.join ?? {}), ...Object.keys(sync.rooms?.leave ?? {})])
      this.invited.delete(id);
    return [...this.invited];
  }

  state<T = Record<string, unknown>>(roomId: string, type: string, stateKey = ""): Promise<T> {
    return this.request<T>(
      "GET",
      `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/state/${encodeURIComponent(type)}/${encodeURIComponent(stateKey)}`,
    );
  }

  /** Follows a room's timeline from its start; `refresh()` fetches what is new. */
  follow(roomId: string): RoomLog {
    return new RoomLog(this, roomId);
  }
}

/** A growing copy of one room's timeline, read with /messages (forwards, paginated). */
export class RoomLog {
  readonly events: MatrixEvent[] = [];
  private token: string | undefined;

  constructor(
    private readonly person: MatrixPerson,
    readonly roomId: string,
  ) {}

  async refresh(): Promise<MatrixEvent[]> {
    for (;;) {
      const query: Record<string, string> = { dir: "f", limit: "1000" };
      if (this.token) query.from = this.token;
      const page = await this.person.request<{ chunk: MatrixEvent[]; end?: string }>(
        "GET",
        `/_matrix/client/v3/rooms/${encodeURIComponent(this.roomId)}/messages`,
        undefined,
        query,
      );
      this.events.push(...page.chunk);
      if (!page.end || page.chunk.length === 0) return this.events;
      this.token = page.end;
    }
  }

  /** Waits until `predicate` holds for the timeline so far. */
  async until(
    predicate: (events: MatrixEvent[]) => boolean,
    { timeoutMs = 20_000, what = "the expected events" } = {},
  ): Promise<MatrixEvent[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.refresh();
      if (predicate(this.events)) return this.events;
      if (Date.now() > deadline) {
        const tail = this.events
          .slice(-8)
          .map((e) => `${e.sender} ${e.type} ${JSON.stringify(e.content).slice(0, 200)}`)
          .join("\n");
        throw new Error(`timed out waiting for ${what}; last events:\n${tail}`);
      }
      await new Promise((r) => setTimeout(r, 150));
    }
  }

  /** The bot's replies to one event. */
  repliesTo(eventId: string, botUserId: string): MatrixEvent[] {
    return this.events.filter(
      (e) =>
        e.sender === botUserId &&
        (e.content["m.relates_to"] as { "m.in_reply_to"?: { event_id?: string } } | undefined)?.[
          "m.in_reply_to"
        ]?.event_id === eventId,
    );
  }

  /** Waits for the bot's reply to `eventId` and returns its body. */
  async reply(eventId: string, botUserId: string, timeoutMs = 20_000): Promise<MatrixEvent> {
    await this.until((events) => events.length > 0 && this.repliesTo(eventId, botUserId).length > 0, {
      timeoutMs,
      what: `a reply to ${eventId}`,
    });
    return this.repliesTo(eventId, botUserId)[0] as MatrixEvent;
  }
}

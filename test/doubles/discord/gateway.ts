import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import {
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayIntentBits,
  GatewayOpcodes,
  type GatewayReadyDispatchData,
} from "discord-api-types/v10";
import { type WebSocket, WebSocketServer } from "ws";
import type { ChangeFeed } from "./change-feed.js";
import { FrameEncoder } from "./frame-encoder.js";
import { handleGuildMembersRequest } from "./gateway-members.js";
import {
  ALL_INTENTS,
  applicationFlags,
  type Connection,
  type DispatchFilter,
  type GatewaySession,
  MAX_BUFFERED,
  PRIVILEGED,
  type ReceivedFrame,
  SESSION_ENDING_CLOSES,
  type SentDispatch,
} from "./gateway-types.js";
import { guildCreate } from "./payloads.js";
import type { DoubleState } from "./state.js";

/**
 * The fake gateway: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME with replay,
 * RECONNECT / INVALID_SESSION on demand, and dispatch fan-out filtered by intents and shards.
 */
export class Gateway {
  readonly sessions = new Map<string, GatewaySession>();
  readonly received: ReceivedFrame[] = [];
  readonly stats = { connections: 0, identifies: 0, resumes: 0 };
  private readonly connections = new Set<Connection>();
  private readonly wss = new WebSocketServer({ noServer: true });
  private ackHeartbeats = true;

  constructor(
    private readonly state: DoubleState,
    private readonly feed: ChangeFeed,
    private readonly url: () => string,
  ) {}

  /** Hands an HTTP upgrade request to the gateway. */
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(request, socket, head, (ws) => this.open(ws, request));
  }

  private open(socket: WebSocket, request: IncomingMessage): void {
    const query = new URL(request.url ?? "/", "ws://localhost").searchParams;
    const connection: Connection = {
      socket,
      encoder: new FrameEncoder(socket, query.get("compress") === "zlib-stream"),
      session: null,
      closingByServer: false,
    };
    this.connections.add(connection);
    this.stats.connections += 1;
    socket.on("message", (data, isBinary) => this.onFrame(connection, isBinary ? null : data.toString()));
    socket.on("close", (code) => this.onClose(connection, code));
    socket.on("error", () => undefined);
    const version = query.get("v");
    if (version !== "10" && version !== "9") {
      this.closeWith(connection, GatewayCloseCodes.InvalidAPIVersion);
      return;
    }
    if ((query.get("encoding") ?? "json") !== "json") {
      this.closeWith(connection, GatewayCloseCodes.DecodeError);
      return;
    }
    connection.encoder.send({
      op: GatewayOpcodes.Hello,
      d: { heartbeat_interval: this.state.options.heartbeatIntervalMs ?? 41250 },
      s: null,
      t: null,
    });
    this.feed.notify();
  }

  private onFrame(connection: Connection, text: string | null): void {
    let frame: { op?: unknown; d?: unknown };
    try {
      frame = JSON.parse(text ?? "") as { op?: unknown; d?: unknown };
    } catch {
      this.closeWith(connection, GatewayCloseCodes.DecodeError);
      return;
    }
    this.received.push({ op: Number(frame.op), d: frame.d, time: Date.now() });
    const d = (frame.d ?? {}) as Record<string, unknown>;
    switch (frame.op) {
      case GatewayOpcodes.Heartbeat:
        if (this.ackHeartbeats) connection.encoder.send({ op: GatewayOpcodes.HeartbeatAck });
        break;
      case GatewayOpcodes.Identify:
        this.identify(connection, d);
        break;
      case GatewayOpcodes.Resume:
        this.resume(connection, d);
        break;
      case GatewayOpcodes.RequestGuildMembers:
        if (!connection.session) {
          this.closeWith(connection, GatewayCloseCodes.NotAuthenticated);
          return;
        }
        handleGuildMembersRequest(this.state, connection.session, d, (session, t, data) =>
          this.sendTo(session, t, data),
        );
        break;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestSoundboardSounds:
        if (!connection.session) {
          this.closeWith(connection, GatewayCloseCodes.NotAuthenticated);
          return;
        }
        break;
      default:
        this.closeWith(connection, GatewayCloseCodes.UnknownOpcode);
        return;
    }
    this.feed.notify();
  }

  private identify(connection: Connection, d: Record<string, unknown>): void {
    if (connection.session) {
      this.closeWith(connection, GatewayCloseCodes.AlreadyAuthenticated);
      return;
    }
    if (d.token !== this.state.options.token) {
      this.closeWith(connection, GatewayCloseCodes.AuthenticationFailed);
      return;
    }
    const intents = d.intents;
    if (typeof intents !== "number" || (intents & ~ALL_INTENTS) !== 0) {
      this.closeWith(connection, GatewayCloseCodes.InvalidIntents);
      return;
    }
    const allowed = this.state.options.allowedPrivilegedIntents ?? PRIVILEGED;
    if ((intents & PRIVILEGED & ~allowed) !== 0) {
      this.closeWith(connection, GatewayCloseCodes.DisallowedIntents);
      return;
    }
    const shard = (Array.isArray(d.shard) ? d.shard : [0, 1]) as [number, number];
    if (!(shard[0] >= 0 && shard[1] >= 1 && shard[0] < shard[1])) {
      this.closeWith(connection, GatewayCloseCodes.InvalidShard);
      return;
    }
    connection.encoder.payloadCompression = d.compress === true;
    const session: GatewaySession = {
      id: this.state.ids.next(),
      intents,
      shard,
      seq: 0,
      sent: [],
      connection,
    };
    connection.session = session;
    this.sessions.set(session.id, session);
    this.stats.identifies += 1;

    const guilds = [...this.state.guilds.values()].filter((g) => this.ownsGuild(session, g.id));
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: this.state.bot,
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.url(),
      shard,
      application: {
        id: this.state.options.applicationId,
        flags: applicationFlags(this.state),
        flags_new: String(applicationFlags(this.state)),
      },
    };
    this.sendTo(session, GatewayDispatchEvents.Ready, ready);
    if ((intents & GatewayIntentBits.Guilds) === 0) return;
    for (const guild of guilds)
      this.sendTo(session, GatewayDispatchEvents.GuildCreate, guildCreate(this.state, guild, intents));
  }

  private resume(connection: Connection, d: Record<string, unknown>): void {
    if (connection.session) {
      this.closeWith(connection, GatewayCloseCodes.AlreadyAuthenticated);
      return;
    }
    if (d.token !== this.state.options.token) {
      this.closeWith(connection, GatewayCloseCodes.AuthenticationFailed);
      return;
    }
    const session = typeof d.session_id === "string" ? this.sessions.get(d.session_id) : undefined;
    if (!session) {
      connection.encoder.send({ op: GatewayOpcodes.InvalidSession, d: false });
      return;
    }
    const seq = typeof d.seq === "number" ? d.seq : 0;
    if (seq > session.seq) {
      this.closeWith(connection, GatewayCloseCodes.InvalidSeq);
      return;
    }
    const previous = session.connection;
    if (previous && previous !== connection)
      this.closeWith(previous, GatewayCloseCodes.SessionTimedOut, false);
    session.connection = connection;
    connection.session = session;
    connection.encoder.payloadCompression = false;
    this.stats.resumes += 1;
    for (const missed of session.sent.filter((x) => x.s > seq)) {
      connection.encoder.send({ op: GatewayOpcodes.Dispatch, t: missed.t, s: missed.s, d: missed.d });
    }
    this.sendTo(session, GatewayDispatchEvents.Resumed, {});
  }

  private onClose(connection: Connection, code: number): void {
    connection.encoder.close();
    this.connections.delete(connection);
    const session = connection.session;
    if (session && session.connection === connection) {
      session.connection = null;
      const ends = connection.closingByServer
        ? SESSION_ENDING_CLOSES.has(code) && code !== 1001
        : code === 1000 || code === 1001;
      if (ends) this.sessions.delete(session.id);
    }
    this.feed.notify();
  }

  private closeWith(connection: Connection, code: number, endSession = true): void {
    connection.closingByServer = true;
    if (!endSession && connection.session) connection.session.connection = null;
    connection.encoder.afterPending(() => connection.socket.close(code));
  }

  /** Whether the session's shard owns the guild, per Discord's `(guild_id >> 22) % num_shards`. */
  ownsGuild(session: GatewaySession, guildId: string): boolean {
    return Number((BigInt(guildId) >> 22n) % BigInt(session.shard[1])) === session.shard[0];
  }

  /** Sends (or buffers while disconnected) one dispatch to one session. */
  sendTo(session: GatewaySession, t: string, d: unknown): void {
    session.seq += 1;
    const entry: SentDispatch = { s: session.seq, t, d };
    session.sent.push(entry);
    if (session.sent.length > MAX_BUFFERED) session.sent.shift();
    session.connection?.encoder.send({ op: GatewayOpcodes.Dispatch, t, s: entry.s, d });
    this.feed.notify();
  }

  /** Fans a dispatch out to every session that passes the filter; returns how many got it. */
  dispatch(t: string, d: unknown, filter: DispatchFilter = {}): number {
    let count = 0;
    for (const session of this.sessions.values()) {
      if (filter.intent !== undefined && (session.intents & filter.intent) === 0) continue;
      if (filter.guildId && !this.ownsGuild(session, filter.guildId)) continue;
      this.sendTo(session, t, filter.transform ? filter.transform(d, session) : d);
      count += 1;
    }
    return count;
  }

  /** Drops every live socket with `code`; sessions stay resumable unless the code ends them. */
  disconnect(code: number): void {
    for (const connection of this.connections) this.closeWith(connection, code);
  }

  /** Sends op 7 RECONNECT: the client should reconnect and resume. */
  requestReconnect(): void {
    for (const connection of this.connections)
      connection.encoder.send({ op: GatewayOpcodes.Reconnect, d: null });
  }

  /** Sends op 9 INVALID_SESSION; when not resumable the sessions are forgotten. */
  invalidateSessions(resumable: boolean): void {
    for (const connection of this.connections) {
      connection.encoder.send({ op: GatewayOpcodes.InvalidSession, d: resumable });
      if (!resumable && connection.session) {
        this.sessions.delete(connection.session.id);
        connection.session = null;
      }
    }
  }

  /** When false, heartbeats go unanswered so the client sees a zombie connection. */
  setHeartbeatAck(enabled: boolean): void {
    this.ackHeartbeats = enabled;
  }

  /** Number of sockets that completed IDENTIFY or RESUME and are still open. */
  get liveSessions(): number {
    return [...this.sessions.values()].filter((s) => s.connection !== null).length;
  }

  close(): void {
    for (const connection of this.connections) {
      connection.encoder.close();
      connection.socket.terminate();
    }
    this.connections.clear();
    this.wss.close();
  }
}

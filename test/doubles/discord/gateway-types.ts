import { ApplicationFlags, GatewayCloseCodes, GatewayIntentBits } from "discord-api-types/v10";
import type { WebSocket } from "ws";
import type { FrameEncoder } from "./frame-encoder.js";
import type { DoubleState } from "./state.js";

/** One dispatch as sent (or buffered) for a session, with its sequence number. */
export interface SentDispatch {
  s: number;
  t: string;
  d: unknown;
}

/** A gateway session: survives its socket so the client can RESUME and get missed dispatches. */
export interface GatewaySession {
  id: string;
  intents: number;
  shard: [number, number];
  seq: number;
  sent: SentDispatch[];
  connection: Connection | null;
}

/** A frame the client sent, for assertions (presence updates, member requests...). */
export interface ReceivedFrame {
  op: number;
  d: unknown;
  time: number;
}

/** One client socket and the session it identified or resumed, if any. */
export interface Connection {
  socket: WebSocket;
  encoder: FrameEncoder;
  session: GatewaySession | null;
  closingByServer: boolean;
}

/** Which sessions receive a dispatch. */
export interface DispatchFilter {
  /** Required intent bit; sessions without it do not get the event. */
  intent?: number;
  /** Only the shard owning this guild gets it. */
  guildId?: string | null;
  /** Per-session rewrite, e.g. blanking content without the MessageContent intent. */
  transform?: (data: unknown, session: GatewaySession) => unknown;
}

/** The three privileged intents (members, presences, message content). */
export const PRIVILEGED =
  GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;
/** Every intent bit Discord knows; IDENTIFY with others is closed with 4013. */
export const ALL_INTENTS = Object.values(GatewayIntentBits)
  .filter((v): v is number => typeof v === "number")
  .reduce((all, bit) => all | bit, 0);
/** Close codes after which a session cannot be resumed. */
export const SESSION_ENDING_CLOSES = new Set<number>([
  1000,
  1001,
  GatewayCloseCodes.AuthenticationFailed,
  GatewayCloseCodes.InvalidSeq,
  GatewayCloseCodes.SessionTimedOut,
  GatewayCloseCodes.InvalidShard,
  GatewayCloseCodes.ShardingRequired,
  GatewayCloseCodes.InvalidAPIVersion,
  GatewayCloseCodes.InvalidIntents,
  GatewayCloseCodes.DisallowedIntents,
]);
/** Dispatches kept per session for replay on RESUME. */
export const MAX_BUFFERED = 2000;

/** The "limited" privileged-intent flags an unverified app has for what the portal enables. */
export function applicationFlags(state: DoubleState): ApplicationFlags {
  const allowed = state.options.allowedPrivilegedIntents ?? PRIVILEGED;
  let flags = 0;
  if (allowed & GatewayIntentBits.GuildMembers) flags |= ApplicationFlags.GatewayGuildMembersLimited;
  if (allowed & GatewayIntentBits.GuildPresences) flags |= ApplicationFlags.GatewayPresenceLimited;
  if (allowed & GatewayIntentBits.MessageContent) flags |= ApplicationFlags.GatewayMessageContentLimited;
  return flags as ApplicationFlags;
}

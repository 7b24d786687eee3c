import type { MatrixClient } from "matrix-bot-sdk";
import { errcodeOf } from "./errors.js";

/** The parts of `m.room.power_levels` Jura reads; every field may be missing or of a wrong type. */
interface PowerLevels {
  users?: Record<string, unknown>;
  users_default?: unknown;
  events?: Record<string, unknown>;
  events_default?: unknown;
  state_default?: unknown;
}

/** A room's power levels, plus its creators (who outrank everyone from room version 12 on). */
export interface RoomPower {
  levels: PowerLevels;
  creators: ReadonlySet<string>;
}

/**
 * The power-level event type a room can list in `m.room.power_levels` `events` to require a
 * minimum level for Jura's admin commands (binding the room, settings, spaces). Unlisted: no
 * extra requirement beyond what the core asks.
 */
export const ADMIN_EVENT = "org.jura.admin";

const num = (v: unknown, fallback: number) => (typeof v === "number" && Number.isFinite(v) ? v : fallback);

/** Reads a room's power levels and creators (two state requests). */
export async function roomPower(client: MatrixClient, roomId: string): Promise<RoomPower> {
  const base = `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/state`;
  const [levels, create] = await Promise.all([
    client.doRequest("GET", `${base}/m.room.power_levels/`).catch(() => ({})) as Promise<PowerLevels>,
    client.doRequest("GET", `${base}/m.room.create/`, { format: "event" }) as Promise<{
      sender?: unknown;
      content?: { room_version?: unknown; additional_creators?: unknown };
    }>,
  ]);
  return { levels: levels ?? {}, creators: creatorsOf(create) };
}

/**
 * A room's power levels and creators as the admin gate needs them, or undefined when Jura is
 * not in the room (or it does not exist). Fails closed: a power-levels event that cannot be
 * read for another reason is an error, never "no requirement".
 */
export async function joinedRoomPower(client: MatrixClient, roomId: string): Promise<RoomPower | undefined> {
  const base = `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/state`;
  const absent = (error: unknown) => {
    const status = (error as { statusCode?: unknown } | null)?.statusCode;
    const code = errcodeOf(error);
    return code === "M_FORBIDDEN" || code === "M_NOT_FOUND" || status === 403 || status === 404;
  };
  let create: { sender?: unknown; content?: { room_version?: unknown; additional_creators?: unknown } };
  try {
    create = await client.doRequest("GET", `${base}/m.room.create/`, { format: "event" });
  } catch (error) {
    if (absent(error)) return undefined;
    throw error;
  }
  const levels = (await client.doRequest("GET", `${base}/m.room.power_levels/`).catch((error: unknown) => {
    if (errcodeOf(error) === "M_NOT_FOUND") return {};
    throw error;
  })) as PowerLevels | null;
  return { levels: levels ?? {}, creators: creatorsOf(create) };
}

function creatorsOf(create: {
  sender?: unknown;
  content?: { room_version?: unknown; additional_creators?: unknown };
}): Set<string> {
  const creators = new Set<string>();
  const version = String(create.content?.room_version ?? "1");
  if ((Number(version) >= 12 || version.includes("hydra")) && typeof create.sender === "string") {
    creators.add(create.sender);
    const more = create.content?.additional_creators;
    if (Array.isArray(more)) for (const u of more) if (typeof u === "string") creators.add(u);
  }
  return creators;
}

/** A user's power: creators of v12+ rooms are above every number. */
export function powerOf(power: RoomPower, userId: string): number {
  if (power.creators.has(userId)) return Number.POSITIVE_INFINITY;
  return num(power.levels.users?.[userId], num(power.levels.users_default, 0));
}

/** The level needed to send an event of this type (state or not). */
export function requiredFor(power: RoomPower, eventType: string, isState: boolean): number {
  const fallback = isState ? num(power.levels.state_default, 50) : num(power.levels.events_default, 0);
  return num(power.levels.events?.[eventType], fallback);
}

/** The level a room asks for Jura's admin commands, or undefined when it asks nothing. */
export function adminLevel(power: RoomPower): number | undefined {
  const level = power.levels.events?.[ADMIN_EVENT];
  return typeof level === "number" && Number.isFinite(level) ? level : undefined;
}

/** `undefined` when `userId` may send it, else what is missing, worded for a person. */
export function missingPower(
  power: RoomPower,
  userId: string,
  eventType: string,
  isState: boolean,
): { needed: number; has: number } | undefined {
  const needed = requiredFor(power, eventType, isState);
  const has = powerOf(power, userId);
  return has >= needed ? undefined : { needed, has };
}

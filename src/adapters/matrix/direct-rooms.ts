import type { MatrixClient } from "matrix-bot-sdk";
import type { Log } from "../../log.js";
import { describeError } from "./errors.js";

/** Who is in a room, as far as privacy goes. */
interface RoomShape {
  /** Joined members, when there are at most two (more: `crowded`). */
  joined: readonly string[];
  crowded: boolean;
  /** Invited people (who could read the history once they join). */
  invited: readonly string[];
  /** `world_readable`: anyone can read it without joining. */
  worldReadable: boolean;
}

const REMEMBERED = 5_000;
const key = (userId: string) => `dm:${userId}`;
const enc = encodeURIComponent;

/**
 * Direct rooms: a room is a private place for a person when its only joined members are Jura
 * and that person, nobody else is invited, and its history is not world-readable (readable
 * without joining). A command typed there is private for the core, so a secret ballot may be
 * cast in it. Shapes are cached per room and dropped (`forget`) as soon as a member or history
 * visibility event of the room arrives, so someone joining makes it public again before any
 * later command of theirs is read. Any doubt (the homeserver does not answer) means not private.
 *
 * It also remembers each person's direct room with Jura (in the bot's storage), to tell them
 * privately what they must not be told in a shared room, and opens one when there is none.
 */
export class DirectRooms {
  private readonly shapes = new Map<string, Promise<RoomShape | undefined>>();
  private readonly known = new Map<string, string>();

  constructor(
    private readonly client: MatrixClient,
    private readonly storage: {
      readOwn(k: string): Promise<string | undefined>;
      writeOwn(k: string, v: string): Promise<void>;
    },
    private readonly log: Log,
  ) {}

  /** Something about who may read `roomId` changed (a member or history visibility event). */
  forget(roomId: string): void {
    this.shapes.delete(roomId);
  }

  /** Whether only Jura and `userId` can read `roomId`; when so, it is remembered as their direct room. */
  async isPrivateFor(roomId: string, userId: string): Promise<boolean> {
    const shape = await this.shape(roomId);
    const me = await this.client.getUserId();
    const only = shape ? privateFor(shape, me, userId) : false;
    if (only && this.known.get(userId) !== roomId) {
      this.known.set(userId, roomId);
      await this.storage
        .writeOwn(key(userId), roomId)
        .catch((err: unknown) => this.log.warn({ err, roomId }, "could not remember a direct room"));
    }
    return only;
  }

  /**
   * A room where only Jura and `userId` read what Jura says: the one they last used with Jura if
   * it is still private, else a new one Jura opens and invites them to (they see its messages
   * once they accept). Undefined when neither works.
   */
  async directRoomOf(userId: string): Promise<string | undefined> {
    const stored = this.known.get(userId) ?? (await this.storage.readOwn(key(userId)).catch(() => undefined));
    const me = await this.client.getUserId();
    if (stored) {
      this.forget(stored);
      const shape = await this.shape(stored);
      if (shape && (privateFor(shape, me, userId) || invitedOnly(shape, me, userId))) return stored;
    }
    try {
      const roomId = (await this.client.createRoom({
        preset: "trusted_private_chat",
        is_direct: true,
        invite: [userId],
      })) as string;
      this.known.set(userId, roomId);
      await this.storage.writeOwn(key(userId), roomId);
      this.log.info({ roomId, userId }, "opened a direct room to tell someone something privately");
      return roomId;
    } catch (error) {
      this.log.warn({ userId, err: describeError(error) }, "could not open a direct room");
      return undefined;
    }
  }

  private shape(roomId: string): Promise<RoomShape | undefined> {
    let shape = this.shapes.get(roomId);
    if (!shape) {
      shape = this.read(roomId);
      this.shapes.set(roomId, shape);
      if (this.shapes.size > REMEMBERED) {
        const oldest = this.shapes.keys().next().value;
        if (oldest !== undefined) this.shapes.delete(oldest);
      }
    }
    return shape;
  }

  private async read(roomId: string): Promise<RoomShape | undefined> {
    try {
      const room = `/_matrix/client/v3/rooms/${enc(roomId)}`;
      const { joined } = (await this.client.doRequest("GET", `${room}/joined_members`)) as {
        joined?: Record<string, unknown>;
      };
      const members = Object.keys(joined ?? {});
      if (members.length > 2) return { joined: [], crowded: true, invited: [], worldReadable: false };
      const invites = (await this.client.doRequest("GET", `${room}/members`, { membership: "invite" })) as {
        chunk?: Array<{ state_key?: unknown; content?: { membership?: unknown } }>;
      };
      const invited = (invites.chunk ?? []).flatMap((e) =>
        e.content?.membership === "invite" && typeof e.state_key === "string" ? [e.state_key] : [],
      );
      const visibility = (await this.client
        .getRoomStateEvent(roomId, "m.room.history_visibility", "")
        .catch(() => ({}))) as { history_visibility?: unknown };
      return {
        joined: members,
        crowded: false,
        invited,
        worldReadable: visibility.history_visibility === "world_readable",
      };
    } catch (error) {
      this.shapes.delete(roomId);
      this.log.warn({ roomId, err: describeError(error) }, "could not tell whether a room is private");
      return undefined;
    }
  }
}

function privateFor(shape: RoomShape, me: string, userId: string): boolean {
  return (
    !shape.crowded &&
    shape.invited.length === 0 &&
    !shape.worldReadable &&
    shape.joined.length === 2 &&
    shape.joined.includes(me) &&
    shape.joined.includes(userId)
  );
}

/** A room Jura opened for someone who has not accepted yet: Jura alone, them invited. */
function invitedOnly(shape: RoomShape, me: string, userId: string): boolean {
  return (
    !shape.crowded &&
    !shape.worldReadable &&
    shape.joined.length === 1 &&
    shape.joined[0] === me &&
    shape.invited.length === 1 &&
    shape.invited[0] === userId
  );
}

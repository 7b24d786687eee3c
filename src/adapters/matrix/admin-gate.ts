import type { MatrixClient } from "matrix-bot-sdk";
import type { PlaceGuard } from "../../core/commands/execute.js";
import { UserError } from "../../core/errors.js";
import type { PlaceId } from "../../core/ids.js";
import { roomOf } from "./identity.js";
import { adminLevel, joinedRoomPower, powerOf } from "./power.js";

/**
 * Commands that change what a room is or how a circle runs (`group sub`, or a whole adapter-side
 * group such as `space`): a room may ask a power level for them with `org.jura.admin`. When a
 * setting becomes a circle proposal, the gate applies when the proposal is made.
 */
const ADMIN_COMMANDS: ReadonlySet<string> = new Set([
  "circle create",
  "circle set",
  "federation create",
  "space",
]);

export function isAdminCommand(group: string, name: string): boolean {
  return ADMIN_COMMANDS.has(name ? `${group} ${name}` : group);
}

/**
 * The `org.jura.admin` gate for the core's {@link PlaceGuard}: an admin command may only change
 * Matrix rooms Jura is in (a place on another platform cannot be checked from here), and in each
 * room that asks a level, `sender` must have it. `typedIn` is the room the command was written
 * in, so the refusal can say "this room" or name the other one. Other commands pass.
 */
export function adminGate(client: MatrixClient, sender: string, typedIn: string): PlaceGuard {
  return async (places, command) => {
    if (isAdminCommand(command.group, command.name)) await requireAdminPower(client, sender, typedIn, places);
  };
}

/** Throws a UserError saying why `sender` may not run an admin command changing `places`. */
export async function requireAdminPower(
  client: MatrixClient,
  sender: string,
  typedIn: string,
  places: readonly PlaceId[],
): Promise<void> {
  for (const place of places) {
    const roomId = roomOf(place);
    if (!roomId) throw new UserError("matrix.place_other_platform", { place });
    const power = await joinedRoomPower(client, roomId);
    if (!power) throw new UserError("matrix.room_not_joined", { room: roomId });
    const needed = adminLevel(power);
    if (needed === undefined) continue;
    const has = powerOf(power, sender);
    if (has < needed) {
      const here = roomId === typedIn ? "yes" : "no";
      throw new UserError("matrix.admin_power", { here, room: roomId, needed, has });
    }
  }
}

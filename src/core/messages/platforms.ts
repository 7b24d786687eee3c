/** English messages of the chat platforms' own rules: Matrix rooms and power levels, Discord roles. */
export const platforms = {
  "matrix.place_other_platform":
    "{place} is a place on another platform: from Matrix, name a Matrix room (#alias:server, !id:server or a matrix.to link).",
  "matrix.room_not_joined": "I am not in the room {room}: invite me there first, then try again.",
  "matrix.admin_power":
    "{here, select, yes {This room} other {The room {room}}} asks power level {needed} for Jura's admin commands (org.jura.admin in its power levels); you have {has}{here, select, yes {} other { there}}.",
  "discord.stale_component": "This no longer does anything: use Jura's slash commands.",
} as const;

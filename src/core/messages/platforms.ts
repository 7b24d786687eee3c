/** English messages of the chat platforms' own rules: Matrix rooms and power levels, Discord roles. */
export const platforms = {
  "matrix.place_other_platform":
    "{place} is a place on another platform: from Matrix, name a Matrix room (#alias:server, !id:server or a matrix.to link).",
  "matrix.room_not_joined": "I am not in the room {room}: invite me there first, then try again.",
  "matrix.admin_power":
    "{here, select, yes {This room} other {The room {room}}} asks power level {needed} for Jura's admin commands (org.jura.admin in its power levels); you have {has}{here, select, yes {} other { there}}.",
  "discord.stale_component": "This no longer does anything: use Jura's slash commands.",
  "discord.proposal_button":
    "{answer, select, agree {Agree} abstain {Abstain} object {Object} block {Block} other {{answer}}}",
  "discord.proposal_why_title": "{answer, select, block {Block} other {Object to}} proposal #{id}",
  "discord.proposal_why_label": "Why?",
  "discord.proposal_why_description":
    "{answer, select, block {A block stops the proposal while it stands.} other {An objection turns the decision into a vote.}} Others read your reason.",
  "discord.proposal_why_missing":
    "Your answer was not recorded: the form came back without a reason. Use the button again, or /proposal {answer} {id} <why>.",
  "discord.role_sync_problem": "A decision changed who holds a mandate here, but {problem}",
} as const;

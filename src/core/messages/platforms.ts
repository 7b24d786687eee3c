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
  "matrix.proposal_react":
    "You may also react to this message: 👍 agrees, 🤷 abstains. An objection needs its reason in words: !jura proposal object {id} <why>.",
  "matrix.proposal_object_how":
    "An objection needs a reason the others can answer: say !jura proposal object {id} <why> (or !jura proposal block {id} <why> to block it).",
  "matrix.secret_poll_how":
    "Secret ballot: do not vote in this room, where everyone sees every vote. Vote in a direct chat with me ({bot}): !jura poll vote {id} <number>, until {until}. Your vote is confirmed to you alone; only the totals are shown, once it closes.",
  "matrix.secret_poll_response":
    "Poll #{id} is a secret ballot: a poll response is a room event everyone can read, so it was not counted. Vote in a direct chat with me: !jura poll vote {id} <number>.",
  "matrix.private_elsewhere":
    "This answer is for you alone, and this room is not private: ask again in a direct chat with me.",
  "matrix.space_joined": "“{circle}”'s room is now in the space of “{federation}”: {link}",
  "matrix.space_left": "“{circle}”'s room has left the space of “{federation}”.",
  "matrix.space_failed": "(The Matrix space could not be updated: {why}. Try !jura space sync {federation}.)",
} as const;

/** English messages of the limits that keep a federation usable (core/limits.ts). */
export const limits = {
  "limit.commandsPerPersonPerMinute":
    "That is more than {limit} commands from you in a minute, the most one person may send. Wait a minute and try again. (Limit {setting}.)",
  "limit.commandsPerPlacePerMinute":
    "This place has had {limit} commands in the last minute, the most it takes. Wait a minute and try again. (Limit {setting}.)",
  "limit.circlesPerFounder":
    "You have founded {limit} circles already, the most one person may. (Limit {setting}, set by whoever runs Jura.)",
  "limit.federationsPerFounder":
    "You have founded {limit} federations already, the most one person may. (Limit {setting}, set by whoever runs Jura.)",
  "limit.openPollsPerCircle":
    "This circle has {limit} open polls, the most it may have at once: close one first. (Limit {setting}.)",
  "limit.openProposalsPerScope":
    "There are {limit} open proposals here, the most at once: let some close or withdraw one first. (Limit {setting}.)",
  "limit.openProposalsPerPerson":
    "You have {limit} open proposals, the most one person may: let some close or withdraw one first. (Limit {setting}.)",
  "limit.rotationsPerScope":
    "There are {limit} rotations here already, the most there may be. (Limit {setting}.)",
  "limit.convergencesPerFederation":
    "This federation has {limit} convergences planned, the most there may be: cancel one first. (Limit {setting}.)",
  "limit.openRequestsPerCircle":
    "Your circle has {limit} open aid requests, the most at once: close one first. (Limit {setting}.)",
  "limit.invitationsPerCircle":
    "Your circle has {limit} invitations waiting, the most at once. (Limit {setting}.)",
  "limit.announcementsPerPlacePerDay":
    "This place has had {limit} announcements today, the most Jura sends it in a day. (Limit {setting}.)",
  "limit.flood_summary":
    "Jura has sent {limit} announcements here in the last day, the most it sends one place: the rest of today's are held back, and kept in the record (circle history). (Limit {setting}.)",
  "limit.more_than_daily": "{what} happen at most once a day: that cadence falls more often",
  "limit.reminders": "at most {count} reminders before each occurrence",
} as const;

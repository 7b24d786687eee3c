/** English names of the settings a history line says were changed (core/history.ts). */
export const settings = {
  "record.setting":
    "{name, select, purpose {purpose} timezone {timezone} homePlace {home room} open {who may join} recallQuorum {recall quorum} recallThreshold {recall threshold} decisionRule {how it decides} decisionWindowMinutes {decision window} quiet {announcements kept out} mandateMaxDays {longest mandate} digestEveryDays {digest rhythm} pageVisibility {who reads its page} threshold {treasurer's threshold} unit {unit} memos {line memos} window {decision window} other {{spaced}}}",
} as const;

/**
 * English messages of people across platforms: how a person of another platform is named, what
 * Jura says when a name typed back is unknown or ambiguous, and `me link` / `me unlink`.
 */
export const people = {
  "people.platform": "{platform, select, discord {Discord} matrix {Matrix} other {shell}}",
  "people.elsewhere": "{name} ({platform, select, discord {Discord} matrix {Matrix} other {shell}})",
  "people.elsewhere_handle":
    "{name} ({platform, select, discord {Discord} matrix {Matrix} other {shell}} ~{handle})",
  "people.unnamed":
    "{platform, select, discord {a Discord member} matrix {a Matrix user} other {someone in the shell}}",
  "people.reserved_character":
    "The characters “⟦” and “⟧” are Jura's own (it marks people with them): write the command without them.",
  "people.ambiguous":
    "Who do you mean by “{name}”? {count, plural, one {# person fits} other {# people fit}}: {candidates}. Name one by handle, e.g. @~{example}.",
  "people.unknown_name":
    'I know nobody called “{name}”. Name a person as Jura shows them, e.g. @"Bob (Discord)", or by the handle Jura gives them, e.g. @~bob.',
  "people.unknown_handle": "Nobody has the handle ~{handle}.",
  "people.unknown_number":
    'That number is no Discord member Jura knows. Name a Discord member as Jura shows them, e.g. @"Bob (Discord)", or by the handle Jura gives them, e.g. @~bob.',
  "people.candidate": "{person} (@~{handle})",
  "people.link_code":
    "To make this account and your account on another platform one person, enter this code from the other account within {minutes} minutes, where only you see it: on Discord, the command “me link” with code:{code}; on Matrix, say !jura me link {code} in a direct chat with me. It works once.",
  "people.link_status":
    "{accounts} are one person. To separate them: me unlink (their memberships, votes and mandates stay with {person}).",
  "people.link_in_private":
    "A link code must be entered where only you see it (a direct chat with me on Matrix, Jura's me link slash command on Discord). This code was seen here, so it is void now: ask for a new one.",
  "people.link_bad_code":
    "That code is not valid: it is wrong, used or expired. {left, plural, =0 {No more tries from this account for an hour.} one {# more try this hour.} other {# more tries this hour.}}",
  "people.link_too_many": "Too many wrong codes from this account: try again after {until} (UTC).",
  "people.link_same_account":
    "This is the account that asked for the code: enter it from your other account.",
  "people.link_same_platform":
    "Both accounts are on {platform, select, discord {Discord} matrix {Matrix} other {the shell}}: a person links accounts on different platforms.",
  "people.link_taken": "{account} is already one person with {other}: separate them first with me unlink.",
  "people.linked":
    "Linked: {mine} and {other} are one person now, {person}. Their memberships, votes, mandates, proposal answers, RSVPs and turns are that person's: where both accounts had one (the same circle, the same poll or proposal), one remains: the earliest membership, the latest vote, answer or RSVP.{merged, plural, =0 {} one { # duplicate was merged.} other { # duplicates were merged.}}",
  "people.not_linked": "This account is not linked with another: me link links it.",
  "people.unlinked":
    "{account} is an account on its own again. Memberships, votes and mandates stay with {person}; the record keeps what each account did and when.",
  "record.action.me.link": "{actor} and {person} became one person (me link).",
  "record.action.me.unlink": "{actor} and {person} are separate accounts again (me unlink).",
} as const;

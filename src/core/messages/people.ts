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
    "Your link code: {code}. Within {minutes} minutes, from your account on the other platform, enter it: on Discord /me link code:{code}, on Matrix !jura me link {code}. It works once; only you see it here.",
  "people.link_status":
    "{accounts} are one person. To separate them, say me unlink from the linked account: the memberships, votes and mandates stay with {person}.",
  "people.link_bad_code":
    "That code is not valid: it is wrong, used or expired. {left, plural, =0 {No more tries from this account for an hour.} one {# more try this hour.} other {# more tries this hour.}}",
  "people.link_too_many": "Too many wrong codes from this account: try again in an hour.",
  "people.link_same_account":
    "This is the account that asked for the code: enter it from your other account.",
  "people.link_same_platform":
    "Both accounts are on {platform, select, discord {Discord} matrix {Matrix} other {the shell}}: a person links a Matrix account and a Discord account.",
  "people.link_taken": "{account} is already one person with {other}: separate them first with me unlink.",
  "people.link_same_circle":
    "Both accounts are members of {circles}: a person is one member, so one of the accounts leaves first (circle leave), then link them.",
  "people.link_conflict":
    "Both accounts hold a place in the same {what, select, poll_voter {poll} proposal_voice {proposal} convergence_rsvp {convergence} mandate {mandate} spokesperson {spokesperson role} other {record ({what})}}: Jura does not guess which one stays. Link them once it is over.",
  "people.linked":
    "Linked: {account} and {person} are one person now. What this account is (memberships, votes, mandates, turns, RSVPs, answers) is that person's; what it did stays in the record as it was.",
  "people.not_linked": "This account is not linked with another: me link links it.",
  "people.unlink_person":
    "This is the person's own account: say me unlink from the account that was linked to it ({accounts}).",
  "people.unlinked":
    "{account} is an account on its own again. Memberships, votes and mandates stay with {person}; the record keeps what each account did and when.",
  "record.action.me.link": "{actor} and {person} became one person (me link).",
  "record.action.me.unlink": "{actor} and {person} are separate accounts again (me unlink).",
} as const;

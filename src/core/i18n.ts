/**
 * English message catalogue. Every text a user can see from the core goes through `t()`, so a
 * second language is one more catalogue, not a hunt through handlers.
 */
const en = {
  "input.empty": "Say a command, for example `help`.",
  "input.too_long": "That command is {length} characters long; the limit is {max}.",
  "input.unterminated_quote": "A quote opened at character {position} is never closed.",
  "command.unknown": "There is no command `{name}`. Try `help` to see what exists.",
  "command.unknown_sub": "The group `{group}` has no command `{name}`. It has: {subs}.",
  "command.missing_sub": "`{group}` needs a command after it: {subs}.",
  "args.invalid": "{problems}\nUsage: {usage}",
  "args.field": "{field}: {problem}",
  "args.too_many": "Too many values: `{extra}` is not expected here.",
  "args.unknown_key": "`{key}:` is not an option of this command.",
  "args.duplicate_key": "`{key}:` is given twice.",
  "args.bad_mention": "`@{raw}` does not name a person I can recognise.",
  "person.invalid": "not a person (mention them with @)",
  "place.invalid": "not a place I recognise",
  "name.invalid": "names are 1-64 letters, digits, spaces and - _ . ' & (no control or invisible characters)",
  "timezone.invalid": "unknown timezone (use an IANA name such as Europe/Paris)",
  "time.invalid":
    "not a date or duration (use 2027-03-18, 2027-03-18T18:00, or a duration such as 90d, 12w, 6mo, 1y)",
  "time.past": "That date is already past: {when}.",
  "circle.not_found": "There is no circle named “{name}”.",
  "circle.no_home_here":
    'This place is not any circle\'s home. Name the circle, for example circle:"Green Valley".',
  "circle.exists": "A circle named “{name}” already exists.",
  "circle.place_taken": "This place is already the home of circle “{name}”. Give another with place:…",
  "circle.not_member": "Only members of “{circle}” can do that, and you are not one.",
  "circle.already_member": "You are already a member of “{circle}”.",
  "circle.person_already_member": "{person} is already a member of “{circle}”.",
  "circle.closed": "“{circle}” is open by invitation only. Ask a member to invite you.",
  "circle.nothing_to_change":
    "Nothing to change: give purpose:…, tz:…, place:…, open:yes/no, recall_quorum:… or recall_threshold:…",
  "federation.not_found": "There is no federation named “{name}”.",
  "federation.exists": "A federation named “{name}” already exists.",
  "federation.already_in": "“{circle}” already belongs to federation “{federation}”.",
  "federation.not_in": "“{circle}” is not in federation “{federation}”.",
  "mandate.not_member": "{person} is not a member of “{circle}”; a circle can only mandate its own members.",
  "mandate.not_found": "There is no active mandate #{id}.",
  "mandate.not_yours":
    "Mandate #{id} is held by {person}; only they can give it back (“{circle}” can recall it).",
  "mandate.too_long": "a mandate lasts at most {days} days; renew it when it ends",
  "mandate.bad_order": "A mandate must end after it starts.",
  "federation.not_member": "Only members of a circle in “{federation}” can do that.",
  "rotation.not_found": "“{name}” has no rotation “{role}”. Rotations there: {known}.",
  "rotation.exists": "“{name}” already has a rotation “{role}”. Change it with /rotation edit.",
  "rotation.bad_cadence": "every: {problem}",
  "rotation.no_occurrence": "That cadence never falls after {when}.",
  "rotation.no_upcoming": "{person} has no upcoming term of “{role}” in the next {count} terms.",
  "rotation.not_holder": "Only the incoming or outgoing holder of “{role}” can confirm its handover.",
  "rotation.nothing_to_confirm": "There is no handover of “{role}” waiting for confirmation.",
  "rotation.not_circle_rotation":
    "“{role}” is a federation rotation: name the person of the circle that holds it.",
  "rotation.not_federation_rotation": "“{role}” rotates among people; there is nobody to name.",
  "rotation.not_holding_circle": "“{circle}” does not hold “{role}” now or next; {holder} does.",
  "rotation.nothing_to_change": "Nothing to change: give every:…, lead:… or checklist:…",
  "spokesperson.none": "Nobody speaks for {where} on “{domain}” yet.",
  "poll.not_found": "There is no poll #{id}.",
  "poll.closed": "Poll #{id} is already closed.",
  "poll.no_vote": "You have no vote{choice} in poll #{id} to withdraw.",
  "poll.not_eligible":
    "Your vote was not counted: poll #{id} is for the members of “{circle}” when it opened, and you were not one of them.",
  "poll.bad_choice": "“{choice}” is not an option of poll #{id}. Options: {options}.",
  "poll.not_opener":
    "Only {person}, who opened poll #{id}, can close it early; recall polls run to their end.",
  "recall.no_mandate": "{person} holds no active mandate{where}.",
  "aid.no_federation":
    "“{circle}” is not part of a federation yet; mutual aid goes through one (/federation join <name>).",
  "aid.request_not_found": "There is no aid request #{id}.",
  "aid.request_ended": "Aid request #{id} is {status}; it takes no more offers or changes.",
  "aid.own_request": "Request #{id} is “{circle}”'s own; offers come from other circles.",
  "aid.offer_not_found": "There is no offer #{id}.",
  "aid.offer_state": "Offer #{id} is {status}, so it cannot be {action}.",
  "aid.offer_not_request": "Offer #{id} answers a reflection, not a request: there is nothing to accept.",
  "reflection.not_found": "There is no reflection #{id}.",
  "reflection.resolved": "Reflection #{id} is already resolved.",
  "reflection.affirmed": "You have already affirmed reflection #{id}; each person counts once.",
  "reflection.needs": "say what would help: material, advice and/or affirmation, separated by |",
  "recall.which": "{person} holds several mandates: {list}. Say which with mandate:<number>.",
  "recall.open": "A recall poll on mandate #{mandate} is already open: poll #{poll}.",
  "internal.apology": "Sorry, something went wrong on my side (reference {ref}). Nothing was changed.",
} as const;

export type MessageCode = keyof typeof en;
export type MessageParams = Readonly<Record<string, string | number>>;

/** Renders a catalogue message, replacing `{name}` placeholders; unknown placeholders stay visible. */
export function t(code: MessageCode, params: MessageParams = {}): string {
  return en[code].replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    return value === undefined ? whole : String(value);
  });
}

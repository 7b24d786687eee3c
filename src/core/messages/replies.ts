/** English replies and announcements that handlers used to build as literal sentences (issue 16). */
export const replies = {
  "aid.offer_accepted_notice":
    "“{circle}” accepted your offer #{offer} ({what}). Say when it is done: /aid fulfilled {offer}.",
  "aid.offer_accepted": "Offer #{offer} is accepted for request #{request}.",
  "aid.request_closed_notice": "“{circle}” closed request #{request} ({what}).",
  "aid.request_closed": "Request #{request} is closed.",
  "aid.none_yet": "No aid requests yet.",
  "aid.none_open": "No open aid requests.",
  "poll.published_title": "Poll #{id} of “{circle}”: {question}",
  "poll.new_notice": "“{circle}” has a new poll, #{id}: {question} (/poll show {id}).",
  "poll.vote_how": "Vote with: /poll vote {id} <number or option>, until {until}.",
  "poll.rules": "Quorum {quorum} %; an option needs more than {threshold} % of votes.",
  "poll.too_long": "a poll runs at most {days} days",
  "recall.poll_title":
    "Recall poll #{id}: should “{circle}” recall {person} from mandate #{mandate} ({scope})? Say recall or keep.",
  "recall.federation_notice":
    "“{circle}” is voting on recalling its delegate {person} (mandate #{mandate}) until {closes}.",
  "mandate.none_in":
    "{all, select, yes {No mandates in “{scope}”.} other {No active mandates in “{scope}”.}}",
  "mandate.list_title": "Mandates in “{scope}” ({count}):",
  "mandate.line": "#{id} {delegate} for “{circle}”: {scope} ({span})",
  "mandate.until": "until {when}",
  "convergence.rsvp_noted":
    "Noted: {answer, select, yes {coming} maybe {maybe} other {not coming}} for “{title}”. So far {yes} coming, {maybe} maybe, {no} not coming.",
  "poll.closed_title": "Poll #{id} closed: “{question}”",
  "poll.no_winner": "No option carried it.",
  "poll.result": "Result: {option}.",
  "recall.the_delegate": "the delegate",
  "recall.passed_notice":
    "“{circle}” recalled {person}: mandate #{mandate} ({scope}) ends now and the role is free.",
  "recall.failed_notice":
    "The recall did not pass{quorum, select, missed { (quorum not met)} other {}}: mandate #{mandate} of {person} stands.",
  "poll.turnout":
    "{cast} of {eligible} voted ({turnout} %), quorum {quorum} % {met, select, yes {met} other {not met}}",
  "handoff.nobody_available":
    "Nobody is available to be {role} of “{owner}” from {when} (term {term}). Someone back early? Tell the circle.",
  "handoff.heads_up":
    "Heads-up {name}: you become {role} of “{owner}” on {when} (term {term}). Can’t? Say /rotation skip {rotation}, or agree a swap.",
  "handoff.heads_up_circle": "Heads-up {name}: your circle holds {what} from {when} (term {term}). {ask}",
  "handoff.what_spotlight": "the media spotlight of “{owner}”",
  "handoff.what_role": "{role} for “{owner}”",
  "handoff.ask_spotlight": "Think about the story you want to tell.",
  "handoff.ask_name": 'Name your person with: /rotation name {rotation} @person federation:"{owner}"',
  "handoff.nobody_took_over": "Nobody could take over as {role} of “{owner}” for term {term}.",
  "handoff.spotlight_turns":
    "The media spotlight of “{owner}” now turns to {name} (term {term}): the circle that had it least recently.",
  "handoff.now_holder":
    "{name} is now {role} of “{owner}” (term {term}){from, select, none {} other {, taking over from {from}}}.",
  "handoff.next": "Next: {name} on {when}.",
  "handoff.reminder": "Reminder: the {role} handover of term {term} is not confirmed yet.",
  "handoff.checklist": "Handover checklist: {items}",
  "handoff.confirm": "{who}: confirm with /rotation confirm {rotation}{domain} once done.",
  "mandate.renewal_due":
    "Mandate #{id} of {person} ({scope}) ends {ends}. Renew it with: /mandate renew {id} until:90d — or grant a new one, or let it end.",
  "mandate.expired_notice":
    "Mandate #{id} of {person} for “{circle}” ({scope}) ended at {ended}. The circle may grant a new one.",
  "ritual.on_this_day": "On this day, {day}: {title}. (Ritual calendar of “{federation}”.)",
  "aid.request_expired_notice":
    "Aid request #{id} of “{circle}” expired unanswered: {what}. If the need remains, ask again with /aid request.",
  "aid.offer_reminder":
    "Reminder: offer #{id} from “{circle}” ({what}) was accepted{by, select, none {} other { by “{by}”}} and is not fulfilled yet. When it is: /aid fulfilled {id} ({person} offered it).",
  "convergence.in_words":
    "{unit, select, d {{n, plural, one {# day} other {# days}}} h {{n, plural, one {# hour} other {# hours}}} other {{n, plural, one {# minute} other {# minutes}}}}",
  "convergence.start_until": "{start} until {end}",
  "convergence.agenda_label": "Agenda: {agenda}",
  "convergence.founding_story": "The founding story, “{title}”:",
  "convergence.reminder_text": "Reminder: “{title}” (convergence #{id}) is in {in} — {start}.",
  "convergence.rsvp_how": "RSVP: /convergence rsvp {id} yes|maybe|no",
  "convergence.begins_text": "“{title}” (convergence #{id}) begins now — {start}.",
  "calendar.added":
    "Added #{id} to the calendar of “{federation}”: {day}, {title}{announced, select, yes { — announced on the day} other {}}.",
  "calendar.announce_set":
    "“{title}” will {announced, select, yes {} other {no longer }}be announced on its day.",
  "calendar.empty":
    "“{federation}” has an empty calendar. Add a day with: /calendar add <MM-DD> <title> federation:{federation}",
  "calendar.title": "Ritual calendar of “{federation}”:",
  "calendar.row": "- #{id} {day}: {title} {announced, select, yes {(announced)} other {(not announced)}}",
  "calendar.removed": "Removed #{id} ({day}: {title}) from the calendar of “{federation}”.",
  "circle.invited": "{person} is invited to “{circle}”. They accept with: /circle join {circle}",
  "circle.none_in": "“{federation}” has no circles yet.",
  "circle.none": "No circles yet. Start one with: /circle create <name>",
  "circle.list_title_of": "Circles of “{federation}” ({count}):",
  "circle.list_title": "Circles ({count}):",
  "convergence.none":
    "“{federation}” has no convergences yet. Schedule one with: /convergence schedule <title> every:<cadence> federation:{federation}",
  "convergence.next": "next {start}",
  "convergence.no_more_dates": "no more dates",
  "convergence.list_title": "Convergences of “{federation}”:",
  "federation.founded":
    "Federation “{federation}” is founded. A circle joins by its own decision: /federation join {federation} circle:<circle>",
  "federation.none": "No federations yet. Found one with: /federation create <name>",
  "federation.list_row": "- {name} ({count, plural, one {# circle} other {# circles}})",
  "federation.list_title": "Federations ({count}):",
  "mandate.renounced": "{person} gave back mandate #{id} (“{scope}”) of “{circle}”.",
  "poll.closed_now": "Poll #{id} is closed; the result is being announced.",
  "poll.none_yet": "No polls yet.",
  "poll.none_open": "No open polls.",
  "poll.until": "until {when}",
  "poll.list_title": "Polls ({count}):",
  "poll.unvoted": "Your vote in poll #{id} is withdrawn. You may vote again until it closes.",
  "poll.voted": "Your vote “{choice}” in poll #{id} is counted. You may change it until {until}.",
  "rotation.away_noted":
    "Noted: you are away from {from} until {until}. “{circle}”'s rotations pass you over meanwhile.",
  "rotation.ended_reply": "The rotation of {role} in “{owner}” has ended.",
  "rotation.none": "“{owner}” has no rotations yet. Start one with: /rotation create <role> every:<cadence>",
  "rotation.list_title": "Rotations of “{owner}”:",
  "rotation.next_handoff": " · next handoff {when}",
  "rotation.nobody_yet": "nobody yet",
  "rotation.skipped": "You skip term {term} ({when}); {holder} takes it.",
  "story.none": '“{federation}” keeps no stories yet. Add one with: /story add <title> text:"…"',
  "story.list_title": "Stories of “{federation}”:",
  "story.no_such": "“{federation}” has no story #{id}",
  "story.no_founding":
    '“{federation}” has no founding story yet; add one with /story add <title> text:"…" founding:yes',
  "story.told_title":
    "{founding, select, yes {The founding story of} other {A story of}} “{federation}”: {title}",
  "reflect.affirmed": "Reflection #{id} now has {count, plural, one {# affirmation} other {# affirmations}}.",
  "reflect.resolved_notice": "“{circle}” resolved reflection #{id}: {note}",
  "reflect.resolved": "Reflection #{id} is resolved and kept in the archive.",
  "reflect.none_mention": "No reflection mentions “{search}”.",
  "reflect.none": "No reflections yet.",
  "reflect.advice_notice": "New advice on reflection #{id}: {text} (/reflect show {id})",
  "reflect.advice_kept": "Your advice is kept with reflection #{id}.",
  "reflect.shared_notice":
    "“{circle}” shares reflection #{id}: {happened}\nWhat we learned: {learned}\nWould help: {needs}. Answer with {answers}.",
  "reflect.shared": "Reflection #{id} is shared with “{federation}”. Thank you for the tuition.",
  "reflect.show_title": "Reflection #{id} of “{circle}”, shared {when} by {person}",
  "reflect.show_happened": "What happened: {text}",
  "reflect.show_learned": "What we learned: {text}",
  "reflect.show_needs": "Would help: {needs}",
  "reflect.show_affirmations": "Affirmations: {count}",
  "reflect.show_advice": "Advice:",
  "reflect.show_offers": "Offers:",
  "reflect.show_resolved": "Resolved {when}: {resolution}",
  "reflect.show_open": "Still open: the circle closes it with /reflect resolve.",
  "convergence.show_title":
    "Convergence #{id} “{title}” of “{federation}”{cancelled, select, yes { (cancelled)} other {}}",
  "convergence.show_recurs": "Recurs: {cadence} · timezone {timezone}",
  "convergence.show_once": "Once · timezone {timezone}",
  "convergence.show_reminders": "Reminders: {reminders} before",
  "convergence.show_next": "Next: {starts}",
  "convergence.show_coming":
    "Coming{on, select, none {} other { on {on}}}: {yes} · maybe: {maybe} · not coming: {no}",
  "rotation.confirmed_side":
    "Confirmed on your side. The handover of {role} completes when the other side confirms too.",
  "rotation.handover_complete":
    "The {role} handover of “{owner}” (term {term}) is complete: both sides confirmed the checklist.",
  "aid.digest_rhythm": "“{federation}” gets a mutual-aid digest every {days} days; the next one {next}.",
  "spokesperson.rotating": "{person} (rotating)",
  "spokesperson.any_circle_of": "any circle of “{federation}”",
  "spokesperson.list_title": "Spokespersons on {domain}:",
  "convergence.scheduled":
    "Convergence #{id} “{title}” of “{federation}” scheduled{cadence, select, none {} other { ({cadence})}}. {many, select, yes {Next} other {It}}:",
  "poll.state_closed": "closed {when}",
  "poll.state_open": "open until {when}",
  "poll.show_title":
    "Poll #{id} of “{circle}” ({recall, select, yes {recall, } other {}}{state}): {question}",
  "poll.show_turnout": "{turnout}; an option needs more than {threshold} % of votes.",
  "args.required": "is required",
} as const;

/** English replies and announcements that handlers used to build as literal sentences (issue 16). */
export const replies = {
  "circle.size_small":
    "“{circle}” has {count, plural, one {# member} other {# members}}: below {min} it is too small to rotate roles well. Invite a few more people.",
  "circle.size_large":
    "“{circle}” has {count} members: above {max} it may be time to split into two circles.",
  "circle.welcome": "Welcome to “{circle}”: {count, plural, one {# member} other {# members}} now.",
  "circle.left": "You left “{circle}”; {count, plural, one {# member remains} other {# members remain}}.",
  "circle.left_mandates":
    "{count, plural, one {Your mandate {ids} ended.} other {Your mandates {ids} ended.}}",
  "aid.offer_accepted_notice":
    "“{circle}” accepted your offer #{offer} ({what}). Say when it is done: /aid fulfilled {offer}.",
  "aid.offer_accepted": "Offer #{offer} is accepted for request #{request}.",
  "aid.request_closed_notice": "“{circle}” closed request #{request} ({what}).",
  "aid.request_closed": "Request #{request} is closed.",
  "aid.none_yet": "No aid requests yet.",
  "aid.none_open": "No open aid requests.",
  "poll.published_title": "Poll #{id} of “{circle}”: {question}",
  "poll.new_notice": "“{circle}” has a new poll, #{id}: {question} (/poll show {id}).",
  "poll.open_until":
    "Poll #{id} is open until {closes}; {count, plural, one {# member may vote} other {# members may vote}}.",
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
} as const;

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
} as const;

/**
 * English messages of the open record (issue 15): the audit log as sentences (one
 * `record.action.<action>` per audit action; test/unit/history-sentences.test.ts fails when an
 * action has none), history pages, outcomes in lists, agendas and minutes, exports, the
 * federation's page and the consent to show one's handle.
 */
export const record = {
  "record.system": "Jura",
  "record.someone": "a member",
  "record.decided_by": " (decided by proposal #{id})",
  "record.action_unknown": "{actor}: {action}.",

  "record.action.circle.create": "{actor} founded the circle “{circle}”.",
  "record.action.circle.join":
    "{actor} joined “{circle}”{invited, select, yes { on an invitation} other {}}.",
  "record.action.circle.invite": "{actor} invited {person} to “{circle}”.",
  "record.action.circle.leave":
    "{actor} left “{circle}”{mandates, select, none {} other {; their mandates {mandates} ended}}.",
  "record.action.circle.set": "{actor} changed how “{circle}” works: {changes}.",
  "record.action.circle.remove":
    "{person} was removed from “{circle}”{mandates, select, none {} other {; their mandates {mandates} ended}}.",
  "record.action.federation.create": "{actor} founded the federation “{federation}”.",
  "record.action.federation.join": "“{circle}” joined the federation “{federation}”.",
  "record.action.federation.leave": "“{circle}” left the federation “{federation}”.",
  "record.action.federation.set": "“{federation}” changed how it works: {changes}.",
  "record.action.ledger.income":
    "{actor} recorded {donation, select, yes {a donation} other {income}} of {amount} in the books of “{circle}” (entry #{entry}).",
  "record.action.ledger.expense":
    "{actor} recorded an expense of {amount} in the books of “{circle}” (entry #{entry}).",
  "record.action.ledger.reverse":
    "{actor} reversed entry #{reverses} of “{circle}”'s books (entry #{entry}).",
  "record.action.ledger.budget": "{actor} set a budget for “{circle}”.",
  "record.action.ledger.set": "{actor} changed how “{circle}” keeps its books: {changes}.",
  "record.action.fund.create": "The federation “{federation}” opened a common fund (fund #{fund}).",
  "record.action.fund.pay": "“{circle}” paid {amount} into common fund #{fund} (entry #{entry}).",
  "record.action.fund.draw":
    "{amount} was drawn from common fund #{fund} of “{federation}” (entry #{entry}).",
  "record.action.fund.levy":
    "The federation “{federation}” set its solidarity levy for common fund #{fund}: {rate} of donations above {threshold}.",
  "record.action.credit.pay": "“{circle}” paid {amount} in mutual credit (entry #{entry}).",
  "record.action.credit.limit": "The federation “{federation}” set a mutual-credit limit of {limit}.",
  "record.action.aid.give":
    "“{circle}” gave {amount} for offer #{offer}, in both circles' books (entry #{entry}).",
  "record.action.mandate.grant": "“{circle}” gave {delegate} mandate #{mandate}: {scope}.",
  "record.action.mandate.renew": "“{circle}” renewed mandate #{mandate}.",
  "record.action.mandate.renounce": "{actor} gave back mandate #{mandate} of “{circle}”.",
  "record.action.mandate.expire": "Mandate #{mandate} of “{circle}” expired.",
  "record.action.mandate.recall": "“{circle}” recalled mandate #{mandate} by poll #{poll}.",
  "record.action.recall.start":
    "{actor} asked “{circle}” whether to recall mandate #{mandate} (poll #{poll}).",
  "record.action.poll.start": "{actor} opened poll #{poll} in “{circle}”: {question}",
  "record.action.poll.vote":
    "{secret, select, yes {A ballot was cast in secret poll #{poll}.} other {{actor} voted for option {choice} in poll #{poll}.}}",
  "record.action.poll.unvote":
    "{secret, select, yes {A ballot was withdrawn from secret poll #{poll}.} other {{actor} withdrew their vote in poll #{poll}.}}",
  "record.action.poll.close":
    "Poll #{poll} closed: {counts}; {cast} of {eligible} voted; {winner, select, none {no option carried it} other {option {winner} carried it}}.",
  "record.action.proposal.open": "{actor} proposed #{proposal}: {title}",
  "record.action.proposal.passed": "Proposal #{proposal} passed ({tally}): {title}",
  "record.action.proposal.failed":
    "Proposal #{proposal} passed ({tally}) but could not be carried out: {title}",
  "record.action.proposal.rejected": "Proposal #{proposal} was rejected ({tally}): {title}",
  "record.action.proposal.blocked": "Proposal #{proposal} was blocked ({tally}): {title}",
  "record.action.proposal.lapsed": "Proposal #{proposal} lapsed ({tally}): {title}",
  "record.action.proposal.withdrawn": "{actor} withdrew proposal #{proposal}: {title}",
  "record.action.rotation.create": "{actor} set up the rotation #{rotation} “{role}”.",
  "record.action.rotation.edit": "{actor} changed rotation #{rotation}.",
  "record.action.rotation.end": "{actor} ended rotation #{rotation}.",
  "record.action.rotation.swap": "{actor} swapped a term of rotation #{rotation} with {person}.",
  "record.action.rotation.skip": "{actor} skipped their term {term} of rotation #{rotation}.",
  "record.action.rotation.away": "{actor} is away from {from} to {until}.",
  "record.action.rotation.confirm": "{actor} confirmed the handover of term {term} of rotation #{rotation}.",
  "record.action.rotation.name": "{actor} named {person} for term {term} of rotation #{rotation}.",
  "record.action.spokesperson.name": "“{circle}” named {person} spokesperson for {domain}.",
  "record.action.reflect.share": "“{circle}” shared reflection #{reflection}.",
  "record.action.reflect.advise": "{actor} gave advice on reflection #{reflection}.",
  "record.action.reflect.affirm": "{actor} affirmed reflection #{reflection}.",
  "record.action.reflect.resolve": "“{circle}” closed reflection #{reflection}.",
  "record.action.aid.request": "“{circle}” asked the federation for help (request #{request}).",
  "record.action.aid.offer": "“{circle}” offered help (offer #{offer}).",
  "record.action.aid.accept": "“{circle}” accepted offer #{offer} for request #{request}.",
  "record.action.aid.fulfilled": "Offer #{offer} was fulfilled.",
  "record.action.aid.close": "“{circle}” closed request #{request}.",
  "record.action.convergence.schedule": "{actor} scheduled convergence #{convergence}: {title}",
  "record.action.convergence.cancel": "Convergence #{convergence} was cancelled.",
  "record.action.convergence.agenda":
    "“{circle}” put an item on the agenda of convergence #{convergence}: {text}",
  "record.action.convergence.minutes":
    "{actor} {amended, select, yes {amended} other {recorded}} the minutes of convergence #{convergence} of {date}{decisions, select, none {} other {, with decisions {decisions}}}.",
  "record.action.calendar.add": "{actor} added “{title}” ({date}) to the ritual calendar.",
  "record.action.calendar.remove": "{actor} removed “{title}” from the ritual calendar.",
  "record.action.calendar.announce":
    "Day #{ritual} of the ritual calendar is {announced, select, yes {announced} other {no longer announced}}.",
  "record.action.story.add":
    "{actor} added the story “{title}”{founding, select, yes { as the founding story} other {}}.",
  "record.action.story.founding": "Story #{story} became the founding story.",
  "record.action.me.show_name":
    "{actor} {show, select, yes {agreed} other {no longer agrees}} to show their handle outside chat.",

  "record.history_title":
    "History of “{scope}”{filters, select, none {} other { ({filters})}}, newest first, times in {zone}:",
  "record.history_none":
    "Nothing in the history of “{scope}”{filters, select, none {} other { ({filters})}}.",
  "record.history_more": "Older: {command}",
  "record.history_start": "That is where the record begins.",
  "record.history_row": "{when} · {sentence}",
  "record.bad_cursor": "before: takes an entry number from the end of a history page, such as before:120.",
  "record.bad_kind": "kind: is one part of the history, such as mandate, poll, proposal, circle or aid.",

  "record.show_name_now":
    "{show, select, yes {Your handle is shown in exports and on federations' pages.} other {Your handle is not shown outside chat: exports and pages say “a member” instead. /me show-name yes changes that.}}",
  "record.show_name_set":
    "{show, select, yes {From now on your handle may appear in exports and on the pages of your federations.} other {Your handle no longer appears outside chat: exports and pages say “a member” instead.}}",

  "record.agenda_row": "- “{circle}”: {text}",
  "record.agenda_title": "Agenda from the circles for {date}:",
  "record.agenda_added":
    "Added to the agenda of convergence #{id} “{title}” on {date}, for “{circle}”: {text}\nItems so far: {count}.",
  "record.agenda_none_next": "Convergence #{id} has no coming date to put items on.",
  "record.agenda_full":
    "“{circle}” already has {max} items on the agenda of {date}: that is the limit per circle.",
  "record.minutes_recorded":
    "{amended, select, yes {The minutes of convergence #{id} “{title}” of {date} are amended} other {The minutes of convergence #{id} “{title}” of {date} are recorded}}, {decision}.{text, select, none {} other {\n{text}}}{link, select, none {} other {\nMinutes: {link}}}{decisions, select, none {} other {\nDecisions taken there: {decisions}}}",
  "record.minutes_empty": "Minutes need a text, a link:, or both.",
  "record.minutes_no_date":
    "Convergence #{id} has not met yet{day, select, none {} other { on {day}}}: minutes are recorded after it meets (on:<date> names a past date).",
  "record.minutes_bad_link": "a link starting with https:// or http://",
  "record.minutes_bad_decisions": "proposal numbers such as 12 14",
  "record.minutes_foreign_decision":
    "Proposal #{id} is not a decision of “{federation}” or of one of its circles.",
  "record.minutes_row":
    "Minutes of {date}{text, select, none {} other {: {text}}}{link, select, none {} other { ({link})}}",
  "record.decision_row": "- proposal #{id}: {title} ({outcome})",
  "record.convergence_decisions": "Decisions taken there:",
  "record.minutes_by_creator": "by the circle that scheduled it",

  "record.page_link":
    "{visibility, select, public {The page of “{federation}” is public: {url}} other {The page of “{federation}”, for you as a member: {url}\nThe link works until {until}; do not pass it on (a new visibility revokes every link).}}",
  "record.page_off":
    "The page of “{federation}” is off: nobody can read it or download its record over the web. The federation decides: /federation set {quoted} page:members (a link for members) or page:public.",
  "record.export_links":
    "The record of “{scope}”{visibility, select, members { (link for you as a member, until {until})} other {}}:\nJSON: {json}\nCSV: {csv}",
  "record.export_off":
    "Downloads of “{scope}” are off, as its federation decided{inline, select, yes {; here it is as a message:} other {.}}",
  "record.export_chat_only":
    "“{scope}” belongs to no federation, so it has no web page; here is its record as a message:",
  "record.export_too_long":
    "The {table} table has {rows} rows: too long for a message. {links, select, yes {Use the links above.} other {Ask for one table at a time with table:, or a federation page link.}}",
  "record.export_table": "{table}.{format}:",
  "record.page_setting": "its page is {visibility}",

  "page.title": "{federation}: the open record",
  "page.summary":
    "{circles, plural, one {# circle} other {# circles}} · {members, plural, one {# member} other {# members}} · {proposals, plural, one {# open proposal} other {# open proposals}} · {aid, plural, one {# aid request open} other {# aid requests open}}",
  "page.sections": "Sections",
  "page.h.circles": "Circles",
  "page.h.roles": "Roles and mandates",
  "page.h.mandates": "Delegates and their mandates",
  "page.h.rotations": "Rotating roles",
  "page.h.spokespersons": "Spokespersons",
  "page.h.decisions": "Decisions",
  "page.h.open": "Open proposals",
  "page.h.outcomes": "Recent outcomes",
  "page.h.aid": "Mutual aid",
  "page.h.treasury": "Books and funds",
  "page.h.books": "What each circle holds",
  "page.h.funds": "Common funds",
  "page.h.credit": "Mutual credit",
  "page.books": "“{circle}” ({unit}): holds {cash}; has taken in {income} and spent {expenses}",
  "page.fund": "{name}: {balance}{purpose, select, none {} other { · {purpose}}}",
  "page.credit": "“{circle}”: {balance} (may go down to minus {limit})",
  "page.h.convergences": "Convergences",
  "page.h.calendar": "Ritual calendar",
  "page.h.stories": "Stories",
  "page.h.downloads": "Downloads",
  "page.col.circle": "Circle",
  "page.col.members": "Members",
  "page.col.purpose": "Purpose",
  "page.mandate": "Mandate #{id}: {delegate} for “{circle}”: {scope}, until {until}",
  "page.rotation":
    "{role} of “{of}”: {circle, select, none {{person}} other {“{circle}”{person, select, none {} other { ({person})}}}}{next, select, none {} other {, next handoff {next}}}",
  "page.spokesperson": "{domain}: {person} of “{circle}”",
  "page.open_proposal": "#{id} “{scope}”: {title}, open until {closes}",
  "page.outcome": "{kind, select, poll {Poll} other {Proposal}} #{id} “{scope}”: {title}: {outcome}",
  "page.aid_request":
    "Request #{id} of “{circle}”: {what}{amount, select, none {} other { ({amount})}}, {urgency} urgency, {status}, needed by {by}",
  "page.aid_offer": "“{circle}” offers: {what} ({status})",
  "page.convergence":
    "{title}: {next, select, none {no coming date} other {next {next}}}{where, select, none {} other {, {where}}}{cadence, select, none {} other {, {cadence}}}",
  "page.minutes": "Minutes of {date}",
  "page.minutes_link": "the minutes",
  "page.ritual": "{date}: {title}",
  "page.founding": "The founding story",
  "page.none": "Nothing yet.",
  "page.download_json": "The whole record as JSON",
  "page.download_csv": "{table} as CSV",
  "page.download_ics": "The convergences as an iCalendar feed",
  "page.footer": "Made by Jura on {at}; times are in {zone}. A person's handle appears only if they agreed.",
  "page.off": "This page is not published.",
  "page.link_needed":
    "This page is for the federation's members: ask Jura for a link in chat with /federation page {federation}.",
  "page.not_found": "No such federation.",

  "record.poll_outcome":
    "closed: {counts}; {winner, select, none {no option carried it} other {carried: {winner}}}",
  "record.proposal_outcome": "{status} ({tally})",
  "record.mandate_ended.expired": "expired {when}",
  "record.mandate_ended.recalled": "recalled {when}{decision, select, none {} other { by {decision}}}",
  "record.mandate_ended.renounced": "renounced by the delegate {when}",
  "record.mandate_ended.left": "ended {when}: the delegate left the circle",
  "record.mandate_ended.removed":
    "ended {when}: the delegate was removed from the circle{decision, select, none {} other { by {decision}}}",
  "record.decision_ref.poll": "poll #{id}",
  "record.decision_ref.proposal": "proposal #{id}",
} as const;

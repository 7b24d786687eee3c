/**
 * What to type for each argument of each command, with an example: shown by `help <group>
 * <command>` and as Discord option descriptions (at most 100 characters, Discord's limit).
 *
 * The registry finds an argument's text under the most specific key first:
 * `arg.<group>.<command>.<argument>`, then `arg.<group>.<argument>`, then `arg.<argument>`
 * (a command without a name, like `recall`, uses `arg.<group>.<argument>`). Plain text, not ICU:
 * these are the English command texts; translations of them are keyed by command and argument
 * like the commands' summaries. test/unit/help-teaches.test.ts checks each one.
 */
export const argumentTexts = {
  // Shared by every command that takes them.
  "arg.circle": 'the circle\'s name, e.g. "Green Valley" (default: the circle whose room this is)',
  "arg.federation": "the federation's name, e.g. Jura",
  "arg.person": "a person, as an @mention, e.g. @bob",
  "arg.reason": 'why you propose it, shown to those who decide, e.g. "our treasurer moved away"',
  "arg.tz": "an IANA timezone, e.g. Europe/Paris or America/Mexico_City",
  "arg.place": "its home room: a Matrix room, a Discord #channel or a shell place, e.g. #green-valley",
  "arg.role": "the role's name, e.g. treasurer, facilitator or custodian",
  "arg.domain": "a spokesperson's domain, e.g. press, legal or a campaign's name",
  "arg.unit": "currency (e.g. EUR, CHF, USD) or hours",
  "arg.amount": "an amount, e.g. 45.80 (a point or a comma, no sign)",
  "arg.memo": 'what it is for, e.g. "bike repairs"',
  "arg.receipt": "a link to the receipt, e.g. https://files.example.org/receipt-12.pdf",
  "arg.title": 'a short title, e.g. "Founding day"',
  "arg.text": 'the text itself, e.g. "We met in the bakery\'s back room…"',
  "arg.from": "not before this date or this far ahead, e.g. 2027-03-18 or 3d",
  "arg.until": "up to this date or for this long, e.g. 2027-03-18, 6mo or 2w",
  "arg.all": "yes: include closed and ended ones too, e.g. all:yes",
  "arg.entries": "how many entries to list, 1 to 50, e.g. 20",
  "arg.format": "csv (one table) or json, e.g. format:json",
  "arg.table": "one table to export, e.g. decisions, members, mandates, ledger",

  // Circles.
  "arg.circle.create.name": 'the new circle\'s name, e.g. "Green Valley"',
  "arg.circle.purpose": 'what the circle is for, in a sentence, e.g. "a food co-op for the valley"',
  "arg.circle.create.open": "yes: anyone may join; no: members invite people (e.g. open:yes)",
  "arg.circle.set.open": "yes: anyone may join; no: by invitation only (e.g. open:no)",
  "arg.circle.set.recall_quorum": "share of members who must vote in a recall, at most 50%, e.g. 30%",
  "arg.circle.set.recall_threshold":
    "share of votes a recall must exceed, at most 50%, e.g. 50% (more than half)",
  "arg.circle.set.decide_by": "how the circle decides: consent (nobody objects) or majority (a vote)",
  "arg.circle.set.window": "how long proposals stay open, 12h to 14d, e.g. 48h",
  "arg.circle.set.quiet":
    "federation news kept out of the circle's room: convergences, calendar, digest or none",
  "arg.circle.remove.person": "the member to remove, as an @mention, e.g. @mallory",
  "arg.circle.invite.person": "the person you invite, as an @mention, e.g. @bob",

  // History and export (circle and federation).
  "arg.kind": "one part of the history, e.g. mandate, poll, proposal, aid or convergence",
  "arg.circle.history.person": "only what this person did or what names them, e.g. @bob",
  "arg.federation.history.person": "only what this person did or what names them, e.g. @bob",
  "arg.circle.history.from": "from this date or this long ago, e.g. 2026-03-01, 30d or 6mo",
  "arg.federation.history.from": "from this date or this long ago, e.g. 2026-03-01, 30d or 6mo",
  "arg.circle.history.until": "up to and including this date, e.g. 2026-03-31",
  "arg.federation.history.until": "up to and including this date, e.g. 2026-03-31",
  "arg.before": "the entry number the previous page ended with, for older entries, e.g. 120",

  // Proposals.
  "arg.propose.text": "what you propose, in a sentence, e.g. we buy a shared cargo bike",
  "arg.propose.reason": 'why, shown to those who decide, e.g. "three circles need one each week"',
  "arg.propose.federation": "put it to this federation's circles, one voice each, e.g. Jura",
  "arg.proposal.id": "the proposal's number, e.g. 12 (proposal list shows them)",
  "arg.proposal.reason": 'why, so others can answer it, e.g. "the cost is not in our budget"',
  "arg.proposal.circle": 'at federation level, the circle whose answer this is, e.g. "Green Valley"',
  "arg.proposal.list.circle": 'the circle whose proposals to list, e.g. "Green Valley"',
  "arg.proposal.list.federation": "the federation whose proposals to list, e.g. Jura",
  "arg.proposal.all": "yes: include decided and withdrawn proposals (e.g. all:yes)",

  // Federations.
  "arg.federation.create.name": "the new federation's name, e.g. Jura",
  "arg.federation.create.announce": "where its announcements go (default: here), e.g. #announcements",
  "arg.federation.set.window": "how long federation proposals stay open, 12h to 14d, e.g. 7d",
  "arg.federation.set.mandate_max": "the longest mandate a circle may grant, in days (1 to 366), e.g. 183",
  "arg.federation.set.digest": "days between mutual-aid digests, 7 to 90, e.g. 14",
  "arg.federation.set.page": "who reads its web page: off, members (a signed link each) or public",
  "arg.circle.list.federation": "only the circles of this federation, e.g. Jura",

  // Mandates and recall.
  "arg.mandate.grant.person": "the delegate, as an @mention, e.g. @alice",
  "arg.mandate.grant.scope": 'what the delegate may do, in a sentence, e.g. "negotiate the lease"',
  "arg.mandate.grant.until": "when the mandate expires: a date or a duration, e.g. 2027-06-30 or 3mo",
  "arg.mandate.grant.from": "when it starts, if not now: a date or a duration, e.g. 2027-01-01 or 2w",
  "arg.mandate.id": "the mandate's number, e.g. 3 (mandate list shows them)",
  "arg.mandate.renew.until": "the new expiry: a date or a duration, e.g. 2027-12-31 or 6mo",
  "arg.mandate.list.circle": 'the circle whose mandates to list, e.g. "Green Valley"',
  "arg.mandate.list.federation": "the federation whose delegates to list, e.g. Jura",
  "arg.mandate.all": "yes: include expired and ended mandates (e.g. all:yes)",
  "arg.recall.person": "the delegate to recall, as an @mention, e.g. @bob",
  "arg.recall.mandate": "which mandate, when they hold several, e.g. 3",
  "arg.recall.closes": "when the poll closes: up to a week away, e.g. 2d, 36h or 2027-03-18",

  // Rotations and spokespersons.
  "arg.rotation.create.role": "the role to rotate, e.g. treasurer, facilitator or custodian",
  "arg.rotation.create.every":
    'how often, e.g. monthly, "every 2 weeks on monday 18:00", or a rule from a calendar app',
  "arg.rotation.edit.every": 'the new cadence, e.g. monthly or "every 2 weeks on monday 18:00"',
  "arg.rotation.lead": "how long before a handoff the next holder is told, e.g. 2d, 12h or 30m",
  "arg.rotation.create.from": "the first handoff not before this date, e.g. 2027-01-04",
  "arg.rotation.checklist": 'handover steps both holders confirm, separated by |, e.g. "keys|bank card"',
  "arg.rotation.create.federation": "make it a federation role, passed among its circles, e.g. Jura",
  "arg.rotation.federation": "the federation whose role this is, e.g. Jura",
  "arg.rotation.show.count": "how many handoffs to list, 1 to 20, e.g. 10",
  "arg.rotation.swap.with": "the member you swap your next turn with, as an @mention, e.g. @carol",
  "arg.rotation.away.until": "back from this date or after this long, e.g. 2027-03-18, 3d or 2w",
  "arg.rotation.away.from": "away from this date, if not now, e.g. 2027-03-01",
  "arg.rotation.name.person": "who takes the role now, as an @mention, e.g. @dana",
  "arg.spokesperson.name.person": "the new spokesperson, as an @mention, e.g. @erin",
  "arg.spokesperson.who.federation": "look among this federation's circles, e.g. Jura",

  // Polls.
  "arg.poll.start.question": "the question, e.g. Shall we join the climate strike?",
  "arg.poll.start.options": 'the answers, 2 to 20, separated by |, e.g. "yes|no|later"',
  "arg.poll.start.closes": "when it closes: a duration or a date, e.g. 2d, 36h or 2027-03-18",
  "arg.poll.start.quorum": "share of the members who must vote, e.g. 50%",
  "arg.poll.start.threshold": "share of votes an answer must exceed to carry, e.g. 50%",
  "arg.poll.start.secret": "yes: a secret ballot, only counts are shown (e.g. secret:yes)",
  "arg.poll.id": "the poll's number, e.g. 4 (poll list shows them)",
  "arg.poll.vote.choice": "your answer: its number or its text, e.g. 2, #2, yes or no",
  "arg.poll.unvote.choice": "withdraw only if this is your current answer, e.g. 2",
  "arg.poll.list.circle": 'the circle whose polls to list, e.g. "Green Valley"',
  "arg.poll.list.federation": "the federation whose polls to list, e.g. Jura",
  "arg.poll.all": "yes: include closed polls (e.g. all:yes)",

  // Reflections.
  "arg.reflect.share.happened": 'what happened, e.g. "our market stall closed after two weeks"',
  "arg.reflect.share.learned": 'what you learned, e.g. "we started without asking the neighbours"',
  "arg.reflect.share.needs": "what would help: material, advice or affirmation, e.g. advice|affirmation",
  "arg.reflect.id": "the reflection's number, e.g. 2 (reflect list shows them)",
  "arg.reflect.advise.text": 'your advice, e.g. "ask the neighbours first, with a small gift"',
  "arg.reflect.resolve.note": 'a closing note, e.g. "the stall reopened in spring"',
  "arg.reflect.list.federation": "the federation whose reflections to list, e.g. Jura",
  "arg.reflect.list.search": "only reflections with these words, e.g. market",

  // Mutual aid.
  "arg.aid.request.what": 'what is needed, e.g. "a van for the move"',
  "arg.aid.offer.what": 'what you offer, e.g. "our van, on saturday"',
  "arg.aid.request.amount": "how much or how many (more than 0), e.g. 300",
  "arg.aid.offer.amount": "how much or how many (more than 0), e.g. 100",
  "arg.aid.request.unit": "unit of the amount, e.g. EUR, kg or people",
  "arg.aid.offer.unit": "unit of your amount (default: the request's), e.g. EUR, kg or people",
  "arg.aid.request.by": "needed by this date or within this long, e.g. 14d or 2027-03-18",
  "arg.aid.request.urgency": "low, normal or high, e.g. urgency:high",
  "arg.aid.offer.id": "the request's (or reflection's) number, e.g. 5 (aid list shows them)",
  "arg.aid.offer.for": "what the number is: a request or a reflection, e.g. for:reflection",
  "arg.aid.accept.id": "the offer's number, e.g. 7 (the request's answers show them)",
  "arg.aid.fulfilled.id": "the offer's number, e.g. 7",
  "arg.aid.fulfilled.amount": "what arrived now, in the offer's unit (default: the rest), e.g. 50",
  "arg.aid.give.id": "the offer's number, e.g. 7",
  "arg.aid.give.amount": "how much was given now (default: the rest of the offer), e.g. 50",
  "arg.aid.close.id": "the request's number, e.g. 5 (aid list shows them)",
  "arg.aid.list.federation": "the federation whose requests to list, e.g. Jura",
  "arg.aid.all": "yes: include fulfilled, closed and expired requests (e.g. all:yes)",

  // Ledger.
  "arg.ledger.income.memo": 'where it came from, e.g. "bake sale"',
  "arg.ledger.expense.memo": 'what it was for, e.g. "bike repairs"',
  "arg.ledger.income.donation":
    "yes: a donation, the federation's solidarity levy applies (e.g. donation:yes)",
  "arg.ledger.expense.line": "the budget line it counts against, e.g. rent or food",
  "arg.ledger.expense.budget": 'which budget (default: the latest with that line), e.g. "2027"',
  "arg.ledger.show.circle": 'the circle whose books to show, e.g. "Green Valley"',
  "arg.ledger.show.federation": "the federation whose books to show, e.g. Jura",
  "arg.ledger.export.circle": 'the circle whose books to export, e.g. "Green Valley"',
  "arg.ledger.export.federation": "the federation whose books to export, e.g. Jura",
  "arg.ledger.export.from": "the first day, e.g. 2026-01-01",
  "arg.ledger.export.until": "the last day, e.g. 2026-12-31",
  "arg.ledger.budget.name": 'the budget\'s name, e.g. "2027"',
  "arg.ledger.budget.lines": 'lines with planned amounts, e.g. "rent 300 | food 200.50"',
  "arg.ledger.set.threshold": "largest expense the treasurer records alone (0: none), e.g. 100",
  "arg.ledger.set.unit": "unit of the threshold, e.g. EUR or hours",
  "arg.ledger.set.memos": "internal: only members read line memos (totals stay open); or open",
  "arg.ledger.reverse.entry": "the entry's number, e.g. 14 (ledger show lists them)",
  "arg.ledger.reverse.why": "why it is reversed, e.g. entered twice or wrong amount",

  // Funds and credit.
  "arg.fund.create.name": 'the new fund\'s name, e.g. "Solidarity"',
  "arg.fund.create.purpose": 'what the fund is for, e.g. "circles in trouble"',
  "arg.fund.fund": 'the fund\'s name, e.g. "Solidarity"',
  "arg.fund.draw.to": 'the circle that receives it, e.g. "Green Valley"',
  "arg.fund.pay.circle": 'the circle that pays in (default: the one at home here), e.g. "Green Valley"',
  "arg.fund.levy.rate": "share of each donation, e.g. 5% (0% ends the levy)",
  "arg.fund.levy.above": "it applies to circles holding more than this, in the fund's unit, e.g. 1000",
  "arg.fund.show.entries": "how many movements to list, 1 to 50, e.g. 20",
  "arg.credit.pay.to": 'the circle paid, e.g. "River Bend"',
  "arg.credit.pay.circle": 'the circle that pays (default: the one at home here), e.g. "Green Valley"',
  "arg.credit.limit.amount": "how far below zero a circle may go, e.g. 100",
  "arg.credit.limit.circle": 'only this circle (default: every circle without its own limit), e.g. "Oak"',
  "arg.credit.limit.unit": "the pool's unit, set once: credits (default), hours or EUR, e.g. hours",

  // Convergences.
  "arg.convergence.schedule.title": 'the assembly\'s name, e.g. "Spring convergence"',
  "arg.convergence.schedule.every": 'how often, e.g. monthly, "every 3 months on saturday 10:00" or yearly',
  "arg.convergence.schedule.at": "a one-off start, e.g. 2027-03-18T10:00",
  "arg.convergence.schedule.from": "the first one not before this date, e.g. 2027-01-01",
  "arg.convergence.schedule.duration": "how long it lasts, e.g. 3h, 90m or 2d",
  "arg.convergence.schedule.where": "a place or a link, e.g. https://meet.example.org/jura",
  "arg.convergence.schedule.agenda": 'what it will discuss, e.g. "budget | new circles"',
  "arg.convergence.schedule.story": "yes: retell the founding story as each one begins (e.g. story:yes)",
  "arg.convergence.schedule.remind": "reminders before each start, separated by commas, e.g. 7d,1d,1h",
  "arg.convergence.id": "the convergence's number, e.g. 1 (convergence list shows them)",
  "arg.convergence.rsvp.answer": "yes, maybe or no, e.g. yes",
  "arg.convergence.agenda.item": 'the item to add, e.g. "a shared van"',
  "arg.convergence.agenda.circle": 'the circle the item comes from, if you belong to several, e.g. "Oak"',
  "arg.convergence.minutes.text": 'the minutes themselves, e.g. "We agreed on a shared van…"',
  "arg.convergence.minutes.link": "a link to the minutes, e.g. https://pad.example.org/minutes",
  "arg.convergence.minutes.on": "the day it met, if not its latest meeting, e.g. 2026-04-18",
  "arg.convergence.minutes.decisions": "the proposals decided there, separated by commas, e.g. 12,14",

  // Calendar and stories.
  "arg.calendar.add.date": "the day, as month-day, e.g. 03-18",
  "arg.calendar.add.title": 'what the day marks, e.g. "Founding of the Commune"',
  "arg.calendar.add.announce": "yes: announce it on the day; no: only list it (e.g. announce:no)",
  "arg.calendar.id": "the day's number, e.g. 2 (calendar list shows them)",
  "arg.calendar.announce.choice": "yes: announce it on its day; no: stop announcing it (e.g. no)",
  "arg.story.add.title": 'the story\'s title, e.g. "How we began"',
  "arg.story.add.text": 'the story, e.g. "In 1872 watchmakers of the valley met…"',
  "arg.story.add.founding": "yes: this is the founding story, when there is none yet (e.g. founding:yes)",
  "arg.story.id": "the story's number, e.g. 2 (story list shows them)",
  "arg.story.tell.id": "the story's number (default: the founding story), e.g. 2",

  // You.
  "arg.me.link.code": "the 8-character code your other account was given, e.g. K7QP2MZX",
  "arg.me.show-name.show": "yes: show your handle; no: show “a member” instead (e.g. no)",
} as const;

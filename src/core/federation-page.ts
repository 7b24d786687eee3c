import { formatQuantity } from "./aid-amounts.js";
import { upcomingStarts } from "./convergences.js";
import { t } from "./i18n.js";
import { displayPerson, type PersonId } from "./ids.js";
import type { Federation } from "./model.js";
import { pollOutcome, proposalOutcome } from "./outcomes.js";
import { peopleDirectory } from "./people-directory.js";
import { renderPlainAll } from "./people-text.js";
import type { Store } from "./ports.js";
import { mentionedInAll, redactAll } from "./redact.js";
import { type TreasuryView, treasuryView } from "./treasury-record.js";

/**
 * What a federation's web page shows, gathered from the store with every person already resolved
 * (their handle if they said `me show-name yes`, else "a member"): circles and their size, who
 * holds which role and until when, open proposals and recent outcomes, aid, convergences with
 * their minutes, the ritual calendar, the stories and the treasury. Times stay instants; the page formats them
 * in the federation's zone.
 */
export interface FederationPage {
  federation: { name: string; timezone: string };
  circles: Array<{ name: string; purpose: string; size: number }>;
  members: number;
  mandates: Array<{ id: number; circle: string; delegate: string; scope: string; expires: Date }>;
  /** A rotation's current holder: a person, or a circle and the person it named. */
  rotations: Array<{
    of: string;
    role: string;
    circle: string | null;
    person: string | null;
    next: Date | null;
  }>;
  spokespersons: Array<{ circle: string; domain: string; person: string }>;
  openProposals: Array<{ id: number; scope: string; title: string; closes: Date }>;
  outcomes: Array<{
    kind: "proposal" | "poll";
    id: number;
    scope: string;
    title: string;
    outcome: string;
    at: Date;
  }>;
  aid: Array<{
    id: number;
    circle: string;
    what: string;
    /** What is asked, formatted in its unit (€400.00, 200 plants), or "none" when no amount was named. */
    amount: string;
    urgency: string;
    status: string;
    by: Date;
    offers: Array<{ circle: string; what: string; status: string }>;
  }>;
  convergences: Array<{
    id: number;
    title: string;
    next: Date | null;
    timezone: string;
    cadence: string | null;
    location: string;
    minutes: Array<{ occurrence: Date; text: string; link: string }>;
  }>;
  rituals: Array<{ date: string; title: string }>;
  stories: Array<{ title: string; text: string; founding: boolean }>;
  /** Circles' books, common funds and mutual-credit standings (amounts are never hidden). */
  treasury: TreasuryView;
}

/** How many closed decisions the page recalls. */
const RECENT = 10;

export async function federationPage(
  store: Store,
  federation: Federation,
  now: Date,
): Promise<FederationPage> {
  const circles = await store.circles.list({ federationId: federation.id });
  const circleIds = circles.map((c) => c.id);
  const name = new Map(circles.map((c) => [c.id, c.name]));
  const circleName = (id: number | null) => (id === null ? federation.name : (name.get(id) ?? "?"));
  const people: PersonId[] = [];
  const person = (id: PersonId) => {
    people.push(id);
    return id;
  };

  const mandates = (await store.mandates.list({ federationId: federation.id })).map((m) => ({
    id: m.id,
    circle: circleName(m.circleId),
    delegate: person(m.delegate),
    scope: m.scope,
    expires: m.expiresAt,
  }));
  const rotations: FederationPage["rotations"] = [];
  for (const scope of [{ federationId: federation.id }, ...circleIds.map((id) => ({ circleId: id }))]) {
    for (const rotation of await store.rotations.list(scope)) {
      const term = (await store.rotations.terms(rotation.id))
        .filter((x) => x.startsAt <= now && x.announcedAt)
        .at(-1);
      if (!term) continue;
      const byCircle = term.holder.startsWith("circle:");
      const named = byCircle ? term.namedPerson : term.holder;
      rotations.push({
        of: rotation.circleId !== null ? circleName(rotation.circleId) : federation.name,
        role: rotation.domain ? `${rotation.role} (${rotation.domain})` : rotation.role,
        circle: byCircle ? circleName(Number(term.holder.slice(7))) : null,
        person: named ? person(named) : null,
        next: rotation.nextHandoffAt,
      });
    }
  }
  const spokespersons = (await store.spokespersons.list({ circleIds })).map((s) => ({
    circle: circleName(s.circleId),
    domain: s.domain,
    person: person(s.person),
  }));
  const proposals = await store.proposals.list({ circleIds, federationId: federation.id, openOnly: false });
  const openProposals = proposals
    .filter((p) => p.status === "open")
    .map((p) => ({
      id: p.id,
      scope: p.federationId ? federation.name : circleName(p.circleId),
      title: p.title,
      closes: p.closesAt,
    }));
  const polls = await store.polls.list({ circleIds, openOnly: false });
  const outcomes: FederationPage["outcomes"] = [
    ...proposals
      .filter((p) => p.status !== "open" && p.closedAt)
      .map((p) => ({
        kind: "proposal" as const,
        id: p.id,
        scope: p.federationId ? federation.name : circleName(p.circleId),
        title: p.title,
        outcome: proposalOutcome(p),
        at: p.closedAt ?? p.closesAt,
      })),
    ...polls
      .filter((p) => p.closedAt)
      .map((p) => ({
        kind: "poll" as const,
        id: p.id,
        scope: circleName(p.circleId),
        title: p.question,
        outcome: pollOutcome(p),
        at: p.closedAt ?? p.closesAt,
      })),
  ]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, RECENT);
  const aid: FederationPage["aid"] = [];
  for (const r of await store.aid.requests({ federationId: federation.id, activeOnly: true })) {
    const offers = await store.aid.offers({ requestId: r.id });
    aid.push({
      id: r.id,
      circle: circleName(r.circleId),
      what: r.what,
      amount: r.amount === null ? "none" : formatQuantity(r.amount, r.unit),
      urgency: r.urgency,
      status: r.status,
      by: r.byAt,
      offers: offers
        .filter((o) => o.status !== "withdrawn")
        .map((o) => ({ circle: circleName(o.circleId), what: o.what, status: o.status })),
    });
  }
  const convergences: FederationPage["convergences"] = [];
  for (const c of await store.convergences.list(federation.id)) {
    convergences.push({
      id: c.id,
      title: c.title,
      next: upcomingStarts(c, now, 1)[0] ?? null,
      timezone: c.timezone,
      cadence: c.cadence,
      location: c.location,
      minutes: (await store.record.minutes(c.id)).slice(0, 3).map((m) => ({
        occurrence: m.occurrenceAt,
        text: m.text,
        link: m.link,
      })),
    });
  }
  const rituals = (await store.rituals.list(federation.id)).map((r) => ({
    date: `${String(r.month).padStart(2, "0")}-${String(r.day).padStart(2, "0")}`,
    title: r.title,
  }));
  const stories = (await store.stories.list(federation.id)).map((s) => ({
    title: s.title,
    text: s.text,
    founding: s.founding,
  }));

  const treasury = await treasuryView({
    store,
    now,
    federation,
    within: federation,
    circles,
    circleName: (id) => circleName(id),
  });

  const texts = {
    circles,
    openProposals,
    outcomes,
    aid,
    convergences,
    rituals,
    stories,
    mandates,
    spokespersons,
    treasury,
  };
  const shown = await store.record.namesShown([...people, ...mentionedInAll(texts)]);
  const someone = t("record.someone");
  const show = (id: string) => (shown.has(id) ? displayPerson(id) : someone);
  const page = redactAll<FederationPage>(
    {
      federation: { name: federation.name, timezone: federation.timezone },
      circles: circles.map((c) => ({ name: c.name, purpose: c.purpose, size: c.size })),
      members: circles.reduce((sum, c) => sum + c.size, 0),
      mandates: mandates.map((m) => ({ ...m, delegate: show(m.delegate) })),
      rotations: rotations.map((r) => ({ ...r, person: r.person ? show(r.person) : null })),
      spokespersons: spokespersons.map((s) => ({ ...s, person: show(s.person) })),
      openProposals,
      outcomes,
      aid,
      convergences,
      rituals,
      stories,
      treasury,
    },
    shown,
    someone,
  );
  return renderPlainAll(page, peopleDirectory);
}

import { currentLocale, t } from "./i18n.js";
import { displayPerson } from "./ids.js";
import type { Rotation, RotationTerm } from "./model.js";
import type { Store } from "./ports.js";
import { occurrenceAfter, occurrences } from "./recurrence.js";
import { planTerms } from "./rotation-plan.js";
import { speakingTo } from "./speaking.js";
import { formatMoment } from "./time.js";
import { booksAtHandover, handoverChecklist, keepsBooks } from "./treasury-handover.js";

const MINUTE_MS = 60_000;

/** `spokesperson (press)` */
export function roleLabel(rotation: Pick<Rotation, "role" | "domain">): string {
  return rotation.domain ? `${rotation.role} (${rotation.domain})` : rotation.role;
}

export function headsUpAt(rotation: Pick<Rotation, "leadMinutes">, handoffAt: Date): Date {
  return new Date(handoffAt.getTime() - rotation.leadMinutes * MINUTE_MS);
}

export interface UpcomingTerm {
  term: number;
  holder: string | undefined;
  startsAt: Date;
}

/** What a rotation needs to know to name holders and to say where to announce. */
interface RotationWorld {
  participants: string[];
  names: Map<string, string>;
  sizes: Map<string, number>;
  homes: Map<string, string | null>;
  ownerName: string;
  ownerPlace: string | null;
  federationPlace: string | null;
  /** Every circle's home in the federation (the spotlight is announced federation-wide). */
  allHomes: string[];
}

async function worldOf(store: Store, rotation: Rotation): Promise<RotationWorld> {
  if (rotation.circleId !== null) {
    const circle = await store.circles.byId(rotation.circleId);
    const members = await store.members.list(rotation.circleId);
    const federation = circle?.federationId ? await store.federations.byId(circle.federationId) : undefined;
    return {
      participants: members,
      names: new Map(members.map((m) => [m, displayPerson(m)])),
      sizes: new Map(),
      homes: new Map(),
      ownerName: circle?.name ?? "?",
      ownerPlace: circle?.homePlace ?? null,
      federationPlace: federation?.announcePlace ?? null,
      allHomes: [],
    };
  }
  const federation = await store.federations.byId(rotation.federationId ?? 0);
  const circles = await store.circles.list({ federationId: rotation.federationId ?? 0 });
  const key = (id: number) => `circle:${id}`;
  return {
    participants: circles.map((c) => key(c.id)),
    names: new Map(circles.map((c) => [key(c.id), `“${c.name}”`])),
    sizes: new Map(circles.map((c) => [key(c.id), c.size])),
    homes: new Map(circles.map((c) => [key(c.id), c.homePlace])),
    ownerName: federation?.name ?? "?",
    ownerPlace: federation?.announcePlace ?? null,
    federationPlace: federation?.announcePlace ?? null,
    allHomes: circles.flatMap((c) => (c.homePlace ? [c.homePlace] : [])),
  };
}

/** Holders of the next `count` terms: those already told stay fixed, the rest are planned fairly. */
export async function upcomingTerms(
  store: Store,
  rotation: Rotation,
  count: number,
): Promise<UpcomingTerm[]> {
  return plan(store, rotation, count, new Map());
}

/**
 * Who holds a new rotation from the moment it is set up until its first handoff. The planner
 * plans from the first handoff on, when the circle's other roles change hands too, so over this
 * opening span it would see everyone free and give every new role to the first member. Here
 * someone holding another of the circle's roles now goes last while anyone else is free, and
 * among the free whoever has held the circle's roles least goes first: the founder does not
 * open every rotation.
 */
export async function openingHolder(
  store: Store,
  rotation: Rotation,
  now: Date,
): Promise<string | undefined> {
  if (rotation.kind !== "members" || rotation.circleId === null)
    return (await upcomingTerms(store, rotation, 1))[0]?.holder;
  const world = await worldOf(store, rotation);
  const absences = await store.absences.list(rotation.circleId);
  const others = (await store.rotations.list({ circleId: rotation.circleId })).filter(
    (r) => r.id !== rotation.id && r.kind === "members",
  );
  const busy = new Set<string>();
  const served = new Map<string, number>();
  for (const other of others) {
    const told = (await store.rotations.terms(other.id)).filter((t) => t.announcedAt);
    for (const t of told) served.set(t.holder, (served.get(t.holder) ?? 0) + 1);
    const current = told.at(-1);
    if (current && (!other.nextHandoffAt || other.nextHandoffAt > now)) busy.add(current.holder);
  }
  const [first] = planTerms(
    {
      participants: world.participants,
      lastServed: new Map(),
      swaps: new Map(),
      skips: new Map(),
      isAbsent: (p) => absences.some((a) => a.person === p && a.startsAt <= now && now < a.endsAt),
      isBusy: (p) => busy.has(p),
      load: (p) => served.get(p) ?? 0,
    },
    1,
    1,
  );
  return first?.holder;
}

/** How many terms of the circle's member roles each person has been handed so far. */
async function termsServed(store: Store, rotation: Rotation): Promise<Map<string, number>> {
  const served = new Map<string, number>();
  if (rotation.circleId === null) return served;
  for (const r of await store.rotations.list({ circleId: rotation.circleId })) {
    if (r.kind !== "members") continue;
    for (const t of await store.rotations.terms(r.id))
      if (t.announcedAt) served.set(t.holder, (served.get(t.holder) ?? 0) + 1);
  }
  return served;
}

/** A span during which a person holds a role of the circle. */
interface Held {
  person: string;
  from: Date;
  to: Date;
}

/**
 * Plans `rotation`, keeping clear of the roles its circle's older rotations give (their own
 * plans, computed first, are memoised in `plans` for one call): a person holding one role is
 * not given another at the same time while someone else is free.
 */
async function plan(
  store: Store,
  rotation: Rotation,
  count: number,
  plans: Map<number, UpcomingTerm[]>,
): Promise<UpcomingTerm[]> {
  if (!rotation.nextHandoffAt) return [];
  // One date beyond the last term: it ends that term.
  const dates = occurrences(
    rotation.rrule,
    rotation.dtstart,
    rotation.timezone,
    rotation.nextHandoffAt,
    count + 1,
  );
  const world = await worldOf(store, rotation);
  const terms = await store.rotations.terms(rotation.id);
  const overrides = await store.rotations.overrides(rotation.id);
  const absences = rotation.circleId !== null ? await store.absences.list(rotation.circleId) : [];
  const held = rotation.kind === "members" ? await heldRoles(store, rotation, dates.at(-1), plans) : [];
  const served = rotation.kind === "members" ? await termsServed(store, rotation) : new Map<string, number>();
  const lastServed = new Map<string, number>();
  const swaps = new Map<number, string>();
  for (const t of terms) {
    if (t.announcedAt) lastServed.set(t.holder, t.term);
    else if (t.term >= rotation.nextTerm) swaps.set(t.term, t.holder);
  }
  const skips = new Map<number, Set<string>>();
  for (const o of overrides) {
    if (o.kind === "swap" && !swaps.has(o.term)) swaps.set(o.term, o.participant);
    if (o.kind === "skip") skips.set(o.term, (skips.get(o.term) ?? new Set()).add(o.participant));
  }
  const dateOf = (term: number) => dates[term - rotation.nextTerm];
  const overlapping = (p: string, term: number) => {
    const from = dateOf(term);
    const to = dateOf(term + 1) ?? from;
    return from ? held.filter((h) => h.person === p && h.from < (to ?? from) && from < h.to) : [];
  };
  const planned = planTerms(
    {
      participants: world.participants,
      lastServed,
      swaps,
      skips,
      isAbsent: (p, term) => {
        const at = dateOf(term);
        return at !== undefined && absences.some((a) => a.person === p && a.startsAt <= at && at < a.endsAt);
      },
      isBusy: (p, term) => overlapping(p, term).length > 0,
      load: (p, term) => {
        const at = dateOf(term);
        return at ? held.filter((h) => h.person === p && h.from <= at && at < h.to).length : 0;
      },
      served: (p) => served.get(p) ?? 0,
      tieBreak: rotation.kind === "spotlight" ? (p) => world.sizes.get(p) ?? 0 : undefined,
    },
    rotation.nextTerm,
    Math.min(count, dates.length),
  );
  const result = planned.map((p) => ({
    ...p,
    startsAt: dateOf(p.term) ?? rotation.nextHandoffAt ?? new Date(0),
  }));
  plans.set(rotation.id, result);
  return result;
}

/**
 * The circle's other roles, as spans held: each one's current holder until its next handoff, and
 * for older rotations (which plan first) each planned term until the one after, up to `until`.
 */
async function heldRoles(
  store: Store,
  rotation: Rotation,
  until: Date | undefined,
  plans: Map<number, UpcomingTerm[]>,
): Promise<Held[]> {
  if (rotation.circleId === null || !until) return [];
  const others = (await store.rotations.list({ circleId: rotation.circleId })).filter(
    (r) => r.id !== rotation.id && r.kind === "members",
  );
  const spans: Held[] = [];
  for (const other of others) {
    if (!other.nextHandoffAt) continue;
    const current = (await store.rotations.terms(other.id)).filter((t) => t.announcedAt).at(-1);
    if (current) spans.push({ person: current.holder, from: current.startsAt, to: other.nextHandoffAt });
    // Newer rotations' plans give way to this one's: only who holds them now counts.
    if (other.id > rotation.id) continue;
    const horizon = occurrences(other.rrule, other.dtstart, other.timezone, other.nextHandoffAt, 200).filter(
      (d) => d <= until,
    ).length;
    const memo = plans.get(other.id);
    const upcoming =
      memo && memo.length >= horizon ? memo : await plan(store, other, Math.max(1, horizon), plans);
    upcoming.forEach((term, i) => {
      const to = upcoming[i + 1]?.startsAt ?? until;
      if (term.holder) spans.push({ person: term.holder, from: term.startsAt, to });
    });
  }
  return spans;
}

/** A holder as people read it: `@bob`, or a circle's name. */
export async function holderName(store: Store, holder: string | undefined): Promise<string> {
  if (holder === undefined) return "nobody available";
  if (!holder.startsWith("circle:")) return displayPerson(holder);
  const circle = await store.circles.byId(Number(holder.slice(7)));
  return circle ? `“${circle.name}”` : "a circle that left";
}

/**
 * Does whatever of a rotation is due at `now`: the heads-up to the next holder, then the public
 * handoff; repeats (bounded) to catch up after downtime. Each message is keyed by rotation, term
 * and holder, so running this twice announces nothing twice.
 */
export async function advanceRotation(store: Store, start: Rotation, now: Date): Promise<number> {
  let rotation = start;
  let done = 0;
  for (let step = 0; step < 50; step++) {
    const handoff = rotation.nextHandoffAt;
    if (!handoff) break;
    if (rotation.nextHeadsUpAt && rotation.nextHeadsUpAt <= now && rotation.nextHeadsUpAt < handoff) {
      await speakingTo(store, await rotationPlace(store, rotation), () =>
        sendHeadsUp(store, rotation, handoff, now),
      );
      rotation = await store.rotations.update(rotation.id, { nextHeadsUpAt: null });
    } else if (handoff <= now) {
      await speakingTo(store, await rotationPlace(store, rotation), () =>
        handOver(store, rotation, handoff, now),
      );
      const next = occurrenceAfter(rotation.rrule, rotation.dtstart, rotation.timezone, handoff) ?? null;
      rotation = await store.rotations.update(rotation.id, {
        nextTerm: rotation.nextTerm + 1,
        nextHandoffAt: next,
        nextHeadsUpAt: next ? headsUpAt(rotation, next) : null,
      });
    } else {
      if (rotation.nextHeadsUpAt && rotation.nextHeadsUpAt <= now) {
        rotation = await store.rotations.update(rotation.id, { nextHeadsUpAt: null });
      }
      break;
    }
    done += 1;
  }
  return done;
}

async function sendHeadsUp(store: Store, rotation: Rotation, startsAt: Date, now: Date): Promise<void> {
  const [next] = await upcomingTerms(store, rotation, 1);
  const world = await worldOf(store, rotation);
  const label = roleLabel(rotation);
  const when = formatMoment(startsAt, rotation.timezone);
  if (!next?.holder) {
    await notify(
      store,
      `rotation:${rotation.id}:term:${rotation.nextTerm}:heads-up:nobody`,
      world.ownerPlace,
      now,
      t("handoff.nobody_available", { role: label, owner: world.ownerName, when, term: rotation.nextTerm }),
    );
    return;
  }
  const existing = await store.rotations.term(rotation.id, rotation.nextTerm);
  await store.rotations.saveTerm({
    ...blankTerm(rotation, next.holder, startsAt),
    ...existing,
    holder: next.holder,
    headsUpAt: now,
  });
  const name = world.names.get(next.holder) ?? (await holderName(store, next.holder));
  const key = `rotation:${rotation.id}:term:${rotation.nextTerm}:heads-up:${next.holder}`;
  if (rotation.circleId !== null) {
    await notify(
      store,
      key,
      world.ownerPlace,
      now,
      t("handoff.heads_up", {
        name,
        role: label,
        owner: world.ownerName,
        when,
        term: rotation.nextTerm,
        rotation: rotation.role,
      }),
    );
  } else {
    const spotlight = rotation.kind === "spotlight";
    const what = spotlight
      ? t("handoff.what_spotlight", { owner: world.ownerName })
      : t("handoff.what_role", { role: label, owner: world.ownerName });
    const ask = spotlight
      ? t("handoff.ask_spotlight")
      : t("handoff.ask_name", { rotation: rotation.role, owner: world.ownerName });
    await notify(
      store,
      key,
      world.homes.get(next.holder) ?? null,
      now,
      t("handoff.heads_up_circle", { name, what, when, term: rotation.nextTerm, ask }),
    );
  }
}

async function handOver(store: Store, rotation: Rotation, startsAt: Date, now: Date): Promise<void> {
  const term = rotation.nextTerm;
  const planned =
    (await store.rotations.term(rotation.id, term))?.holder ??
    (await upcomingTerms(store, rotation, 1))[0]?.holder;
  const world = await worldOf(store, rotation);
  const label = roleLabel(rotation);
  if (planned === undefined) {
    await notify(
      store,
      `rotation:${rotation.id}:term:${term}:handoff`,
      world.ownerPlace,
      now,
      t("handoff.nobody_took_over", { role: label, owner: world.ownerName, term }),
    );
    return;
  }
  const previous = await store.rotations.term(rotation.id, term - 1);
  const outgoing = previous?.announcedAt ? previous.holder : null;
  // The books are handed over from someone: a first holder has nothing to confirm about them.
  const hasChecklist = rotation.checklist.length > 0 || (keepsBooks(rotation) && outgoing !== null);
  const saved: RotationTerm = {
    ...blankTerm(rotation, planned, startsAt),
    ...(await store.rotations.term(rotation.id, term)),
    holder: planned,
    announcedAt: now,
    outgoing,
    reannounceAt: hasChecklist ? new Date(now.getTime() + 24 * 60 * MINUTE_MS) : null,
  };
  await store.rotations.saveTerm(saved);
  const name = world.names.get(planned) ?? (await holderName(store, planned));
  const from =
    outgoing && outgoing !== planned
      ? (world.names.get(outgoing) ?? (await holderName(store, outgoing)))
      : "none";
  const lines = [
    rotation.kind === "spotlight"
      ? t("handoff.spotlight_turns", { owner: world.ownerName, name, term })
      : t("handoff.now_holder", { name, role: label, owner: world.ownerName, term, from }),
  ];
  const [after] = await upcomingTerms(
    store,
    {
      ...rotation,
      nextTerm: term + 1,
      nextHandoffAt: occurrenceAfter(rotation.rrule, rotation.dtstart, rotation.timezone, startsAt) ?? null,
    },
    1,
  );
  if (after)
    lines.push(
      t("handoff.next", {
        name: await holderName(store, after.holder),
        when: formatMoment(after.startsAt, rotation.timezone),
      }),
    );
  const books = await booksAtHandover(store, rotation);
  if (books) lines.push(books);
  if (hasChecklist) lines.push(checklistText(rotation, saved, world.names));
  const places = [world.ownerPlace];
  if (rotation.circleId === null) places.push(world.homes.get(planned) ?? null);
  if (rotation.kind === "spotlight") places.push(...world.allHomes);
  for (const place of new Set(places))
    await notify(
      store,
      `rotation:${rotation.id}:term:${term}:handoff:${place}`,
      place,
      now,
      lines.join("\n"),
    );
}

/** Handover reminders at most: a day, three days and a week after the handoff. */
export const HANDOVER_REMINDERS = 3;

/**
 * Where a rotation's announcements are said, and so their language: its circle's home, or its
 * federation's announcement place.
 */
async function rotationPlace(store: Store, rotation: Rotation): Promise<string | null> {
  if (rotation.circleId !== null) return (await store.circles.byId(rotation.circleId))?.homePlace ?? null;
  return (await store.federations.byId(rotation.federationId ?? 0))?.announcePlace ?? null;
}

/**
 * Re-announces a custodian handover until both sides have confirmed the checklist: a day after
 * the handoff, then two and four days later (not every day for a week: a room hears of an
 * unconfirmed handover three times).
 */
export async function remindHandover(store: Store, term: RotationTerm, now: Date): Promise<void> {
  const rotation = await store.rotations.byId(term.rotationId);
  if (rotation)
    await speakingTo(store, await rotationPlace(store, rotation), () => remind(store, rotation, term, now));
  else await store.rotations.saveTerm({ ...term, reannounceAt: null });
}

async function remind(store: Store, rotation: Rotation, term: RotationTerm, now: Date): Promise<void> {
  const done = term.incomingConfirmedAt && (term.outgoing === null || term.outgoingConfirmedAt);
  if (rotation.archivedAt || done || term.reminders >= HANDOVER_REMINDERS) {
    await store.rotations.saveTerm({ ...term, reannounceAt: null });
    return;
  }
  const world = await worldOf(store, rotation);
  const reminder = term.reminders + 1;
  await store.rotations.saveTerm({
    ...term,
    reminders: reminder,
    reannounceAt: new Date(now.getTime() + 2 ** reminder * 24 * 60 * MINUTE_MS),
  });
  await notify(
    store,
    `rotation:${rotation.id}:term:${term.term}:reminder:${reminder}`,
    world.ownerPlace,
    now,
    [
      t("handoff.reminder", { role: roleLabel(rotation), term: term.term }),
      ...[await booksAtHandover(store, rotation)].filter((b) => b !== undefined),
      checklistText(rotation, term, world.names),
    ].join("\n"),
  );
}

function checklistText(rotation: Rotation, term: RotationTerm, names: Map<string, string>): string {
  const who = [term.holder, term.outgoing].flatMap((h) => (h ? [names.get(h) ?? h] : []));
  return [
    t("handoff.checklist", {
      items: handoverChecklist(rotation)
        .map((item, i) => `${i + 1}) ${item}`)
        .join(" "),
    }),
    t("handoff.confirm", {
      who: new Intl.ListFormat(currentLocale(), { type: "conjunction" }).format(who),
      rotation: rotation.role,
      domain: rotation.domain ? ` domain:${rotation.domain}` : "",
    }),
  ].join("\n");
}

/** A term nobody has been told about yet (term defaults to the rotation's next). */
export function blankTerm(
  rotation: Rotation,
  holder: string,
  startsAt: Date,
  term = rotation.nextTerm,
): RotationTerm {
  return {
    rotationId: rotation.id,
    term,
    holder,
    startsAt,
    namedPerson: null,
    headsUpAt: null,
    announcedAt: null,
    outgoing: null,
    outgoingConfirmedAt: null,
    incomingConfirmedAt: null,
    reminders: 0,
    reannounceAt: null,
  };
}

async function notify(
  store: Store,
  key: string,
  place: string | null,
  now: Date,
  text: string,
): Promise<void> {
  if (place) await store.outbox.add({ key, place, text, createdAt: now });
}

/** After a swap, skip, absence or edit: forget planned holders so they are planned again. */
export async function replan(store: Store, rotation: Rotation): Promise<Rotation> {
  await store.rotations.dropPlannedTerms(rotation.id, rotation.nextTerm);
  if (!rotation.nextHandoffAt) return rotation;
  return store.rotations.update(rotation.id, { nextHeadsUpAt: headsUpAt(rotation, rotation.nextHandoffAt) });
}

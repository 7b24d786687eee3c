import { toNumeric } from "./aid-amounts.js";
import { upcomingStarts } from "./convergences.js";
import { t } from "./i18n.js";
import { displayPerson, type PersonId } from "./ids.js";
import type { Circle, Federation } from "./model.js";
import { decisionRef } from "./outcomes.js";
import { peopleDirectory } from "./people-directory.js";
import { renderPlain } from "./people-text.js";
import type { Store } from "./ports.js";
import { mentionedIn, redactMentions } from "./redact.js";
import { booksSection, creditSection, fundsSection, ledgerSection } from "./treasury-record.js";

/**
 * A circle's or a federation's open record as tables, for exports (CSV, JSON) and the public
 * page: circles, the members who agreed to be named, decisions, polls, mandates, rotations, aid,
 * the calendar, the stories and the treasury. Every person in it is shown by handle only if they said
 * `me show-name yes`; otherwise as "a member". A secret poll shows totals only, like every poll
 * here (who voted for what is not part of an export).
 *
 * The treasury's tables (books, funds, credit, the ledger's lines) come from treasury-record.ts.
 * A section is a function from the scope to one table: name it in {@link RECORD_TABLES} and
 * {@link RECORD_SECTIONS}, and every export and the page's download links carry it.
 */

/** A cell: text, a number, a yes/no, nothing, or a person (shown only with their consent). */
export type Cell = string | number | boolean | null | { person: PersonId };

export interface RecordTable {
  /** File-name safe: `decisions` becomes decisions.csv. */
  name: string;
  columns: readonly string[];
  rows: Cell[][];
}

/** What a section reads: the scope, its circles, and the store. */
export interface SectionContext {
  store: Store;
  now: Date;
  /** The federation whose record it is; undefined for one circle's record. */
  federation: Federation | undefined;
  /** The federation the circles belong to (for a circle's record: its own, if any). */
  within: Federation | undefined;
  /** The circles in scope (one, or the federation's), with their sizes. */
  circles: ReadonlyArray<Circle & { size: number }>;
  circleName(id: number | null): string;
}

export type RecordSection = (ctx: SectionContext) => Promise<RecordTable>;

/** A record ready to show: persons resolved to a handle or "a member". */
export interface OpenRecord {
  scope: { kind: "federation" | "circle"; name: string; timezone: string };
  generatedAt: string;
  tables: Array<{
    name: string;
    columns: readonly string[];
    rows: Array<Array<string | number | boolean | null>>;
  }>;
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

const circlesSection: RecordSection = async (ctx) => ({
  name: "circles",
  columns: ["circle", "purpose", "members", "timezone", "founded"],
  rows: ctx.circles.map((c) => [c.name, c.purpose, c.size, c.timezone, iso(c.createdAt)]),
});

/** Only the members who agreed to be named: the others are counted in `circles`, never listed. */
const membersSection: RecordSection = async (ctx) => {
  const rows: Cell[][] = [];
  for (const circle of ctx.circles) {
    const members = await ctx.store.members.list(circle.id);
    const shown = await ctx.store.record.namesShown(members);
    for (const person of members) if (shown.has(person)) rows.push([circle.name, displayPerson(person)]);
  }
  return { name: "members", columns: ["circle", "member"], rows };
};

const decisionsSection: RecordSection = async (ctx) => {
  const proposals = await ctx.store.proposals.list({
    circleIds: ctx.circles.map((c) => c.id),
    ...(ctx.federation ? { federationId: ctx.federation.id } : {}),
    openOnly: false,
  });
  const n = (o: Record<string, unknown> | null, key: string) => (o ? Number(o[key] ?? 0) : null);
  return {
    name: "decisions",
    columns: [
      "proposal",
      "decided_by",
      "title",
      "proposed_by",
      "status",
      "opened",
      "closes_or_closed",
      "agree",
      "abstain",
      "object",
      "block",
      "silent",
    ],
    rows: proposals.map((p) => [
      p.id,
      p.federationId !== null ? (ctx.federation?.name ?? "?") : ctx.circleName(p.circleId),
      p.title,
      { person: p.proposedBy },
      p.status,
      iso(p.opensAt),
      iso(p.closedAt ?? p.closesAt),
      n(p.outcome, "agree"),
      n(p.outcome, "abstain"),
      n(p.outcome, "object"),
      n(p.outcome, "block"),
      n(p.outcome, "silent"),
    ]),
  };
};

const pollsSection: RecordSection = async (ctx) => {
  const polls = await ctx.store.polls.list({ circleIds: ctx.circles.map((c) => c.id), openOnly: false });
  return {
    name: "polls",
    columns: [
      "poll",
      "circle",
      "question",
      "options",
      "secret",
      "opened",
      "closes",
      "closed",
      "counts",
      "cast",
      "eligible",
      "carried",
    ],
    rows: polls.map((p) => {
      // Counts only once it closed: a secret ballot leaks nothing before.
      const result = p.closedAt ? (p.result ?? {}) : {};
      const counts = Array.isArray(result.counts) ? (result.counts as number[]) : [];
      const winner = typeof result.winner === "number" ? (p.options[result.winner] ?? null) : null;
      return [
        p.id,
        ctx.circleName(p.circleId),
        p.question,
        p.options.join(" | "),
        p.secret,
        iso(p.opensAt),
        iso(p.closesAt),
        iso(p.closedAt),
        p.closedAt ? counts.join(" | ") : null,
        p.closedAt ? Number(result.cast ?? 0) : null,
        p.closedAt ? Number(result.eligible ?? 0) : null,
        winner,
      ];
    }),
  };
};

const mandatesSection: RecordSection = async (ctx) => {
  const mandates = ctx.federation
    ? await ctx.store.mandates.list({ federationId: ctx.federation.id, includeEnded: true })
    : await ctx.store.mandates.list({ circleId: ctx.circles[0]?.id ?? 0, includeEnded: true });
  return {
    name: "mandates",
    columns: [
      "mandate",
      "circle",
      "delegate",
      "scope",
      "starts",
      "expires",
      "status",
      "ended",
      "end_reason",
      "ended_by",
    ],
    rows: mandates.map((m) => [
      m.id,
      ctx.circleName(m.circleId),
      { person: m.delegate },
      m.scope,
      iso(m.startsAt),
      iso(m.expiresAt),
      m.status,
      iso(m.endedAt),
      m.endReason,
      m.endDecision ? decisionRef(m.endDecision) : null,
    ]),
  };
};

const rotationsSection: RecordSection = async (ctx) => {
  const scopes = [
    ...(ctx.federation ? [{ federationId: ctx.federation.id }] : []),
    ...ctx.circles.map((c) => ({ circleId: c.id })),
  ];
  const rows: Cell[][] = [];
  for (const scope of scopes) {
    for (const rotation of await ctx.store.rotations.list(scope)) {
      const terms = await ctx.store.rotations.terms(rotation.id);
      const current = terms.filter((term) => term.startsAt <= ctx.now && term.announcedAt).at(-1);
      const holder = current?.holder;
      rows.push([
        rotation.id,
        rotation.circleId !== null ? ctx.circleName(rotation.circleId) : (ctx.federation?.name ?? "?"),
        rotation.role,
        rotation.domain,
        rotation.cadence,
        holder === undefined
          ? null
          : holder.startsWith("circle:")
            ? ctx.circleName(Number(holder.slice(7)))
            : { person: holder },
        iso(rotation.nextHandoffAt),
      ]);
    }
  }
  return {
    name: "rotations",
    columns: ["rotation", "of", "role", "domain", "cadence", "holder", "next_handoff"],
    rows,
  };
};

const aidSection: RecordSection = async (ctx) => {
  const rows: Cell[][] = [];
  if (ctx.within) {
    const inScope = new Set(ctx.circles.map((c) => c.id));
    for (const request of await ctx.store.aid.requests({ federationId: ctx.within.id })) {
      const offers = await ctx.store.aid.offers({ requestId: request.id });
      const mine = inScope.has(request.circleId);
      if (mine)
        rows.push([
          "request",
          request.id,
          null,
          ctx.circleName(request.circleId),
          request.what,
          request.amount === null ? null : toNumeric(request.amount),
          request.unit,
          request.urgency,
          request.status,
          iso(request.byAt),
        ]);
      for (const offer of offers) {
        if (!mine && !inScope.has(offer.circleId)) continue;
        rows.push([
          "offer",
          offer.id,
          request.id,
          ctx.circleName(offer.circleId),
          offer.what,
          offer.amount === null ? null : toNumeric(offer.amount),
          offer.unit,
          null,
          offer.status,
          null,
        ]);
      }
    }
  }
  return {
    name: "aid",
    columns: ["kind", "id", "request", "circle", "what", "amount", "unit", "urgency", "status", "by"],
    rows,
  };
};

const calendarSection: RecordSection = async (ctx) => {
  const rows: Cell[][] = [];
  if (ctx.federation) {
    for (const c of await ctx.store.convergences.list(ctx.federation.id)) {
      const [next] = upcomingStarts(c, ctx.now, 1);
      const [minutes] = await ctx.store.record.minutes(c.id);
      rows.push([
        "convergence",
        c.id,
        c.title,
        iso(next ?? null),
        c.rrule,
        c.timezone,
        c.location,
        minutes ? [minutes.text, minutes.link].filter(Boolean).join(" ") : null,
      ]);
    }
    for (const r of await ctx.store.rituals.list(ctx.federation.id)) {
      const day = `${String(r.month).padStart(2, "0")}-${String(r.day).padStart(2, "0")}`;
      rows.push(["ritual", r.id, r.title, day, "FREQ=YEARLY", ctx.federation.timezone, null, null]);
    }
  }
  return {
    name: "calendar",
    columns: ["kind", "id", "title", "next", "rrule", "timezone", "where", "minutes"],
    rows,
  };
};

const storiesSection: RecordSection = async (ctx) => ({
  name: "stories",
  columns: ["story", "title", "founding", "text"],
  rows: ctx.federation
    ? (await ctx.store.stories.list(ctx.federation.id)).map((s) => [s.id, s.title, s.founding, s.text])
    : [],
});

/** The names of the tables (for `table:` and the page's links), in order. */
export const RECORD_TABLES = [
  "circles",
  "members",
  "decisions",
  "polls",
  "mandates",
  "rotations",
  "aid",
  "calendar",
  "stories",
  "books",
  "funds",
  "credit",
  "ledger",
] as const;
export type RecordTableName = (typeof RECORD_TABLES)[number];

/** How each table is read; an export reads only the tables it carries. */
export const RECORD_SECTIONS: Record<RecordTableName, RecordSection> = {
  circles: circlesSection,
  members: membersSection,
  decisions: decisionsSection,
  polls: pollsSection,
  mandates: mandatesSection,
  rotations: rotationsSection,
  aid: aidSection,
  calendar: calendarSection,
  stories: storiesSection,
  books: booksSection,
  funds: fundsSection,
  credit: creditSection,
  ledger: ledgerSection,
};

/**
 * Collects the record of a federation (all its circles) or of one circle, optionally only some
 * tables, and resolves every person to their handle if they agreed, else "a member".
 */
export async function collectRecord(
  store: Store,
  scope: { federation: Federation } | { circle: Circle },
  now: Date,
  only?: readonly string[],
): Promise<OpenRecord> {
  const federation =
    "federation" in scope
      ? scope.federation
      : scope.circle.federationId
        ? await store.federations.byId(scope.circle.federationId)
        : undefined;
  const circles =
    "federation" in scope
      ? await store.circles.list({ federationId: scope.federation.id })
      : [{ ...scope.circle, size: await store.members.count(scope.circle.id) }];
  const names = new Map(circles.map((c) => [c.id, c.name]));
  const missing: number[] = [];
  const ctx: SectionContext = {
    store,
    now,
    federation: "federation" in scope ? scope.federation : undefined,
    within: federation,
    circles,
    circleName: (id) => {
      if (id === null) return "?";
      const name = names.get(id);
      if (name === undefined) missing.push(id);
      // A marker no text people type can hold (the input policy refuses NUL), named below.
      return name ?? `\u0000circle:${id}`;
    },
  };
  const tables: RecordTable[] = [];
  for (const name of RECORD_TABLES) {
    if (!only || only.includes(name)) tables.push(await RECORD_SECTIONS[name](ctx));
  }
  // Circles that left the federation still appear in its older decisions: name them.
  if (missing.length) {
    for (const circle of await store.circles.byIds([...new Set(missing)])) names.set(circle.id, circle.name);
  }
  const people = tables.flatMap((tb) =>
    tb.rows.flatMap((row) =>
      row.flatMap((cell) =>
        cell && typeof cell === "object" ? [cell.person] : typeof cell === "string" ? mentionedIn(cell) : [],
      ),
    ),
  );
  const shown = await store.record.namesShown(people);
  const someone = t("record.someone");
  const render = (cell: Cell) =>
    cell && typeof cell === "object"
      ? shown.has(cell.person)
        ? displayPerson(cell.person)
        : someone
      : typeof cell === "string"
        ? redactMentions(cell, shown, someone)
        : cell;
  const where = "federation" in scope ? scope.federation : scope.circle;
  return {
    scope: {
      kind: "federation" in scope ? "federation" : "circle",
      name: where.name,
      timezone: where.timezone,
    },
    generatedAt: now.toISOString(),
    tables: tables.map((tb) => ({
      name: tb.name,
      columns: tb.columns,
      rows: tb.rows.map((row) =>
        row.map((cell) => {
          const rendered = render(cell);
          const value = typeof rendered === "string" ? renderPlain(rendered, peopleDirectory) : rendered;
          return typeof value === "string" && value.startsWith("\u0000circle:")
            ? (names.get(Number(value.slice(8))) ?? "?")
            : value;
        }),
      ),
    })),
  };
}

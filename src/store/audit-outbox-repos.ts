import { sql } from "kysely";
import { msg, rendered, translator } from "../core/i18n.js";
import { LIMIT_SETTINGS } from "../core/limits.js";
import { peopleDirectory } from "../core/people-directory.js";
import { renderPlain, renderPlainAll } from "../core/people-text.js";
import type { AuditEntry, AuditRepo, HandledEventRepo, NewOutboxMessage, OutboxRepo } from "../core/ports.js";
import { compiledOnce } from "./compiled.js";
import type { Db } from "./db.js";
import { languagesRepo } from "./languages-repo.js";

const auditRow = (entry: AuditEntry) => ({
  at: entry.at,
  actor: entry.actor,
  action: entry.action,
  circleId: entry.circleId ?? null,
  federationId: entry.federationId ?? null,
  details: JSON.stringify(entry.details ?? {}),
});

const insertAudit = compiledOnce(
  (
    db,
    at: Date,
    actor: string,
    action: string,
    circleId: number | null,
    federationId: number | null,
    details: string,
  ) =>
    db.insertInto("auditLog").values({ at, actor, action, circleId, federationId, details }).returning("id"),
);

export function auditRepo(db: Db): AuditRepo {
  return {
    async record(entry) {
      const r = auditRow(entry);
      const [row] = await insertAudit(db, r.at, r.actor, r.action, r.circleId, r.federationId, r.details);
      if (!row) throw new Error("audit row not written");
      return row.id;
    },
    /** One statement whatever the count: six array parameters rather than six per entry. */
    async recordMany(entries) {
      if (entries.length === 0) return;
      const rows = entries.map(auditRow);
      await sql`
        insert into audit_log (at, actor, action, circle_id, federation_id, details)
        select * from unnest(
          ${rows.map((r) => r.at)}::timestamptz[], ${rows.map((r) => r.actor)}::text[],
          ${rows.map((r) => r.action)}::text[], ${rows.map((r) => r.circleId)}::int[],
          ${rows.map((r) => r.federationId)}::int[], ${rows.map((r) => r.details)}::jsonb[])`.execute(db);
    },
  };
}

/** An outbox message with its text rendered for its place. */
type RenderedMessage = NewOutboxMessage & { text: string };

/**
 * A message as stored. People stay tokens for chat platforms (each transport renders them for
 * its readers when it sends); a shell place is plain text with one reader, so it is stored as
 * the shell shows it, and the record reads what the shell printed.
 */
function stored(message: Omit<RenderedMessage, "deliveredAs">): Omit<RenderedMessage, "deliveredAs"> {
  if (!message.place.startsWith("shell:")) return message;
  return {
    ...message,
    text: renderPlain(message.text, peopleDirectory, "shell"),
    ...(message.payload ? { payload: renderPlainAll(message.payload, peopleDirectory, "shell") } : {}),
  };
}

const outboxRow = ({ deliveredAs, ...given }: RenderedMessage, held: boolean) => {
  const message = stored(given);
  return {
    ...message,
    payload: message.payload ? JSON.stringify(message.payload) : null,
    ...(deliveredAs ? { deliveredAt: message.createdAt, platformMessageId: deliveredAs } : {}),
    // Held back: kept in the record, marked done, never sent.
    ...(held ? { deliveredAt: message.createdAt, heldReason: HELD_FLOOD } : {}),
  };
};

const HELD_FLOOD = "the place had had its day's share of announcements";
const DAY_MS = 86_400_000;

/** What counts toward a place's daily share: messages people read (not role syncs or event mirrors). */
const counts = (m: RenderedMessage) =>
  m.text !== "" &&
  m.deliveredAs === undefined &&
  m.payload?.type !== "role-sync" &&
  m.payload?.type !== "convergence-event";

/**
 * The outbox. At most `perPlacePerDay` announcements a place reads go to one place in any day:
 * the first one beyond is replaced by a single summary (once per place and UTC day) and the rest
 * are held, so one broken schedule or one flooder cannot drown a room.
 */
export function outboxRepo(db: Db, perPlacePerDay = Number.POSITIVE_INFINITY): OutboxRepo {
  const languages = languagesRepo(db);
  /** Renders texts in the language of their place, looking places up only when a text needs it. */
  const render = async <M extends { place: string; text: NewOutboxMessage["text"] }>(
    messages: readonly M[],
  ) => {
    const needed = messages.filter((m) => typeof m.text !== "string").map((m) => m.place);
    const spoken = needed.length ? await languages.ofPlaces(needed) : new Map();
    return messages.map((m) => ({ ...m, text: rendered(m.text, translator(spoken.get(m.place) ?? "en")) }));
  };
  /** Which of `messages` to hold, and the summaries to send instead. */
  const flood = async (messages: readonly RenderedMessage[]) => {
    const held = new Set<number>();
    const summaries: Array<Omit<RenderedMessage, "text"> & { text: ReturnType<typeof msg> }> = [];
    const counted = messages.filter(counts);
    if (counted.length === 0 || !Number.isFinite(perPlacePerDay)) return { held, summaries };
    const places = [...new Set(counted.map((m) => m.place))];
    const since = new Date(Math.min(...counted.map((m) => m.createdAt.getTime())) - DAY_MS);
    const { rows } = await sql<{ place: string; n: number }>`
      select place, count(*)::int as n from outbox
      where place = any(${places}::text[]) and created_at > ${since} and held_reason is null
        and text <> '' and coalesce(payload->>'type', '') not in ('role-sync', 'convergence-event')
      group by place`.execute(db);
    const sent = new Map(rows.map((r) => [r.place, r.n]));
    messages.forEach((m, i) => {
      if (!counts(m)) return;
      const n = sent.get(m.place) ?? 0;
      sent.set(m.place, n + 1);
      if (n < perPlacePerDay) return;
      held.add(i);
      if (n === perPlacePerDay) {
        const day = m.createdAt.toISOString().slice(0, 10);
        summaries.push({
          key: `flood:${m.place}:${day}`,
          place: m.place,
          createdAt: m.createdAt,
          text: msg("limit.flood_summary", {
            limit: perPlacePerDay,
            setting: LIMIT_SETTINGS.announcementsPerPlacePerDay,
          }),
        });
      }
    });
    return { held, summaries };
  };
  const repo: OutboxRepo = {
    add: async (message) => (await repo.addMany([message])).length > 0,
    /** One statement whatever the count: array parameters rather than a set per message. */
    async addMany(given, reserve) {
      if (given.length === 0) return [];
      const texts: RenderedMessage[] = await render(given);
      const { held, summaries } = await flood(texts);
      const messages: RenderedMessage[] = [...texts, ...(await render(summaries))];
      const rows = messages.map((m, i) => outboxRow(m, held.has(i)));
      const column = <T>(pick: (row: (typeof rows)[number]) => T) => rows.map(pick);
      const token = reserve?.token ?? null;
      const { rows: added } = await sql<{ key: string }>`
        insert into outbox (key, place, text, created_at, payload, delivered_at, platform_message_id,
                            held_reason, claim_token, claimed_until)
        select m.*,
               case when m.delivered_at is null then ${token}::text end,
               case when m.delivered_at is null and ${token}::text is not null
                    then now() + ${`${reserve?.forMs ?? 0} milliseconds`}::interval end
        from unnest(
          ${column((r) => r.key)}::text[], ${column((r) => r.place)}::text[],
          ${column((r) => r.text)}::text[], ${column((r) => r.createdAt)}::timestamptz[],
          ${column((r) => r.payload)}::jsonb[], ${column((r) => r.deliveredAt ?? null)}::timestamptz[],
          ${column((r) => r.platformMessageId ?? null)}::text[], ${column((r) => r.heldReason ?? null)}::text[])
          as m(key, place, text, created_at, payload, delivered_at, platform_message_id, held_reason)
        on conflict (key) do nothing
        returning key`.execute(db);
      return added.map((r) => r.key);
    },
  };
  return repo;
}

const claimEvent = compiledOnce((db, eventId: string, at: Date) =>
  db
    .insertInto("handledEvent")
    .values({ eventId, handledAt: at })
    .onConflict((oc) => oc.column("eventId").doNothing())
    .returning("eventId"),
);

export function handledEventsRepo(db: Db): HandledEventRepo {
  return {
    async claim(eventId, at) {
      return (await claimEvent(db, eventId, at)).length > 0;
    },
  };
}

import { sql } from "kysely";
import type { AuditEntry, AuditRepo, HandledEventRepo, NewOutboxMessage, OutboxRepo } from "../core/ports.js";
import type { Db } from "./db.js";

const auditRow = (entry: AuditEntry) => ({
  at: entry.at,
  actor: entry.actor,
  action: entry.action,
  circleId: entry.circleId ?? null,
  federationId: entry.federationId ?? null,
  details: JSON.stringify(entry.details ?? {}),
});

export function auditRepo(db: Db): AuditRepo {
  return {
    async record(entry) {
      const row = await db
        .insertInto("auditLog")
        .values(auditRow(entry))
        .returning("id")
        .executeTakeFirstOrThrow();
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

const outboxRow = ({ deliveredAs, ...message }: NewOutboxMessage) => ({
  ...message,
  payload: message.payload ? JSON.stringify(message.payload) : null,
  ...(deliveredAs ? { deliveredAt: message.createdAt, platformMessageId: deliveredAs } : {}),
});

export function outboxRepo(db: Db): OutboxRepo {
  const repo: OutboxRepo = {
    add: async (message) => (await repo.addMany([message])).length > 0,
    /** One statement whatever the count: array parameters rather than a set per message. */
    async addMany(messages, reserve) {
      if (messages.length === 0) return [];
      const rows = messages.map(outboxRow);
      const column = <T>(pick: (row: (typeof rows)[number]) => T) => rows.map(pick);
      const token = reserve?.token ?? null;
      const { rows: added } = await sql<{ key: string }>`
        insert into outbox (key, place, text, created_at, payload, delivered_at, platform_message_id,
                            claim_token, claimed_until)
        select m.*,
               case when m.delivered_at is null then ${token}::text end,
               case when m.delivered_at is null and ${token}::text is not null
                    then now() + ${`${reserve?.forMs ?? 0} milliseconds`}::interval end
        from unnest(
          ${column((r) => r.key)}::text[], ${column((r) => r.place)}::text[],
          ${column((r) => r.text)}::text[], ${column((r) => r.createdAt)}::timestamptz[],
          ${column((r) => r.payload)}::jsonb[], ${column((r) => r.deliveredAt ?? null)}::timestamptz[],
          ${column((r) => r.platformMessageId ?? null)}::text[])
          as m(key, place, text, created_at, payload, delivered_at, platform_message_id)
        on conflict (key) do nothing
        returning key`.execute(db);
      return added.map((r) => r.key);
    },
  };
  return repo;
}

export function handledEventsRepo(db: Db): HandledEventRepo {
  return {
    async claim(eventId, at) {
      const row = await db
        .insertInto("handledEvent")
        .values({ eventId, handledAt: at })
        .onConflict((oc) => oc.column("eventId").doNothing())
        .returning("eventId")
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}

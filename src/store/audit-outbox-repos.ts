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
    async recordMany(entries) {
      if (entries.length) await db.insertInto("auditLog").values(entries.map(auditRow)).execute();
    },
  };
}

const outboxRow = ({ deliveredAs, ...message }: NewOutboxMessage) => ({
  ...message,
  payload: message.payload ? JSON.stringify(message.payload) : null,
  ...(deliveredAs ? { deliveredAt: message.createdAt, platformMessageId: deliveredAs } : {}),
});

export function outboxRepo(db: Db): OutboxRepo {
  return {
    async add(message) {
      const row = await db
        .insertInto("outbox")
        .values(outboxRow(message))
        .onConflict((oc) => oc.column("key").doNothing())
        .returning("id")
        .executeTakeFirst();
      return row !== undefined;
    },
    async addMany(messages) {
      if (messages.length === 0) return [];
      const rows = await db
        .insertInto("outbox")
        .values(messages.map(outboxRow))
        .onConflict((oc) => oc.column("key").doNothing())
        .returning("key")
        .execute();
      return rows.map((r) => r.key);
    },
  };
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

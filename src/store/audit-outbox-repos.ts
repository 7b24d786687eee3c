import type { AuditRepo, HandledEventRepo, OutboxRepo } from "../core/ports.js";
import type { Db } from "./db.js";

export function auditRepo(db: Db): AuditRepo {
  return {
    async record(entry) {
      const row = await db
        .insertInto("auditLog")
        .values({
          at: entry.at,
          actor: entry.actor,
          action: entry.action,
          circleId: entry.circleId ?? null,
          federationId: entry.federationId ?? null,
          details: JSON.stringify(entry.details ?? {}),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },
  };
}

export function outboxRepo(db: Db): OutboxRepo {
  return {
    async add(message) {
      const row = await db
        .insertInto("outbox")
        .values({ ...message, payload: message.payload ? JSON.stringify(message.payload) : null })
        .onConflict((oc) => oc.column("key").doNothing())
        .returning("id")
        .executeTakeFirst();
      return row !== undefined;
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

import type { Db } from "./db.js";

/**
 * Which Jura poll a platform message is, from the outbox row that posted it (key
 * `poll:<id>:start`). Adapters use it to turn a native vote into `poll vote <id> <n>`.
 */
export async function pollIdForMessage(db: Db, platformMessageId: string): Promise<number | undefined> {
  const row = await db
    .selectFrom("outbox")
    .select("key")
    .where("platformMessageId", "=", platformMessageId)
    .where("key", "like", "poll:%:start")
    .executeTakeFirst();
  const id = row ? Number(row.key.split(":")[1]) : Number.NaN;
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

/** The answer ids of an adopted poll (started with a client's own poll feature), in option order. */
export async function pollAnswerIds(db: Db, platformMessageId: string): Promise<string[] | undefined> {
  const row = await db
    .selectFrom("outbox")
    .select("payload")
    .where("platformMessageId", "=", platformMessageId)
    .where("key", "like", "poll:%:start")
    .executeTakeFirst();
  const payload = row?.payload;
  return payload?.type === "poll-start" ? payload.answerIds : undefined;
}

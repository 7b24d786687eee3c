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

/** Whether a poll start message is a secret ballot's (its outbox payload says so). */
export async function pollIsSecret(db: Db, platformMessageId: string): Promise<boolean> {
  const row = await db
    .selectFrom("outbox")
    .select("payload")
    .where("platformMessageId", "=", platformMessageId)
    .where("key", "like", "poll:%:start")
    .executeTakeFirst();
  const payload = row?.payload;
  return payload?.type === "poll-start" && payload.secret;
}

/** `convergence:<id>:<start>:start` and `convergence:<id>:<start>:remind:<offset>` (not `:event:` rows). */
const CONVERGENCE_ANNOUNCEMENT =
  /^convergence:(\d{1,10}):\d{4}-\d{2}-\d{2}T[\d:.]+Z:(?:start|remind:\w+)(?::.+)?$/;

/**
 * Which convergence a platform message announces, from the outbox row of its reminder or start.
 * Adapters use it to turn a reaction to the announcement into `convergence rsvp <id> <answer>`.
 */
export async function convergenceIdForMessage(
  db: Db,
  platformMessageId: string,
): Promise<number | undefined> {
  const rows = await db
    .selectFrom("outbox")
    .select("key")
    .where("platformMessageId", "=", platformMessageId)
    .where("key", "like", "convergence:%")
    .execute();
  for (const row of rows) {
    const match = CONVERGENCE_ANNOUNCEMENT.exec(row.key);
    if (match) return Number(match[1]);
  }
  return undefined;
}

/**
 * Which proposal a platform message puts to its deciders, from the outbox row that posted it
 * (key `proposal:<id>:open:<place>`). Adapters turn an answer to it (a reaction, a button) into
 * `proposal <answer> <id>`.
 */
export async function proposalIdForMessage(db: Db, platformMessageId: string): Promise<number | undefined> {
  const row = await db
    .selectFrom("outbox")
    .select("key")
    .where("platformMessageId", "=", platformMessageId)
    .where("key", "like", "proposal:%:open:%")
    .executeTakeFirst();
  const id = row ? Number(row.key.split(":")[1]) : Number.NaN;
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

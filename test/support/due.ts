import { advanceClock } from "../../src/app/advance.js";
import type { Db } from "../../src/store/db.js";
import { unitOfWork } from "../../src/store/store.js";
import type { TestClock } from "./harness.js";

/**
 * Moves the test clock forward with the shell's own `advance` (stopping at each due moment and
 * running the sweep there). Returns the announcements written meanwhile, oldest first.
 */
export async function advance(db: Db, clock: TestClock, ms: number) {
  const before = await db
    .selectFrom("outbox")
    .select((eb) => eb.fn.max("id").as("max"))
    .executeTakeFirst();
  await advanceClock(clock, unitOfWork(db), ms, async () => {});
  return db
    .selectFrom("outbox")
    .select(["key", "place", "text"])
    .where("id", ">", Number(before?.max ?? 0))
    .orderBy("id")
    .execute();
}

export const DAY = 86_400_000;

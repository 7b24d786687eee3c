import { runDue } from "../../src/core/due.js";
import type { Db } from "../../src/store/db.js";
import { unitOfWork } from "../../src/store/store.js";
import type { TestClock } from "./harness.js";

/**
 * Moves the test clock forward, stopping at each due moment and running the sweep there, as the
 * shell's `advance` does. Returns the announcements written meanwhile, oldest first.
 */
export async function advance(db: Db, clock: TestClock, ms: number) {
  const uow = unitOfWork(db);
  const before = await db
    .selectFrom("outbox")
    .select((eb) => eb.fn.max("id").as("max"))
    .executeTakeFirst();
  const target = new Date(clock.now().getTime() + ms);
  for (let guard = 0; guard < 10_000; guard++) {
    const next = await uow.run((store) => store.schedule.nextDueAt());
    if (!next || next > target) break;
    if (next > clock.current) clock.current = next;
    while ((await uow.run((store) => runDue(store, clock.now()))) > 0) {}
  }
  clock.current = target;
  return db
    .selectFrom("outbox")
    .select(["key", "place", "text"])
    .where("id", ">", Number(before?.max ?? 0))
    .orderBy("id")
    .execute();
}

export const DAY = 86_400_000;

import type { SettableClock } from "../core/clock.js";
import { runDue } from "../core/due.js";
import type { UnitOfWork } from "../core/ports.js";

/**
 * Moves a settable clock forward by `ms`, stopping at every moment something falls due so each
 * heads-up, handoff and closing happens at its own time and in order; `settle` delivers what
 * each step announced before the next step runs.
 */
export async function advanceClock(
  clock: SettableClock,
  uow: UnitOfWork,
  ms: number,
  settle: () => Promise<unknown>,
): Promise<void> {
  const target = new Date(clock.now().getTime() + ms);
  for (;;) {
    const next = await uow.run((store) => store.schedule.nextDueAt());
    if (!next || next > target) break;
    clock.set(next);
    let advanced = 0;
    for (let round = 0; round < 1000; round++) {
      const done = await uow.run((store) => runDue(store, clock.now()));
      advanced += done;
      if (done === 0) break;
    }
    await settle();
    if (advanced === 0 && next <= clock.now()) {
      throw new Error(`schedule stuck: something is due at ${next.toISOString()} but nothing advanced`);
    }
  }
  clock.set(target);
}

/** `14d`, `2w`, `12h`, `30m` in milliseconds, or undefined. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d{1,5})\s*(m|h|d|w)$/i.exec(text.trim());
  if (!match) return undefined;
  const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[
    (match[2] ?? "m").toLowerCase() as "m"
  ];
  return Number(match[1]) * unit;
}

import type { SettableClock } from "../core/clock.js";
import { runDue } from "../core/due.js";
import { t } from "../core/i18n.js";
import type { UnitOfWork } from "../core/ports.js";
import { visible } from "../core/text.js";
import { formatMoment } from "../core/time.js";

/** The most one `advance` line may move the clock: a year of schedule at a time. */
export const MAX_ADVANCE_DAYS = 366;
/** The most due moments one advance runs before it stops and says so (a month of a busy rule). */
export const MAX_ADVANCE_STEPS = 5_000;

/**
 * Moves a settable clock forward by `ms`, stopping at every moment something falls due so each
 * heads-up, handoff and closing happens at its own time and in order; `settle` delivers what
 * each step announced before the next step runs. Stops after `maxSteps` due moments, leaving
 * the clock at the last one, so a stretch full of due work always ends.
 */
export async function advanceClock(
  clock: SettableClock,
  uow: UnitOfWork,
  ms: number,
  settle: () => Promise<unknown>,
  maxSteps = MAX_ADVANCE_STEPS,
): Promise<{ complete: boolean; steps: number }> {
  const target = new Date(clock.now().getTime() + ms);
  let steps = 0;
  for (;;) {
    const next = await uow.run((store) => store.schedule.nextDueAt());
    if (!next || next > target) break;
    if (steps >= maxSteps) return { complete: false, steps };
    steps += 1;
    clock.set(next);
    let advanced = 0;
    for (let round = 0; round < 1000; round++) {
      const done = await uow.run((store) => runDue(store, clock.now()));
      advanced += done;
      if (done === 0) break;
    }
    await settle();
    if (advanced === 0 && next <= clock.now() && (await stillDue(uow, next))) {
      throw new Error(`schedule stuck: something is due at ${next.toISOString()} but nothing advanced`);
    }
  }
  clock.set(target);
  return { complete: true, steps };
}

/**
 * Whether `next` is still the earliest due moment, a little while after a step found nothing to
 * do there. A sweep of a running Jura on the same clock may have claimed that work first (its
 * rows are skipped while it holds them): the schedule is stuck only if the moment stays due.
 */
async function stillDue(uow: UnitOfWork, next: Date): Promise<boolean> {
  for (let attempt = 0; attempt < 20; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = await uow.run((store) => store.schedule.nextDueAt());
    if (!now || now.getTime() !== next.getTime()) return false;
  }
  return true;
}

/**
 * The shell's `advance <duration>` line: moves the clock and runs what falls due, or returns
 * what to tell the person instead (an unreadable or too long duration, a stretch too busy to
 * run in one go). Always ends: at most a year, at most {@link MAX_ADVANCE_STEPS} due moments.
 */
export async function advanceLine(
  text: string,
  clock: SettableClock,
  uow: UnitOfWork,
  settle: () => Promise<unknown>,
): Promise<string | undefined> {
  const ms = parseDuration(text);
  if (ms === undefined)
    return `advance takes a duration such as 14d, 2w, 12h or 30m, not “${visible(text)}”.`;
  if (ms > MAX_ADVANCE_DAYS * 86_400_000) return t("shell.advance_too_far", { max: MAX_ADVANCE_DAYS });
  const advanced = await advanceClock(clock, uow, ms, settle);
  if (advanced.complete) return undefined;
  return t("shell.advance_too_busy", { when: formatMoment(clock.now(), "UTC"), count: advanced.steps });
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

/** The only source of "now" for the core, so schedules can be previewed and tested on a virtual clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that can be moved forward (never back): what `advance` drives. */
export interface SettableClock extends Clock {
  set(to: Date): void;
}

/**
 * A clock that only moves when told: the shell's `--clock` and `advance`, and tests, use it to
 * run months of schedule in moments.
 */
export class ManualClock implements SettableClock {
  private current: Date;

  constructor(start: Date) {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(to: Date): void {
    if (to > this.current) this.current = new Date(to);
  }
}

/** The only source of "now" for the core, so schedules can be previewed and tested on a virtual clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

import type { RateLimiterOptions } from "bullmq";

/**
 * Window of BullMQ's fixed-window limiter. Any second can see one window's worth more than the
 * limit (two windows meet at its edges), so windows are short; shorter still costs throughput
 * (measured at 200/s: 100 ms windows reach 99.6 % of the limit with seconds of up to 110 %,
 * 20 ms reach 97.5 % with at most 102 %, 5 ms only 92.6 %).
 */
const WINDOW_MS = 20;

/**
 * Stand-in for "no limit". BullMQ only honours a manual pause (`queue.rateLimit`, used for a
 * platform's 429) on workers that have a limiter, so an unlimited queue gets a huge one.
 */
const UNLIMITED: RateLimiterOptions = { max: 1_000_000_000, duration: 1000 };

/**
 * BullMQ limiter for `perSecond` messages a second (0: unlimited). The limiter's counter lives
 * in Redis, so the limit holds for the queue as a whole, across processes. The window is about
 * 20 ms, rounded so the rate never exceeds `perSecond`: 200/s is 4 per 20 ms, 40/s 1 per 25 ms,
 * 0.5/s 1 per 2 s.
 */
export function limiterFor(perSecond: number): RateLimiterOptions {
  if (!(perSecond > 0) || !Number.isFinite(perSecond)) return UNLIMITED;
  const max = Math.max(1, Math.ceil((perSecond * WINDOW_MS) / 1000));
  return { max, duration: Math.ceil((max * 1000) / perSecond) };
}

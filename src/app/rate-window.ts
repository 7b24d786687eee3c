/**
 * Counts events per key over a sliding minute, in memory: enough to stop one person (or one
 * room) flooding the process they talk to. Keys with nothing left in their window are
 * forgotten, so memory follows the number of people active in the last minute.
 */
export class RateWindow {
  private readonly seen = new Map<string, number[]>();
  /** Keys already told they are over, in their current window (told once, then silence). */
  private readonly told = new Set<string>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /**
   * Records one event for `key`: `ok` while within the limit; `over` the first time beyond it in
   * a window (say so once); `silent` after that, until the window has room again.
   */
  hit(key: string): "ok" | "over" | "silent" {
    const now = this.now();
    const since = now - this.windowMs;
    const times = (this.seen.get(key) ?? []).filter((t) => t > since);
    if (times.length >= this.limit) {
      this.seen.set(key, times);
      if (this.told.has(key)) return "silent";
      this.told.add(key);
      return "over";
    }
    times.push(now);
    this.seen.set(key, times);
    this.told.delete(key);
    if (this.seen.size > 10_000) this.forgetIdle(since);
    return "ok";
  }

  private forgetIdle(since: number): void {
    for (const [key, times] of this.seen) {
      if (times.every((t) => t <= since)) {
        this.seen.delete(key);
        this.told.delete(key);
      }
    }
  }
}

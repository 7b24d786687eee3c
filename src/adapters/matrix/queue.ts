/**
 * Lanes by key: tasks with the same key (a room) start in arrival order, at most `width` at a
 * time (width 1: strictly one after another); different keys run side by side. `idle()` waits
 * for every lane, including tasks added while waiting. A failing task never blocks its lane
 * (tasks are expected to catch their own errors).
 */
export class Lanes {
  private readonly lanes = new Map<string, { running: number; waiting: Array<() => void> }>();
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly width = 1) {}

  run(key: string, task: () => Promise<void>): Promise<void> {
    const done = this.acquire(key)
      .then(task)
      .catch(() => {})
      .finally(() => {
        this.release(key);
        this.pending.delete(done);
      });
    this.pending.add(done);
    return done;
  }

  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private acquire(key: string): Promise<void> {
    let lane = this.lanes.get(key);
    if (!lane) {
      lane = { running: 0, waiting: [] };
      this.lanes.set(key, lane);
    }
    if (lane.running < this.width) {
      lane.running += 1;
      return Promise.resolve();
    }
    const queued = lane;
    return new Promise((resolve) => queued.waiting.push(resolve));
  }

  private release(key: string): void {
    const lane = this.lanes.get(key);
    if (!lane) return;
    const next = lane.waiting.shift();
    if (next) next();
    else if (--lane.running === 0) this.lanes.delete(key);
  }
}

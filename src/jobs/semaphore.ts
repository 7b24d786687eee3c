/**
 * At most `size` tasks at a time; the rest wait and start in the order they asked. With size 1
 * the tasks run one after another in call order.
 */
export class Semaphore {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly size: number) {
    if (!(size >= 1)) throw new RangeError(`a semaphore needs at least one slot, not ${size}`);
  }

  async use<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running += 1;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      // the slot passes straight to the next in line, so a newcomer cannot overtake it
      if (next) next();
      else this.running -= 1;
    }
  }
}

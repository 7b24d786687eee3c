/** Options of {@link ChangeFeed.waitFor}. */
export interface WaitOptions {
  /** Default 5000 ms. */
  timeoutMs?: number;
  /** Named in the timeout error, so a failing test says what never happened. */
  description?: string;
}

/**
 * Wakes waiters whenever the double's state changes (a request answered, a frame sent, a vote
 * recorded). Tests await conditions instead of sleeping.
 */
export class ChangeFeed {
  private readonly listeners = new Set<() => void>();
  private closed = false;

  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /**
   * Resolves with the probe's first truthy result, checked now and after every change; rejects
   * after the timeout or when the double closes.
   */
  waitFor<T>(probe: () => T | undefined | null | false, options: WaitOptions = {}): Promise<T> {
    const timeoutMs = options.timeoutMs ?? 5000;
    const what = options.description ?? "condition";
    return new Promise<T>((resolve, reject) => {
      const check = (): boolean => {
        let value: T | undefined | null | false;
        try {
          value = probe();
        } catch (error) {
          finish();
          reject(error);
          return true;
        }
        if (value === undefined || value === null || value === false) return false;
        finish();
        resolve(value);
        return true;
      };
      const onClose = (): void => {
        finish();
        reject(new Error(`Discord double closed while waiting for ${what}`));
      };
      const listener = (): void => {
        if (this.closed) onClose();
        else check();
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const finish = (): void => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      if (this.closed) {
        onClose();
        return;
      }
      this.listeners.add(listener);
      check();
    });
  }

  /** Rejects every pending waiter. */
  close(): void {
    this.closed = true;
    this.notify();
  }
}

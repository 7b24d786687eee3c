import { DefaultRestOptions, type RESTOptions } from "discord.js";

/** Discord's global limit is 50 requests per second per bot; we keep a margin below it. */
export const DEFAULT_REQUESTS_PER_SECOND = 45;

/**
 * The window is a little longer than Discord's second: requests leave here evenly but can reach
 * Discord bunched up (connection set-up, network jitter), and Discord counts arrivals.
 */
const WINDOW_MS = 1050;
/** Interaction callbacks and their webhooks are not bound by the global limit (as on Discord). */
const EXEMPT = /\/(interactions|webhooks)\//;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A sliding one-second window over every REST request this process makes to Discord, shared by
 * the gateway client and the announcement sender. @discordjs/rest counts its global limit per
 * fixed second, which lets up to twice the limit through across a second's boundary; this
 * keeps any 1050 ms span at or under `perSecond`, taking turns in arrival order.
 */
export class RequestGovernor {
  private readonly sent: number[] = [];
  private tail: Promise<void> = Promise.resolve();
  /** Requests that had to wait for the window, for logs and tests. */
  delayed = 0;

  constructor(readonly perSecond = DEFAULT_REQUESTS_PER_SECOND) {}

  /** Resolves when one more request may go out now. */
  take(): Promise<void> {
    const asked = performance.now();
    const turn = this.tail.then(() => this.slot(asked));
    this.tail = turn.catch(() => undefined);
    return turn;
  }

  private async slot(asked: number): Promise<void> {
    for (;;) {
      const now = performance.now();
      while (this.sent.length > 0 && (this.sent[0] ?? 0) <= now - WINDOW_MS) this.sent.shift();
      if (this.sent.length < this.perSecond) {
        this.sent.push(now);
        if (now - asked > 5) this.delayed += 1;
        return;
      }
      await sleep(Math.max(1, (this.sent[0] ?? now) + WINDOW_MS - now + 1));
    }
  }

  /** `makeRequest` for @discordjs/rest: the library's own HTTP call, after the governor's turn. */
  makeRequest(): RESTOptions["makeRequest"] {
    return async (url, init) => {
      if (!EXEMPT.test(url)) await this.take();
      return DefaultRestOptions.makeRequest(url, init);
    };
  }
}

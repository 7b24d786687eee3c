import { createHash } from "node:crypto";
import type { Inject5xxOptions, Inject429Options, RateLimitPolicy } from "./types.js";

/** A reply the limiter decided instead of running the route. */
export interface LimitedReply {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

interface Fault {
  route: string | RegExp | undefined;
  remaining: number;
  reply: (bucketHeaders: Record<string, string>) => LimitedReply;
}

interface Window {
  count: number;
  resetAt: number;
}

const STATUS_TEXT: Record<number, string> = {
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

const seconds = (ms: number): string => (Math.max(0, ms) / 1000).toFixed(3);

function matches(route: string | RegExp | undefined, method: string, path: string): boolean {
  if (route === undefined) return true;
  const line = `${method} ${path}`;
  if (route instanceof RegExp) return route.test(line);
  return route === line || route === path;
}

function tooManyRequests(
  retryAfter: number,
  global: boolean,
  scope: string,
  headers: Record<string, string>,
): LimitedReply {
  return {
    status: 429,
    headers: {
      ...headers,
      "retry-after": String(Math.ceil(retryAfter)),
      "x-ratelimit-scope": scope,
      ...(global ? { "x-ratelimit-global": "true" } : {}),
    },
    body: {
      message: scope === "shared" ? "The resource is being rate limited." : "You are being rate limited.",
      retry_after: Number(retryAfter.toFixed(3)),
      global,
    },
  };
}

/**
 * Discord's rate limiting as a client sees it: per-route buckets keyed by the route and its
 * top-level resource (channel, guild, webhook), a global per-second limit, the `x-ratelimit-*`
 * headers on every reply, and faults a test injects (429s and 5xxs) that win over all of it.
 */
export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  private readonly globalHits: number[] = [];
  private faults: Fault[] = [];

  constructor(
    private readonly policy: RateLimitPolicy | false,
    private readonly globalPerSecond: number | false,
  ) {}

  inject429(options: Inject429Options): void {
    const global = options.global ?? false;
    const scope = options.scope ?? (global ? "global" : "user");
    this.faults.push({
      route: options.route,
      remaining: options.count ?? 1,
      reply: (bucket) => tooManyRequests(options.retryAfter, global, scope, global ? {} : bucket),
    });
  }

  inject5xx(options: Inject5xxOptions): void {
    const status = options.status ?? 500;
    this.faults.push({
      route: options.route,
      remaining: options.count ?? 1,
      reply: () => ({
        status,
        headers: {},
        body: { message: `${status}: ${STATUS_TEXT[status] ?? "Server Error"}`, code: 0 },
      }),
    });
  }

  /** Pending injected faults (ones not yet consumed by a request). */
  get pendingFaults(): number {
    return this.faults.reduce((n, f) => n + f.remaining, 0);
  }

  /**
   * Accounts one request. Returns the bucket headers for a normal reply, or the reply to send
   * instead (an injected fault, or a real 429 when the client overran a bucket).
   */
  take(
    method: string,
    path: string,
    template: string,
    majorParameter: string,
    exemptFromGlobal: boolean,
  ): { headers: Record<string, string>; limited: LimitedReply | null } {
    const now = Date.now();
    const bucket = this.bucketHeaders(method, template, majorParameter, now, false);
    const fault = this.faults.find((f) => f.remaining > 0 && matches(f.route, method, path));
    if (fault) {
      fault.remaining -= 1;
      this.faults = this.faults.filter((f) => f.remaining > 0);
      return { headers: bucket, limited: fault.reply(bucket) };
    }
    if (!exemptFromGlobal && this.globalPerSecond !== false) {
      while (this.globalHits.length > 0 && (this.globalHits[0] ?? 0) <= now - 1000) this.globalHits.shift();
      if (this.globalHits.length >= this.globalPerSecond) {
        const retryAfter = ((this.globalHits[0] ?? now) + 1000 - now) / 1000;
        return { headers: {}, limited: tooManyRequests(retryAfter, true, "global", {}) };
      }
      this.globalHits.push(now);
    }
    if (this.policy === false) return { headers: {}, limited: null };
    const key = `${this.hash(method, template)}:${majorParameter}`;
    const window = this.windows.get(key);
    if (window && now < window.resetAt && window.count >= this.policy.limit) {
      return {
        headers: bucket,
        limited: tooManyRequests((window.resetAt - now) / 1000, false, "user", bucket),
      };
    }
    return { headers: this.bucketHeaders(method, template, majorParameter, now, true), limited: null };
  }

  private bucketHeaders(
    method: string,
    template: string,
    majorParameter: string,
    now: number,
    consume: boolean,
  ): Record<string, string> {
    if (this.policy === false) return {};
    const key = `${this.hash(method, template)}:${majorParameter}`;
    let window = this.windows.get(key);
    if (!window || now >= window.resetAt) {
      window = { count: 0, resetAt: now + this.policy.windowSeconds * 1000 };
      if (consume) this.windows.set(key, window);
    }
    if (consume) window.count += 1;
    return {
      "x-ratelimit-limit": String(this.policy.limit),
      "x-ratelimit-remaining": String(Math.max(0, this.policy.limit - window.count)),
      "x-ratelimit-reset": seconds(window.resetAt),
      "x-ratelimit-reset-after": seconds(window.resetAt - now),
      "x-ratelimit-bucket": this.hash(method, template),
    };
  }

  private hash(method: string, template: string): string {
    return createHash("sha1").update(`${method} ${template}`).digest("hex").slice(0, 32);
  }
}

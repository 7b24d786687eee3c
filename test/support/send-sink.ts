import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One raw `PUT /send/{txnId}` as the sink received it, repeats included. */
export interface SinkRequest {
  key: string;
  worker: string;
  at: number;
}

/** A message as readers see it: one per transaction id, however often it was sent. */
export interface SinkMessage {
  key: string;
  place: string;
  text: string;
  eventId: string;
  worker: string;
  at: number;
}

export interface SendSink {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  /** Every request, in arrival order. */
  readonly requests: readonly SinkRequest[];
  /** The visible timeline: the first send of each key, in arrival order. */
  readonly timeline: readonly SinkMessage[];
  /** Keys sent more than once, with the workers that sent them (in order). */
  repeats(): Array<{ key: string; workers: string[] }>;
  /** Answers the next `count` sends with 429 and this retry-after, like a homeserver would. */
  throttle(count: number, retryAfterMs: number): void;
  close(): Promise<void>;
}

/**
 * A stand-in for a chat server's idempotent send endpoint, modelled on Matrix's
 * `PUT /rooms/{room}/send/{type}/{txnId}`: a repeated transaction id returns the first send's
 * event id and adds nothing to the timeline. Requests name their sender in `x-worker`.
 * `onRequest` runs synchronously for each request before it is answered (e.g. to kill a worker).
 */
export async function startSendSink(
  opts: { delayMs?: number; onRequest?: (request: SinkRequest, sink: SendSink) => void } = {},
): Promise<SendSink> {
  const requests: SinkRequest[] = [];
  const timeline: SinkMessage[] = [];
  const byKey = new Map<string, SinkMessage>();
  let throttled = 0;
  let throttleMs = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const match = /^\/send\/([^/]+)$/.exec(req.url ?? "");
    if (req.method !== "PUT" || !match?.[1]) {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { place: string; text: string };
    const key = decodeURIComponent(match[1]);
    const request = { key, worker: String(req.headers["x-worker"] ?? "?"), at: Date.now() };
    if (throttled > 0) {
      throttled -= 1;
      res.writeHead(429, { "content-type": "application/json" });
      res.end(JSON.stringify({ errcode: "M_LIMIT_EXCEEDED", retry_after_ms: throttleMs }));
      return;
    }
    requests.push(request);
    opts.onRequest?.(request, sink);
    if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
    let message = byKey.get(key);
    if (!message) {
      message = {
        key,
        ...body,
        eventId: `$ev${timeline.length + 1}`,
        worker: request.worker,
        at: request.at,
      };
      byKey.set(key, message);
      timeline.push(message);
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ event_id: message.eventId }));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", () => ok()));
  const sink: SendSink = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    timeline,
    repeats() {
      const workers = new Map<string, string[]>();
      for (const r of requests) {
        const list = workers.get(r.key);
        if (list) list.push(r.worker);
        else workers.set(r.key, [r.worker]);
      }
      return [...workers].filter(([, w]) => w.length > 1).map(([key, w]) => ({ key, workers: w }));
    },
    throttle(count, retryAfterMs) {
      throttled = count;
      throttleMs = retryAfterMs;
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
  return sink;
}

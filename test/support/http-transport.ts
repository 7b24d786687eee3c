import { RetryAfterError } from "../../src/core/errors.js";
import type { Transport } from "../../src/core/ports.js";

/**
 * A transport that PUTs each message to a {@link startSendSink} server with its outbox key as
 * the transaction id, as the Matrix adapter does; a 429 becomes a RetryAfterError.
 */
export class HttpTransport implements Transport {
  constructor(
    private readonly baseUrl: string,
    private readonly worker: string,
  ) {}

  async send(message: { place: string; text: string; key: string }): Promise<string> {
    const response = await fetch(`${this.baseUrl}/send/${encodeURIComponent(message.key)}`, {
      method: "PUT",
      headers: { "content-type": "application/json", "x-worker": this.worker },
      body: JSON.stringify({ place: message.place, text: message.text }),
    });
    const body = (await response.json().catch(() => ({}))) as { event_id?: string; retry_after_ms?: number };
    if (response.status === 429) throw new RetryAfterError(body.retry_after_ms ?? 1000);
    if (!response.ok || !body.event_id) throw new Error(`send failed: HTTP ${response.status}`);
    return body.event_id;
  }
}

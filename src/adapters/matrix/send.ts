import { createHash } from "node:crypto";
import type { MatrixClient } from "matrix-bot-sdk";
import { RetryAfterError } from "../../core/errors.js";
import type { Transport } from "../../core/ports.js";
import type { Log } from "../../log.js";
import { describeError, errcodeOf, retryAfterOf } from "./errors.js";
import { roomOf } from "./identity.js";
import type { PollStarts } from "./poll-starts.js";
import { missingPower, roomPower } from "./power.js";
import type { ProposalPosts } from "./proposal-posts.js";
import { type OutgoingEvent, renderAnnouncement } from "./render.js";

/**
 * A Matrix transaction id derived from a stable key (an outbox key, a command's event id): the
 * homeserver treats a second PUT with the same id from the same device as the first one, so a
 * retry after a timeout or a crash never posts twice.
 */
export function txnIdFor(kind: "out" | "reply", key: string): string {
  return `jura.${kind}.${createHash("sha256").update(key).digest("base64url").slice(0, 32)}`;
}

const TRANSIENT_ATTEMPTS = 5;

/** What the sender's transport does besides sending (all optional; tests leave them out). */
export interface SenderOptions {
  /** Command groups, to write the commands in announcements as `!jura …`. */
  groups?: readonly string[];
  /** Told which event puts each posted proposal, so reactions find it at once. */
  proposals?: ProposalPosts;
  /**
   * Told when a proposal's end is announced in a room (key `proposal:<id>:closed:<place>`), so
   * Matrix-side consequences of a decision (the federation's space) follow it. Never awaited by
   * the delivery, never allowed to fail it.
   */
  onDecision?(proposalId: number, roomId: string, sender: MatrixSender): Promise<void>;
}

const DECISION = /^proposal:(\d{1,10}):closed:/;

/** Sends events with our own transaction ids, encrypting them in encrypted rooms when E2EE is on. */
export class MatrixSender {
  /** How many times the homeserver asked us to wait (429), for logs and tests. */
  rateLimited = 0;
  /**
   * The homeserver's rate limit is per account, so one 429 holds back every send of this
   * process until its `retry_after_ms` has passed, not just the request that got it.
   */
  private notBefore = 0;

  constructor(
    private readonly client: MatrixClient,
    private readonly log: Log,
    /** Told which start event each posted poll is, so responses find it before the outbox records it. */
    private readonly polls?: PollStarts,
    private readonly options: SenderOptions = {},
  ) {}

  /** One PUT /send (after any pause a 429 asked for); throws the SDK's error as is. */
  async put(roomId: string, event: OutgoingEvent, txnId: string): Promise<string> {
    for (let wait = this.notBefore - Date.now(); wait > 0; wait = this.notBefore - Date.now())
      await sleep(wait);
    try {
      return await this.putNow(roomId, event, txnId);
    } catch (error) {
      const wait = retryAfterOf(error);
      if (wait !== undefined) this.notBefore = Math.max(this.notBefore, Date.now() + wait);
      throw error;
    }
  }

  private async putNow(roomId: string, event: OutgoingEvent, txnId: string): Promise<string> {
    let { type, content } = event;
    if (this.client.crypto && (await this.client.crypto.isRoomEncrypted(roomId))) {
      content = (await this.client.crypto.encryptRoomEvent(roomId, type, content)) as unknown as Record<
        string,
        unknown
      >;
      type = "m.room.encrypted";
    }
    const path = `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/send/${encodeURIComponent(type)}/${encodeURIComponent(txnId)}`;
    const response = (await this.client.doRequest("PUT", path, null, content)) as { event_id?: string };
    return response.event_id ?? "";
  }

  /**
   * Sends and keeps at it: a 429 waits the `retry_after_ms` the homeserver asked for (as often as
   * it asks, and with every other send of this process), network and server errors are retried a few times with backoff, and a refusal
   * (no permission, unknown room) is logged with the power the bot lacks. Never throws.
   */
  async deliver(roomId: string, event: OutgoingEvent, txnId: string): Promise<string | undefined> {
    let failures = 0;
    let limited = 0;
    const started = performance.now();
    for (;;) {
      try {
        const eventId = await this.put(roomId, event, txnId);
        this.log.debug({ roomId, eventId, ms: Math.round(performance.now() - started) }, "sent");
        return eventId;
      } catch (error) {
        const wait = retryAfterOf(error);
        if (wait !== undefined) {
          this.rateLimited += 1;
          limited += 1;
          this.log.info(
            { roomId, retryAfterMs: wait, attempt: limited },
            "rate limited by the homeserver; waiting before sending again",
          );
          continue;
        }
        const status = (error as { statusCode?: unknown }).statusCode;
        const permanent = typeof status === "number" && status >= 400 && status < 500;
        failures += 1;
        if (permanent || failures >= TRANSIENT_ATTEMPTS) {
          this.log.warn(
            { roomId, err: describeError(error), why: await this.whyRefused(roomId, error, event.type) },
            "could not send a message to a room",
          );
          return undefined;
        }
        await sleep(250 * 2 ** failures);
      }
    }
  }

  /** An explanation for a refused send, naming the power level the bot lacks when that is it. */
  async whyRefused(roomId: string, error: unknown, eventType: string): Promise<string | undefined> {
    if (errcodeOf(error) !== "M_FORBIDDEN") return undefined;
    try {
      const me = await this.client.getUserId();
      const missing = missingPower(await roomPower(this.client, roomId), me, eventType, false);
      if (missing) {
        return `Jura needs power level ${missing.needed} to send ${eventType} events in ${roomId} and has ${missing.has}: raise its power level there.`;
      }
      return `Jura is not allowed to post in ${roomId}: invite it to the room (or let it back in).`;
    } catch {
      return `Jura is not in ${roomId}: invite it to the room.`;
    }
  }

  /** Hands a delivered decision to `onDecision`, in the background; its failures are logged. */
  private afterDelivery(key: string, roomId: string): void {
    const proposalId = Number(DECISION.exec(key)?.[1] ?? Number.NaN);
    const onDecision = this.options.onDecision;
    if (!onDecision || !Number.isInteger(proposalId)) return;
    void onDecision(proposalId, roomId, this).catch((err: unknown) =>
      this.log.warn({ err, proposalId, roomId }, "a decision's Matrix follow-up failed"),
    );
  }

  /**
   * The outbox's transport for `matrix:` places: the events of one outbox row (a notice, or an
   * MSC3381 poll start or end), each transaction id derived from the outbox key. A 429 becomes RetryAfterError so the delivery worker waits
   * `retry_after_ms` without counting a failure.
   */
  transport(ready: Promise<unknown>): Transport {
    return {
      send: async (message) => {
        await ready;
        const roomId = roomOf(message.place);
        if (!roomId) throw new Error(`${message.place} is not a Matrix room`);
        // Matrix has no roles that follow mandates: nothing to send.
        if (message.payload?.type === "role-sync") return "";
        let type = "m.room.message";
        try {
          const { payload } = message;
          const context = {
            botUserId: await this.client.getUserId(),
            groups: this.options.groups ?? [],
            secretStart:
              payload?.type === "poll-end" && message.relatesTo
                ? ((await this.polls?.isSecret(message.relatesTo)) ?? false)
                : false,
          };
          let first = "";
          for (const [index, event] of renderAnnouncement(message, context).entries()) {
            type = event.type;
            const eventId = await this.put(
              roomId,
              event,
              txnIdFor("out", index ? `${message.key}#${index}` : message.key),
            );
            first ||= eventId;
          }
          if (payload?.type === "poll-start" && first) {
            this.polls?.remember(first, payload.pollId, payload.secret);
            this.log.info(
              { roomId, eventId: first, pollId: payload.pollId, secret: payload.secret },
              payload.secret ? "secret ballot posted as text" : "poll posted",
            );
          }
          if (payload?.type === "proposal" && first)
            this.options.proposals?.remember(first, payload.proposalId);
          this.afterDelivery(message.key, roomId);
          return first;
        } catch (error) {
          const wait = retryAfterOf(error);
          if (wait !== undefined) {
            this.rateLimited += 1;
            throw new RetryAfterError(wait);
          }
          const why = await this.whyRefused(roomId, error, type);
          throw new Error(why ?? `sending to ${roomId} failed: ${describeError(error)}`, { cause: error });
        }
      },
    };
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

import type { ICryptoStorageProvider, IStorageProvider } from "matrix-bot-sdk";
import type { Log } from "../../log.js";
import { sdk } from "./sdk.js";
import { dropBeforeOwnJoin, prependGap, type RawEvent, stateOnly } from "./timeline.js";

/** What the client needs from the adapter around each sync batch. */
export interface SyncHooks {
  /** Resolves once every event of the batch has been fully handled (replies sent). */
  settle(): Promise<void>;
}

/** Events a gap may hold before we stop back-filling it (then the rest is logged as skipped). */
const MAX_GAP_EVENTS = 5_000;

/**
 * matrix-bot-sdk's client with the guarantees Jura needs from a sync loop:
 * - the sync token is stored only after every event of the batch was handled (`settle`), so a
 *   crash re-delivers unfinished events instead of losing them (handled-event ids make the
 *   re-delivery harmless);
 * - a `limited` timeline (more events than the sync returns) is back-filled from /messages up
 *   to the previous token, so no command is skipped after downtime or during a flood;
 * - the first sync of an account replays no history, and a room's history from before the bot
 *   joined is never treated as commands;
 * - `stop()` also aborts the pending long-poll, so shutdown does not wait for it.
 */
export class JuraMatrixClient extends sdk.MatrixClient {
  hooks: SyncHooks | undefined;
  /** The token the current batch was requested with; null on the account's first sync. */
  private since: string | null = null;
  private botUserId = "";

  constructor(
    homeserverUrl: string,
    accessToken: string,
    storage: IStorageProvider,
    cryptoStore: ICryptoStorageProvider | undefined,
    private readonly log: Log,
  ) {
    super(homeserverUrl, accessToken, storage, cryptoStore);
    this.persistTokenAfterSync = true;
    installAbortableRequests();
  }

  override stop(): void {
    super.stop();
    abortPendingSyncs();
  }

  protected override doSync(token: string): Promise<unknown> {
    this.since = token || null;
    return super.doSync(token);
  }

  protected override async processSync(
    raw: unknown,
    emitFn?: (type: string, ...payload: unknown[]) => Promise<unknown>,
  ): Promise<unknown> {
    this.botUserId ||= await this.getUserId();
    await this.prepare(raw as SyncResponse | undefined);
    const result = await super.processSync(raw, emitFn);
    await this.hooks?.settle();
    return result;
  }

  private async prepare(raw: SyncResponse | undefined): Promise<void> {
    for (const [roomId, room] of Object.entries(raw?.rooms?.join ?? {})) {
      const timeline = room?.timeline;
      if (!timeline || !Array.isArray(timeline.events)) continue;
      if (this.since === null) {
        const { kept, skipped } = stateOnly(timeline.events);
        if (skipped)
          this.log.info({ roomId, skipped }, "first sync: earlier messages are history, not commands");
        timeline.events = kept;
        continue;
      }
      if (timeline.limited && typeof timeline.prev_batch === "string") {
        const gap = await this.backfill(roomId, timeline.prev_batch, this.since);
        timeline.events = prependGap(gap, timeline.events);
      }
      timeline.events = dropBeforeOwnJoin(timeline.events, this.botUserId);
      this.log.debug({ roomId, events: timeline.events.length, limited: timeline.limited }, "sync batch");
    }
  }

  /** Events between the previous sync token and the start of a limited timeline, oldest first. */
  private async backfill(roomId: string, from: string, to: string): Promise<RawEvent[]> {
    const events: RawEvent[] = [];
    let token = from;
    while (events.length < MAX_GAP_EVENTS) {
      const page = (await this.doRequest(
        "GET",
        `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/messages`,
        { dir: "b", from: token, to, limit: 250 },
      )) as { chunk?: RawEvent[]; end?: string };
      const chunk = Array.isArray(page.chunk) ? page.chunk : [];
      events.push(...chunk);
      if (!page.end || chunk.length === 0 || page.end === token) break;
      token = page.end;
    }
    if (events.length >= MAX_GAP_EVENTS) {
      this.log.warn({ roomId, kept: events.length }, "a very long gap in a room: older events are skipped");
    }
    if (events.length)
      this.log.info({ roomId, events: events.length }, "back-filled a gap in the room's timeline");
    return events.reverse();
  }
}

interface SyncResponse {
  rooms?: {
    join?: Record<string, { timeline?: { events?: RawEvent[]; limited?: boolean; prev_batch?: string } }>;
  };
}

type RequestCallback = (...args: unknown[]) => void;
type RequestFn = (params: { uri?: string }, callback: RequestCallback) => { abort?: () => void };

const pendingSyncs = new Set<{ abort?: () => void }>();
let installed = false;

/** Wraps the SDK's HTTP function once per process so pending long-polls can be aborted. */
function installAbortableRequests(): void {
  if (installed) return;
  installed = true;
  const base = sdk.getRequestFn() as unknown as RequestFn;
  const wrapped: RequestFn = (params, callback) => {
    const isSync = typeof params.uri === "string" && params.uri.includes("/_matrix/client/v3/sync");
    const request = base(params, (...args) => {
      pendingSyncs.delete(request);
      callback(...args);
    });
    if (isSync) pendingSyncs.add(request);
    return request;
  };
  sdk.setRequestFn(wrapped);
}

function abortPendingSyncs(): void {
  for (const request of pendingSyncs) request.abort?.();
  pendingSyncs.clear();
}

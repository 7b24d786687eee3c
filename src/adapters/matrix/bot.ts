import { join } from "node:path";
import type { ICryptoStorageProvider, RustSdkCryptoStoreType } from "matrix-bot-sdk";
import type { Jura } from "../../app/jura.js";
import type { Config } from "../../config.js";
import { Registry } from "../../core/commands/registry.js";
import type { Transport } from "../../core/ports.js";
import type { Log } from "../../log.js";
import type { Db } from "../../store/db.js";
import { convergenceIdForMessage } from "../../store/platform-messages.js";
import { unitOfWork } from "../../store/store.js";
import { MatrixAdapter } from "./adapter.js";
import { JuraMatrixClient } from "./client.js";
import { followDecision } from "./decision-follow-ups.js";
import { DirectRooms } from "./direct-rooms.js";
import { E2EE_HOWTO } from "./e2ee.js";
import { MatrixStartError } from "./errors.js";
import { PendingReplies } from "./pending-replies.js";
import { PollStarts } from "./poll-starts.js";
import { ProposalPosts } from "./proposal-posts.js";
import { cryptoSupport, sdk } from "./sdk.js";
import { MatrixSender } from "./send.js";
import { openSession } from "./session.js";
import { FederationSpaces } from "./spaces.js";
import { PostgresStorageProvider } from "./storage.js";

/**
 * The sync filter: room timelines and state only (no presence, typing or account data), members
 * loaded lazily. Changing it makes the SDK drop the stored sync token, so keep it stable.
 */
const FILTER = {
  presence: { not_types: ["*"] },
  account_data: { not_types: ["*"] },
  room: {
    timeline: { limit: 100 },
    state: { lazy_load_members: true },
    ephemeral: { not_types: ["*"] },
    account_data: { not_types: ["*"] },
  },
};

/** How long shutdown waits for commands in flight before it gives up on them (they re-run). */
const STOP_GRACE_MS = 10_000;

/**
 * The Matrix bot of one process: its `transport` is handed to the job runtime first (deliveries
 * wait until the bot is ready), then `start()` logs in, attaches the adapter and starts syncing.
 */
export class MatrixBot {
  readonly transport: Transport;
  private readonly ready: Promise<MatrixSender>;
  private resolveReady: (sender: MatrixSender) => void = () => {};
  private rejectReady: (error: unknown) => void = () => {};
  private client: JuraMatrixClient | undefined;
  private adapter: MatrixAdapter | undefined;

  constructor(
    private readonly config: Config,
    private readonly log: Log,
  ) {
    this.ready = new Promise<MatrixSender>((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });
    this.ready.catch(() => {});
    this.transport = {
      send: async (message) => (await this.ready).transport(Promise.resolve()).send(message),
    };
  }

  async start(deps: { db: Db; jura: Jura }): Promise<void> {
    try {
      await this.connect(deps);
    } catch (error) {
      this.rejectReady(error);
      throw error;
    }
  }

  private async connect({ db, jura }: { db: Db; jura: Jura }): Promise<void> {
    const { config, log } = this;
    const homeserverUrl = config.MATRIX_HOMESERVER_URL ?? "";
    routeSdkLogs(log);
    const session = await openSession(
      {
        homeserverUrl,
        accessToken: config.MATRIX_ACCESS_TOKEN,
        userId: config.MATRIX_USER_ID,
        password: config.MATRIX_PASSWORD,
      },
      db,
      log,
    );
    const storage = new PostgresStorageProvider(db, session.userId);
    const client = new JuraMatrixClient(
      homeserverUrl,
      session.accessToken,
      storage,
      this.cryptoStore(session.userId, session.deviceId),
      log.child({ matrixUser: session.userId }),
    );
    const polls = new PollStarts(db);
    const proposals = new ProposalPosts(db);
    const registry = new Registry();
    const spaces = new FederationSpaces(client, storage, log);
    const uow = unitOfWork(db);
    const sender = new MatrixSender(client, log, polls, {
      groups: [...registry.groups(), "help"],
      proposals,
      onDecision: (proposalId, roomId, self) =>
        followDecision({ client, uow, spaces, sender: self, log }, proposalId, roomId),
    });
    const profile = (await client.getUserProfile(session.userId).catch(() => ({}))) as {
      displayname?: unknown;
    };
    const adapter = new MatrixAdapter({
      client,
      sender,
      spaces,
      pending: new PendingReplies(storage),
      polls,
      proposals,
      direct: new DirectRooms(client, storage, log),
      convergenceOf: (eventId) => convergenceIdForMessage(db, eventId),
      jura,
      uow,
      registry,
      log,
      bot: {
        userId: session.userId,
        displayName: typeof profile.displayname === "string" ? profile.displayname : undefined,
      },
      allowedInviters: config.MATRIX_ALLOWED_INVITERS,
    });
    adapter.attach();
    this.client = client;
    this.adapter = adapter;
    await client.start(FILTER);
    this.resolveReady(sender);
    log.info(
      { userId: session.userId, e2ee: Boolean(client.crypto), homeserver: homeserverUrl },
      client.crypto
        ? "Matrix bot running with end-to-end encryption"
        : "Matrix bot running (unencrypted rooms only; see MATRIX_E2EE)",
    );
  }

  /** Stops syncing and waits (a bounded time) for commands and replies in flight. */
  async stop(): Promise<void> {
    this.client?.stop();
    if (this.adapter) {
      await Promise.race([this.adapter.settle(), new Promise((r) => setTimeout(r, STOP_GRACE_MS).unref())]);
    }
  }

  /** The Rust crypto store when MATRIX_E2EE is on; refuses to start when it cannot work. */
  private cryptoStore(userId: string, deviceId: string | undefined): ICryptoStorageProvider | undefined {
    if (!this.config.MATRIX_E2EE) {
      if (cryptoSupport.available)
        this.log.info("MATRIX_E2EE is off: encrypted rooms will get an explanation");
      return undefined;
    }
    if (!cryptoSupport.available) {
      throw new MatrixStartError(
        `MATRIX_E2EE=true, but encryption cannot work in this installation (${cryptoSupport.reason}). ${E2EE_HOWTO}`,
      );
    }
    if (!deviceId) {
      throw new MatrixStartError(
        "MATRIX_E2EE=true needs a device: use an access token from a login (or MATRIX_USER_ID + MATRIX_PASSWORD).",
      );
    }
    const dir = join(
      this.config.JURA_DATA_DIR,
      "matrix-crypto",
      `${userId}-${deviceId}`.replace(/[^\w.@-]/g, "_"),
    );
    // StoreType.Sqlite, an ambient const enum that isolated modules cannot reference by name.
    return new sdk.RustSdkCryptoStorageProvider(dir, 0 as RustSdkCryptoStoreType);
  }
}

/** matrix-bot-sdk logs through pino; its HTTP module's per-response errors are muted (we log failures). */
function routeSdkLogs(log: Log): void {
  const child = log.child({ component: "matrix-bot-sdk" });
  const at =
    (level: "debug" | "info" | "warn" | "error") =>
    (module: string, ...parts: unknown[]) =>
      child[level]({ module }, parts.map((p) => (typeof p === "string" ? p : safeJson(p))).join(" "));
  sdk.LogService.setLogger({
    trace: at("debug"),
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("warn"),
  });
  sdk.LogService.setLevel(sdk.LogLevel.WARN);
  sdk.LogService.muteModule("MatrixHttpClient");
}

function safeJson(value: unknown): string {
  if (value instanceof Error) return value.message;
  try {
    return JSON.stringify(value)?.slice(0, 500) ?? String(value);
  } catch {
    return String(value);
  }
}

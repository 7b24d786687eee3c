import type { Log } from "../../log.js";
import type { Db } from "../../store/db.js";
import { describeError, errcodeOf, MatrixStartError } from "./errors.js";
import { sdk } from "./sdk.js";
import { PostgresStorageProvider } from "./storage.js";

/** How the bot is logged in. */
export interface MatrixSession {
  userId: string;
  deviceId: string | undefined;
  accessToken: string;
}

export interface LoginSettings {
  homeserverUrl: string;
  accessToken?: string | undefined;
  userId?: string | undefined;
  password?: string | undefined;
}

const TOKEN_KEY = "access_token";

/**
 * The configured access token, or else the one stored by an earlier password login, or else a
 * new password login whose token is stored (so restarts do not pile up devices). A stored token
 * the homeserver no longer accepts is replaced by a fresh login.
 */
export async function openSession(settings: LoginSettings, db: Db, log: Log): Promise<MatrixSession> {
  if (settings.accessToken) {
    try {
      return await whoami(settings.homeserverUrl, settings.accessToken);
    } catch (error) {
      throw startError(settings.homeserverUrl, error, "MATRIX_ACCESS_TOKEN");
    }
  }
  const { userId, password } = settings;
  if (!userId || !password)
    throw new MatrixStartError("Set MATRIX_ACCESS_TOKEN, or MATRIX_USER_ID and MATRIX_PASSWORD.");
  const storage = new PostgresStorageProvider(db, userId);
  const stored = await storage.readOwn(TOKEN_KEY);
  if (stored) {
    try {
      const session = await whoami(settings.homeserverUrl, stored);
      if (session.userId === userId) return session;
      log.warn(
        { stored: session.userId, userId },
        "the stored Matrix token belongs to another account; logging in",
      );
    } catch (error) {
      if (errcodeOf(error) !== "M_UNKNOWN_TOKEN")
        throw startError(settings.homeserverUrl, error, "stored token");
      log.info({ userId }, "the stored Matrix access token has expired; logging in again");
    }
  }
  let response: { access_token?: string; device_id?: string; user_id?: string };
  try {
    response = await new sdk.MatrixClient(settings.homeserverUrl, "").doRequest(
      "POST",
      "/_matrix/client/v3/login",
      null,
      {
        type: "m.login.password",
        identifier: { type: "m.id.user", user: userId },
        password,
        initial_device_display_name: "Jura",
      },
    );
  } catch (error) {
    throw startError(settings.homeserverUrl, error, "MATRIX_USER_ID/MATRIX_PASSWORD");
  }
  if (!response.access_token)
    throw new MatrixStartError("The homeserver's login answer has no access token.");
  await storage.writeOwn(TOKEN_KEY, response.access_token);
  log.info(
    { userId, deviceId: response.device_id },
    "logged in to Matrix; the access token is kept in the database",
  );
  return {
    userId: response.user_id ?? userId,
    deviceId: response.device_id,
    accessToken: response.access_token,
  };
}

async function whoami(homeserverUrl: string, accessToken: string): Promise<MatrixSession> {
  const me = await new sdk.MatrixClient(homeserverUrl, accessToken).getWhoAmI();
  return { userId: me.user_id, deviceId: me.device_id, accessToken };
}

function startError(url: string, error: unknown, what: string): MatrixStartError {
  const code = errcodeOf(error);
  if (code === "M_UNKNOWN_TOKEN" || code === "M_FORBIDDEN" || code === "M_USER_DEACTIVATED") {
    return new MatrixStartError(
      `The Matrix homeserver at ${url} refused ${what} (${describeError(error)}).`,
      {
        cause: error,
      },
    );
  }
  return new MatrixStartError(`Cannot reach the Matrix homeserver at ${url}: ${describeError(error)}`, {
    cause: error,
  });
}

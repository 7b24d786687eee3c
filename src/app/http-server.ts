import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "kysely";
import type { Clock } from "../core/clock.js";
import { convergenceCalendar } from "../core/convergence-ics.js";
import { t } from "../core/i18n.js";
import { nameKey } from "../core/names.js";
import { hasUnsafeCharacter } from "../core/text.js";
import type { Log } from "../log.js";
import type { Db } from "../store/db.js";
import { storeOn } from "../store/store.js";

export interface HttpDeps {
  db: Db;
  /** Redis as the job runtime sees it: resolves when Redis answers, rejects otherwise. */
  redis: { ping(): Promise<void> };
  clock: Clock;
  log: Log;
  /** How long /health waits for each check before calling it down. Default 2 s. */
  checkTimeoutMs?: number;
}

export interface HttpServer {
  /** The bound port (useful when asked for port 0). */
  readonly port: number;
  /** http://host:port, for logs and tests. */
  readonly url: string;
  /** Stops accepting connections and waits for open requests to finish; safe to call twice. */
  close(): Promise<void>;
}

/** Raised when the HTTP server cannot listen (port taken, host unknown): a message, no stack. */
export class HttpStartError extends Error {
  constructor(host: string, port: number, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `Jura cannot start its HTTP server on ${host}:${port}: ${reason}. Set JURA_HTTP_PORT (0 disables it) or JURA_HTTP_HOST.`,
    );
    this.name = "HttpStartError";
  }
}

const CALENDAR_PATH = /^\/federations\/([^/]+)\/calendar\.ics$/;

/**
 * A small read-only HTTP server: `GET /health` (database and Redis) and
 * `GET /federations/<name>/calendar.ics` (the federation's convergences as iCalendar, the same
 * text as `convergence ics`). Everything else is 404; errors are logged, never sent.
 */
export async function startHttpServer(
  deps: HttpDeps,
  opts: { host: string; port: number },
): Promise<HttpServer> {
  const { log } = deps;
  const server = createServer((req, res) => {
    handle(deps, req, res).catch((err: unknown) => {
      log.error({ err, method: req.method, path: pathOf(req) }, "http request failed");
      if (!res.headersSent) send(res, 500, "text/plain; charset=utf-8", "Internal error.\n");
      else res.destroy();
    });
  });
  server.on("clientError", (err, socket) => {
    log.debug({ err }, "http client error");
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    else socket.destroy();
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(opts.port, opts.host, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    throw new HttpStartError(opts.host, opts.port, error);
  }
  server.on("error", (err) => log.error({ err }, "http server error"));
  const port = (server.address() as AddressInfo).port;
  const url = `http://${opts.host.includes(":") ? `[${opts.host}]` : opts.host}:${port}`;
  log.info({ url }, "http server listening");
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
      // Requests still running after a grace period are cut, so shutdown never hangs on a client.
      setTimeout(() => server.closeAllConnections(), 5000).unref();
    });
    return closing;
  };
  return { port, url, close };
}

async function handle(deps: HttpDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = pathOf(req);
  const readOnly = req.method === "GET" || req.method === "HEAD";
  if (readOnly && path === "/health") return health(deps, res);
  const calendar = readOnly ? CALENDAR_PATH.exec(path) : null;
  if (calendar?.[1] !== undefined) {
    let name: string;
    try {
      name = decodeURIComponent(calendar[1]);
    } catch {
      return send(res, 404, "text/plain; charset=utf-8", "Not found.\n");
    }
    // A NUL reached PostgreSQL (which refuses it in text) and came back as a 500.
    if (hasUnsafeCharacter(name))
      return send(res, 400, "text/plain; charset=utf-8", `${t("http.bad_name")}\n`);
    return federationCalendar(deps, name, res);
  }
  send(res, 404, "text/plain; charset=utf-8", "Not found.\n");
}

async function health(deps: HttpDeps, res: ServerResponse): Promise<void> {
  const timeoutMs = deps.checkTimeoutMs ?? 2000;
  const [database, redis] = await Promise.all([
    check(deps.log, "database", timeoutMs, async () => {
      await sql`select 1`.execute(deps.db);
    }),
    check(deps.log, "redis", timeoutMs, () => deps.redis.ping()),
  ]);
  const up = database === "ok" && redis === "ok";
  send(
    res,
    up ? 200 : 503,
    "application/json",
    `${JSON.stringify({ status: up ? "ok" : "degraded", database, redis })}\n`,
  );
}

async function check(
  log: Log,
  name: string,
  timeoutMs: number,
  probe: () => Promise<void>,
): Promise<"ok" | "down"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([probe(), timeout]);
    return "ok";
  } catch (err) {
    log.warn({ err, check: name }, "health check failed");
    return "down";
  } finally {
    clearTimeout(timer);
  }
}

async function federationCalendar(deps: HttpDeps, name: string, res: ServerResponse): Promise<void> {
  const store = storeOn(deps.db);
  const federation = await store.federations.byName(nameKey(name));
  if (!federation) return send(res, 404, "text/plain; charset=utf-8", "No such federation.\n");
  const convergences = await store.convergences.list(federation.id);
  const text = convergenceCalendar(federation, convergences, deps.clock.now());
  res.setHeader("Content-Disposition", `inline; filename="${fileName(federation.name)}.ics"`);
  send(res, 200, "text/calendar; charset=utf-8", text);
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    "Content-Type": type,
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
  });
  res.end(res.req.method === "HEAD" ? undefined : body);
}

/** The request's path, without query string; never throws. */
function pathOf(req: IncomingMessage): string {
  try {
    return new URL(req.url ?? "/", "http://localhost").pathname;
  } catch {
    return "";
  }
}

/** A name safe inside a quoted Content-Disposition filename: ASCII letters, digits, - and _. */
function fileName(name: string): string {
  const dashed = name.replace(/[^A-Za-z0-9_-]+/g, "-");
  let start = 0;
  let end = dashed.length;
  while (start < end && dashed[start] === "-") start++;
  while (end > start && dashed[end - 1] === "-") end--;
  return dashed.slice(start, end) || "calendar";
}

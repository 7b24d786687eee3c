import type { IncomingMessage, ServerResponse } from "node:http";
import { apiErrors, DiscordApiError } from "./api-error.js";
import type { ChangeFeed } from "./change-feed.js";
import type { RateLimiter } from "./rate-limits.js";
import type { RecordedRequest } from "./types.js";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** What a route handler gets: the parsed request with path parameters. */
export interface RouteRequest {
  method: HttpMethod;
  path: string;
  query: URLSearchParams;
  body: unknown;
  files: string[];
  auditLogReason: string | null;
  /** A path parameter by name; the route template guarantees it exists. */
  param(name: string): string;
}

/** A handler's answer; `body` undefined means 204 No Content. */
export interface RouteReply {
  status?: number;
  body?: unknown;
}

/** One REST route of the double. */
export interface RouteDefinition {
  method: HttpMethod;
  /** Template after `/api/v10`, with `:name` parameters, e.g. `/channels/:channel_id/messages`. */
  path: string;
  /** Whether `Authorization: Bot <token>` is required; default true (false for webhook-token routes). */
  auth?: boolean;
  /** Interaction endpoints are exempt from the global rate limit. */
  exemptFromGlobal?: boolean;
  handle(request: RouteRequest): RouteReply | Promise<RouteReply>;
}

interface Matched {
  route: RouteDefinition;
  params: Map<string, string>;
}

const MAJOR_PARAMETERS = ["channel_id", "guild_id"];

function match(template: string, path: string): Map<string, string> | null {
  const want = template.split("/");
  const got = path.split("/");
  if (want.length !== got.length) return null;
  const params = new Map<string, string>();
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? "";
    const g = got[i] ?? "";
    if (w.startsWith(":")) {
      if (g === "") return null;
      params.set(w.slice(1), g);
    } else if (w !== g) {
      return null;
    }
  }
  return params;
}

const literalCount = (template: string): number =>
  template.split("/").filter((s) => !s.startsWith(":")).length;

async function readBody(request: IncomingMessage): Promise<{ body: unknown; files: string[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = request.headers["content-type"] ?? "";
  if (raw.length === 0) return { body: undefined, files: [] };
  if (type.startsWith("multipart/form-data")) {
    const form = await new Response(raw, { headers: { "content-type": type } }).formData();
    const files: string[] = [];
    let body: unknown;
    for (const [name, value] of form.entries()) {
      if (typeof value === "string") {
        if (name === "payload_json") body = parseJson(value);
      } else {
        files.push(value.name);
      }
    }
    return { body, files };
  }
  return { body: parseJson(raw.toString("utf8")), files: [] };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw apiErrors.invalidJson();
  }
}

/**
 * The REST half of the double: version prefix, routing, auth, rate limits and injected faults,
 * error rendering and the request log. Route modules only see parsed requests.
 */
export class HttpRouter {
  readonly requests: RecordedRequest[] = [];
  /** Exceptions thrown by the double itself (answered as 500); tests should expect none. */
  readonly internalErrors: Error[] = [];
  private readonly routes: RouteDefinition[] = [];

  constructor(
    private readonly token: string,
    private readonly limiter: RateLimiter,
    private readonly feed: ChangeFeed,
  ) {}

  add(routes: readonly RouteDefinition[]): void {
    this.routes.push(...routes);
    this.routes.sort((a, b) => literalCount(b.path) - literalCount(a.path));
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const time = Date.now();
    const url = new URL(request.url ?? "/", "http://localhost");
    const method = (request.method ?? "GET").toUpperCase();
    const versioned = /^\/api\/v(\d+)(\/.*)$/.exec(url.pathname);
    const path = (versioned?.[2] ?? url.pathname).split("/").map(safeDecode).join("/");
    const record: RecordedRequest = {
      method,
      path,
      query: url.searchParams,
      route: null,
      body: undefined,
      files: [],
      auditLogReason: headerValue(request, "x-audit-log-reason"),
      time,
      status: 0,
      response: undefined,
    };
    let status = 500;
    let headers: Record<string, string> = {};
    let body: unknown;
    try {
      if (!versioned)
        throw url.pathname.startsWith("/api/") ? apiErrors.invalidApiVersion() : apiErrors.notFound();
      if (versioned[1] !== "10" && versioned[1] !== "9") throw apiErrors.invalidApiVersion();
      const parsed = await readBody(request);
      record.body = parsed.body;
      record.files = parsed.files;
      const found = this.find(method, path);
      record.route = `${method} ${found.route.path}`;
      if ((found.route.auth ?? true) && headerValue(request, "authorization") !== `Bot ${this.token}`) {
        throw apiErrors.unauthorized();
      }
      const major = majorParameter(found.params);
      const limit = this.limiter.take(
        method,
        path,
        found.route.path,
        major,
        found.route.exemptFromGlobal ?? false,
      );
      headers = limit.headers;
      if (limit.limited) {
        status = limit.limited.status;
        headers = limit.limited.headers;
        body = limit.limited.body;
      } else {
        const reply = await found.route.handle({
          method: method as HttpMethod,
          path,
          query: url.searchParams,
          body: parsed.body,
          files: parsed.files,
          auditLogReason: record.auditLogReason,
          param: (name) => {
            const value = found.params.get(name);
            if (value === undefined) throw new Error(`route ${found.route.path} has no :${name}`);
            return value;
          },
        });
        body = reply.body;
        status = reply.status ?? (body === undefined ? 204 : 200);
      }
    } catch (error) {
      if (error instanceof DiscordApiError) {
        status = error.status;
        body = error.body;
      } else {
        const failure = error instanceof Error ? error : new Error(String(error));
        this.internalErrors.push(failure);
        status = 500;
        body = { message: "500: Internal Server Error", code: 0, double_error: failure.message };
      }
    }
    record.status = status;
    record.response = body;
    this.requests.push(record);
    const text = body === undefined ? "" : JSON.stringify(body);
    response.writeHead(status, {
      ...headers,
      ...(text ? { "content-type": "application/json" } : {}),
      via: "1.1 discord-double",
    });
    response.end(text);
    this.feed.notify();
  }

  private find(method: string, path: string): Matched {
    let pathMatched = false;
    for (const route of this.routes) {
      const params = match(route.path, path);
      if (!params) continue;
      pathMatched = true;
      if (route.method === method) return { route, params };
    }
    throw pathMatched ? apiErrors.methodNotAllowed() : apiErrors.notFound();
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function headerValue(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

function majorParameter(params: Map<string, string>): string {
  for (const name of MAJOR_PARAMETERS) {
    const value = params.get(name);
    if (value) return value;
  }
  const webhook = params.get("application_id") ?? params.get("interaction_id");
  return webhook ? `${webhook}:${params.get("token") ?? ""}` : "global";
}

import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener } from "@hono/node-server";
import { type HttpDeps, httpApp } from "./http-app.js";

export type { HttpDeps } from "./http-app.js";

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

export async function startHttpServer(
  deps: HttpDeps,
  opts: { host: string; port: number },
): Promise<HttpServer> {
  const { log } = deps;
  const server = createServer(getRequestListener(httpApp(deps).fetch));
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

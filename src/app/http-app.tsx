/** @jsxImportSource hono/jsx */
import { type Context, Hono } from "hono";
import { sql } from "kysely";
import type { Clock } from "../core/clock.js";
import { convergenceCalendar } from "../core/convergence-ics.js";
import { federationPage } from "../core/federation-page.js";
import { t } from "../core/i18n.js";
import type { Federation } from "../core/model.js";
import { nameKey } from "../core/names.js";
import { checkLink, federationPath } from "../core/page-links.js";
import { collectRecord, RECORD_TABLES } from "../core/record-export.js";
import { recordJson, tableCsv } from "../core/record-format.js";
import { hasUnsafeCharacter } from "../core/text.js";
import type { Log } from "../log.js";
import type { Db } from "../store/db.js";
import { storeOn } from "../store/store.js";
import { FederationPageView, NoticePage } from "./page/federation-page.js";
import { PAGE_CSS } from "./page/style.js";

export interface HttpDeps {
  db: Db;
  /** Redis as the job runtime sees it: resolves when Redis answers, rejects otherwise. */
  redis: { ping(): Promise<void> };
  clock: Clock;
  log: Log;
  /** How long /health waits for each check before calling it down. Default 2 s. */
  checkTimeoutMs?: number;
}

const TEXT = "text/plain; charset=utf-8";
const STYLESHEET = "/page.css";

/**
 * The routes of Jura's HTTP server, on Hono (routing, decoding, HEAD for every GET):
 * - `GET /health`: the database and Redis, for load balancers.
 * - `GET /federations/<name>/calendar.ics`: the convergences as iCalendar, public like
 *   `convergence ics` in chat.
 * - `GET /federations/<name>`: the federation's page; `…/record.json` and `…/<table>.csv` its
 *   record; `…/circles/<circle>/record.json` and `…/<table>.csv` one circle's. Who may read
 *   them is the federation's decision: `public`, `members` (a signed link, `?key=…`, that Jura
 *   gives a member in chat) or `off`.
 * Anything else is a short 404; errors are logged and answered with a short 500, never a stack.
 */
export function httpApp(deps: HttpDeps): Hono {
  const app = new Hono();
  app.use(async (c, next) => {
    await next();
    if (!c.res.headers.has("Cache-Control")) c.header("Cache-Control", "no-cache");
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
  });
  app.get("/health", (c) => health(deps, c));
  app.get(STYLESHEET, (c) => {
    c.header("Content-Type", "text/css; charset=utf-8");
    return c.body(PAGE_CSS);
  });
  app.get("/federations/:name/calendar.ics", async (c) => {
    const found = await federationOf(deps, c);
    if (found instanceof Response) return found;
    const { federation, store } = found;
    const text = convergenceCalendar(
      federation,
      await store.convergences.list(federation.id),
      deps.clock.now(),
    );
    c.header("Content-Disposition", `inline; filename="${fileName(federation.name)}.ics"`);
    c.header("Content-Type", "text/calendar; charset=utf-8");
    return c.body(text);
  });
  app.get("/federations/:name", async (c) => {
    const found = await federationOf(deps, c);
    if (found instanceof Response) return found;
    const { federation, store } = found;
    const access = await allowed(deps, c, federation);
    if (access.refused) return notice(c, access.refused, federation);
    const now = deps.clock.now();
    const page = await federationPage(store, federation, now);
    const base = federationPath(federation.name);
    const query = access.key ? `?key=${encodeURIComponent(access.key)}` : "";
    const links = {
      json: `${base}/record.json${query}`,
      csv: (table: string) => `${base}/${table}.csv${query}`,
      ics: `${base}/calendar.ics`,
      stylesheet: STYLESHEET,
    };
    securePage(c, access.key !== undefined);
    return c.html(
      `<!doctype html>${await (<FederationPageView page={page} links={links} now={now} />).toString()}`,
    );
  });
  const exportRoute = (withCircle: boolean) => async (c: Context) => {
    const found = await federationOf(deps, c);
    if (found instanceof Response) return found;
    const { federation, store } = found;
    const file = c.req.param("file") ?? "";
    const table = file.endsWith(".csv") ? file.slice(0, -4) : "";
    if (file !== "record.json" && !(RECORD_TABLES as readonly string[]).includes(table)) return notFound(c);
    let scope: Parameters<typeof collectRecord>[1] = { federation };
    if (withCircle) {
      const circle = await store.circles.byName(nameKey(c.req.param("circle") ?? ""));
      if (!circle || circle.federationId !== federation.id) return notFound(c);
      scope = { circle };
    }
    const access = await allowed(deps, c, federation);
    if (access.refused)
      return c.text(
        `${t(access.refused === "off" ? "page.off" : "page.link_needed", { federation: federation.name })}\n`,
        access.refused === "off" ? 404 : 403,
        { "Content-Type": TEXT },
      );
    const now = deps.clock.now();
    const stem = `${fileName(federation.name)}${withCircle && "circle" in scope ? `-${fileName(scope.circle.name)}` : ""}`;
    securePage(c, access.key !== undefined);
    if (file === "record.json") {
      const record = await collectRecord(store, scope, now);
      c.header("Content-Disposition", `attachment; filename="${stem}-record.json"`);
      c.header("Content-Type", "application/json; charset=utf-8");
      return c.body(recordJson(record));
    }
    const record = await collectRecord(store, scope, now, [table]);
    c.header("Content-Disposition", `attachment; filename="${stem}-${table}.csv"`);
    c.header("Content-Type", "text/csv; charset=utf-8; header=present");
    return c.body(tableCsv(record, table) ?? "");
  };
  app.get("/federations/:name/circles/:circle/:file", exportRoute(true));
  app.get("/federations/:name/:file", exportRoute(false));
  app.notFound((c) => notFound(c));
  app.onError((err, c) => {
    deps.log.error({ err, method: c.req.method, path: c.req.path }, "http request failed");
    return c.text("Internal error.\n", 500, { "Content-Type": TEXT });
  });
  return app;
}

function notFound(c: Context): Response {
  return c.text("Not found.\n", 404, { "Content-Type": TEXT });
}

/** The federation a route names, or the response that says why there is none. */
async function federationOf(
  deps: HttpDeps,
  c: Context,
): Promise<{ federation: Federation; store: ReturnType<typeof storeOn> } | Response> {
  const name = c.req.param("name") ?? "";
  // A NUL reached PostgreSQL (which refuses it in text) and came back as a 500.
  if (hasUnsafeCharacter(name)) return c.text(`${t("http.bad_name")}\n`, 400, { "Content-Type": TEXT });
  const store = storeOn(deps.db);
  const federation = await store.federations.byName(nameKey(name));
  if (!federation) return c.text(`${t("page.not_found")}\n`, 404, { "Content-Type": TEXT });
  return { federation, store };
}

/** Whether this request may read the federation's page: its visibility, and a signed key when for members. */
async function allowed(
  deps: HttpDeps,
  c: Context,
  federation: Federation,
): Promise<{ refused?: "off" | "key"; key?: string }> {
  const page = await storeOn(deps.db).record.page(federation.id);
  if (page.visibility === "off") return { refused: "off" };
  if (page.visibility === "public") return {};
  const key = c.req.query("key") ?? "";
  if (key && (await checkLink(page.key, federation.id, key, deps.clock.now()))) return { key };
  return { refused: "key" };
}

function notice(c: Context, refused: "off" | "key", federation: Federation): Response | Promise<Response> {
  const title = t("page.title", { federation: federation.name });
  const text = t(refused === "off" ? "page.off" : "page.link_needed", { federation: federation.name });
  securePage(c, false);
  return c.html(
    `<!doctype html>${(<NoticePage title={title} text={text} stylesheet={STYLESHEET} />).toString()}`,
    refused === "off" ? 404 : 403,
  );
}

/**
 * Pages run no script and load nothing but their stylesheet; a page reached with a member's key
 * is kept out of shared caches.
 */
function securePage(c: Context, keyed: boolean): void {
  c.header(
    "Content-Security-Policy",
    "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  );
  if (keyed) c.header("Cache-Control", "private, no-store");
}

async function health(deps: HttpDeps, c: Context): Promise<Response> {
  const timeoutMs = deps.checkTimeoutMs ?? 2000;
  const [database, redis] = await Promise.all([
    check(deps.log, "database", timeoutMs, async () => {
      await sql`select 1`.execute(deps.db);
    }),
    check(deps.log, "redis", timeoutMs, () => deps.redis.ping()),
  ]);
  const up = database === "ok" && redis === "ok";
  return c.body(`${JSON.stringify({ status: up ? "ok" : "degraded", database, redis })}\n`, up ? 200 : 503, {
    "Content-Type": "application/json",
  });
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

/** A name safe inside a quoted Content-Disposition filename: ASCII letters, digits, - and _. */
function fileName(name: string): string {
  const dashed = name.replace(/[^A-Za-z0-9_-]+/g, "-");
  let start = 0;
  let end = dashed.length;
  while (start < end && dashed[start] === "-") start++;
  while (end > start && dashed[end - 1] === "-") end--;
  return dashed.slice(start, end) || "calendar";
}

import ICAL from "ical.js";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpServer, HttpStartError, startHttpServer } from "../../src/app/http-server.js";
import { JobRuntime } from "../../src/jobs/runtime.js";
import { openDb } from "../../src/store/db.js";
import { unitOfWork } from "../../src/store/store.js";
import { backends, type TestDatabase } from "../support/databases.js";
import { harness } from "../support/harness.js";
import { icsProblems } from "../support/ics-check.js";
import { testRedis, uniquePrefix } from "../support/redis.js";

const log = pino({ level: "silent" });

describe.each(backends())("HTTP server on $name", (backend) => {
  let database: TestDatabase;
  let redis: Awaited<ReturnType<typeof testRedis>>;
  let jobs: JobRuntime;
  let h: ReturnType<typeof harness>;
  let server: HttpServer;

  beforeAll(async () => {
    database = await backend.open();
    redis = await testRedis();
    h = harness(database.db);
    h.clock.current = new Date("2026-01-10T09:00:00Z");
    jobs = new JobRuntime({
      redisUrl: redis.url,
      prefix: uniquePrefix(),
      db: database.db,
      uow: unitOfWork(database.db),
      clock: h.clock,
      transports: new Map(),
      log,
      sweepEveryMs: 1000,
      deliveryConcurrency: 1,
    });
    await h.ok("ana", "#jl", "federation create Jura Libre tz:Europe/Paris");
    await h.ok("ana", "#c1", "circle create Green Valley tz:Europe/Paris open:yes");
    await h.ok("ben", "#c1", "circle join");
    await h.passes("ana", "#c1", "federation join Jura Libre", ["ben"]);
    await h.ok(
      "ana",
      "#c1",
      'convergence schedule Seasonal assembly every:"every 3 months on saturday 10:00" duration:3h where:"Saint-Imier" from:2026-03-01 federation:"Jura Libre"',
    );
    server = await startHttpServer(
      { db: database.db, redis: jobs, clock: h.clock, log },
      { host: "127.0.0.1", port: 0 },
    );
  });
  afterAll(async () => {
    await server?.close();
    await jobs?.close();
    await redis?.stop();
    await database?.close();
  });

  const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

  it("GET /health reports the database and Redis as ok", async () => {
    // The runtime's connection may still be coming up: health turns ok once Redis is ready.
    let res = await get("/health");
    for (let i = 0; i < 50 && res.status !== 200; i += 1) {
      await new Promise((r) => setTimeout(r, 50));
      res = await get("/health");
    }
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.json()).toEqual({ status: "ok", database: "ok", redis: "ok" });
  });

  it("GET /health is 503 and names what is down, without error details", async () => {
    const deadDb = openDb("postgresql://jura@127.0.0.1:1/nowhere", 1);
    const down = await startHttpServer(
      {
        db: deadDb,
        redis: { ping: () => Promise.reject(new Error("secret redis detail")) },
        clock: h.clock,
        log,
        checkTimeoutMs: 1000,
      },
      { host: "127.0.0.1", port: 0 },
    );
    try {
      const res = await fetch(`${down.url}/health`);
      expect(res.status).toBe(503);
      const body = await res.text();
      expect(JSON.parse(body)).toEqual({ status: "degraded", database: "down", redis: "down" });
      expect(body).not.toContain("secret");
      // A check that never answers is down after the timeout, not a hung request.
      const slow = await startHttpServer(
        {
          db: database.db,
          redis: { ping: () => new Promise(() => {}) },
          clock: h.clock,
          log,
          checkTimeoutMs: 100,
        },
        { host: "127.0.0.1", port: 0 },
      );
      try {
        const res2 = await fetch(`${slow.url}/health`);
        expect(res2.status).toBe(503);
        expect(await res2.json()).toEqual({ status: "degraded", database: "ok", redis: "down" });
      } finally {
        await slow.close();
      }
    } finally {
      await down.close();
      await deadDb.destroy();
    }
  });

  it("GET /federations/<name>/calendar.ics serves the federation's convergences, the name matched like commands", async () => {
    const res = await get("/federations/jura%20LIBRE/calendar.ics");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await res.text();
    const fromCommand = await h.ok("zed", "#x", "convergence ics Jura Libre");
    expect(text).toBe(fromCommand);
    expect(icsProblems(text)).toEqual([]);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event?.summary).toBe("Seasonal assembly");
    expect(event?.location).toBe("Saint-Imier");
    expect(event?.component.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Europe/Paris");
    expect(event?.startDate.toString()).toBe("2026-03-07T10:00:00");
    expect(event?.isRecurring()).toBe(true);
    const dates = event?.iterator();
    const next = [dates?.next(), dates?.next()].map((d) => d?.toString());
    expect(next).toEqual(["2026-03-07T10:00:00", "2026-06-06T10:00:00"]);
  });

  it("answers 404 with a short text for unknown federations, paths and methods", async () => {
    const cases: Array<[string, RequestInit?]> = [
      ["/federations/Nowhere/calendar.ics"],
      ["/federations/%E0%A4%A/calendar.ics"],
      ["/"],
      ["/federations/Jura%20Libre/nothing.csv"],
      ["/federations/Jura%20Libre/circles/Nowhere/record.json"],
      ["/health/x"],
      ["/federations/Jura%20Libre/calendar.ics", { method: "POST" }],
    ];
    for (const [path, init] of cases) {
      const res = await get(path, init);
      expect(res.status, path).toBe(404);
      expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      const body = await res.text();
      expect(body.length).toBeLessThan(40);
      expect(body).not.toMatch(/at |Error/);
    }
  });

  it("GIVEN a NUL or an invisible character in the federation name THEN 400 with a short reason, not 500", async () => {
    for (const path of ["/federations/%00/calendar.ics", "/federations/Jura%E2%80%AELibre/calendar.ics"]) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      expect(await res.text()).toBe(
        "Bad request: a federation name never contains control or invisible characters.\n",
      );
    }
    expect((await get("/federations/Jura%20Libre/calendar.ics")).status).toBe(200);
  });

  it("says clearly when its port is taken", async () => {
    const port = Number(new URL(server.url).port);
    await expect(
      startHttpServer({ db: database.db, redis: jobs, clock: h.clock, log }, { host: "127.0.0.1", port }),
    ).rejects.toBeInstanceOf(HttpStartError);
  });
});

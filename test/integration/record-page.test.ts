import { parse } from "csv-parse/sync";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpServer, startHttpServer } from "../../src/app/http-server.js";
import { backends, type TestDatabase } from "../support/databases.js";
import { DAY } from "../support/due.js";
import { seedFederation } from "../support/seeded-federation.js";

const log = pino({ level: "silent" });

/**
 * A federation's page and exports over HTTP and in chat: visibility is the federation's
 * decision (members-only by default, through signed expiring links), nobody's handle appears
 * without their consent, a secret poll shows totals only, and no cell runs as a formula.
 */
describe.each(backends())("the federation's page and exports on $name", (backend) => {
  let database: TestDatabase;
  let seeded: Awaited<ReturnType<typeof seedFederation>>;
  let server: HttpServer;

  beforeAll(async () => {
    database = await backend.open();
    seeded = await seedFederation(database.db);
    server = await startHttpServer(
      { db: database.db, redis: { ping: async () => {} }, clock: seeded.h.clock, log },
      { host: "127.0.0.1", port: 0 },
    );
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  const get = (path: string) => fetch(`${server.url}${path}`);
  /** The path of the link `federation page` gives this person (signed while members-only). */
  const pageLink = async (person: string) => {
    const reply = await seeded.h.run(person, `@${person}`, "federation page Jura");
    const url = /https?:\/\/\S+/.exec(reply.text)?.[0];
    return { reply, path: url ? new URL(url).pathname + new URL(url).search : undefined };
  };

  it("GIVEN the default (members only) THEN the page needs a member's signed link, which works for a week", async () => {
    const bare = await get("/federations/Jura");
    expect(bare.status).toBe(403);
    expect(await bare.text()).toContain("/federation page Jura");
    const { reply, path } = await pageLink("dan");
    expect(reply).toMatchObject({ kind: "reply", private: true });
    expect(reply.text).toContain("for you as a member");
    expect(path).toMatch(/^\/federations\/Jura\?key=\d+\.[\w-]{43}$/);
    const page = await get(path ?? "");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")?.toLowerCase()).toBe("text/html; charset=utf-8");
    expect(page.headers.get("cache-control")).toBe("private, no-store");
    expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
    expect(html).toContain("3 circles · 10 members · 1 open proposal · 1 aid request open");
    // A forged, altered or foreign key is refused.
    const key = new URL(`http://x${path}`).searchParams.get("key") ?? "";
    const [expiry, signature] = key.split(".");
    expect((await get(`/federations/Jura?key=${Number(expiry) + 1}.${signature}`)).status).toBe(403);
    expect((await get(`/federations/Jura?key=${expiry}.${"A".repeat(43)}`)).status).toBe(403);
    // Refused to a stranger; expired after a week.
    expect((await pageLink("zed")).reply.text).toContain("Only members of a circle in “Jura”");
    await seeded.h.advance(8 * DAY);
    expect((await get(path ?? "")).status).toBe(403);
  });

  it("names only those who agreed: @bob said yes, @carol and @gina did not", async () => {
    const { path } = await pageLink("dan");
    const html = await (await get(path ?? "")).text();
    expect(html).toContain("@bob for “Green Valley”: speak for us at the assembly");
    expect(html).toContain("a member for “Bakery”: buy flour together");
    for (const hidden of ["carol", "gina", "dan", "alice", "erin"]) expect(html).not.toContain(`@${hidden}`);
    const csv = await (await get(path?.replace("/Jura?", "/Jura/members.csv?") ?? "")).text();
    expect(parse(csv)).toEqual([
      ["circle", "member"],
      ["Green Valley", "@bob"],
    ]);
  });

  it("exports CSV and JSON that parse: totals only for a secret poll, formulas disarmed, decisions with outcomes", async () => {
    const { path } = await pageLink("dan");
    const key = path?.slice(path.indexOf("?")) ?? "";
    const polls = parse(await (await get(`/federations/Jura/polls.csv${key}`)).text(), {
      columns: true,
    }) as Array<Record<string, string>>;
    expect(polls).toEqual([
      expect.objectContaining({
        poll: String(seeded.poll),
        question: "Buy a van?",
        secret: "yes",
        counts: "2 | 1",
        cast: "3",
        eligible: "5",
        carried: "yes",
      }),
    ]);
    const circles = parse(await (await get(`/federations/Jura/circles.csv${key}`)).text(), {
      columns: true,
    }) as Array<Record<string, string>>;
    expect(circles.find((c) => c.circle === "Bakery")?.purpose).toBe(`'=HYPERLINK("http://x")`);
    expect(circles.map((c) => [c.circle, c.members])).toEqual([
      ["Bakery", "3"],
      ["Green Valley", "5"],
      ["Print Shop", "2"],
    ]);
    // biome-ignore lint/suspicious/noExplicitAny: a parsed export, checked field by field below
    const json: any = await (await get(`/federations/Jura/record.json${key}`)).json();
    expect(json.scope).toEqual({ kind: "federation", name: "Jura", timezone: "Europe/Zurich" });
    expect(json.decisions).toContainEqual(
      expect.objectContaining({ proposal: seeded.vanDecision, status: "passed", agree: 2 }),
    );
    expect(json.mandates.map((m: { delegate: string }) => m.delegate).sort()).toEqual(["@bob", "a member"]);
    // biome-ignore lint/suspicious/noExplicitAny: a parsed export
    const circleJson: any = await (await get(`/federations/Jura/circles/Bakery/record.json${key}`)).json();
    expect(circleJson.scope.name).toBe("Bakery");
    expect(circleJson.polls).toEqual([]);
    expect(JSON.stringify(circleJson)).not.toContain("Green Valley");
  });

  /** A federation decision: Green Valley proposes, Bakery's delegate agrees, the week runs out. */
  const federationDecides = async (text: string) => {
    const reply = await seeded.h.ok("alice", "#garden", text);
    const id = Number(/Proposal #(\d+)/.exec(reply)?.[1]);
    await seeded.h.ok("gina", "#bakery", `proposal agree ${id}`);
    await seeded.h.advance(8 * DAY);
    const { status } = await database.db
      .selectFrom("proposal")
      .select("status")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(status).toBe("passed");
  };

  it("GIVEN federation decisions THEN the page goes off, back to members (earlier links revoked), then public; the calendar stays public", async () => {
    const { path: old } = await pageLink("dan");
    expect((await get(old ?? "")).status).toBe(200);
    await federationDecides("federation set Jura page:off");
    expect((await get(old ?? "")).status).toBe(404);
    expect((await get("/federations/Jura/record.json")).status).toBe(404);
    expect((await pageLink("dan")).reply.text).toContain("The page of “Jura” is off");
    expect((await get("/federations/Jura/calendar.ics")).status).toBe(200);
    await federationDecides("federation set Jura page:members");
    expect((await get(old ?? "")).status).toBe(403);
    const { path: fresh } = await pageLink("dan");
    expect((await get(fresh ?? "")).status).toBe(200);
    await federationDecides("federation set Jura page:public");
    expect((await get("/federations/Jura")).status).toBe(200);
    expect((await pageLink("dan")).reply.text).toContain("is public: http://jura.test/federations/Jura");
    const history = await seeded.h.ok("dan", "#garden", "federation history Jura kind:federation");
    expect(history).toContain("“Jura” changed how it works: who reads its page. (decided by proposal #");
  });

  it("in chat: federation export gives links and a table that fits; a circle outside any federation gets it inline", async () => {
    const text = await seeded.h.ok("dan", "#garden", "federation export Jura table:mandates");
    expect(text).toContain("JSON: http://");
    expect(text).toContain("/federations/Jura/mandates.csv");
    expect(text).toContain("mandates.csv:\nmandate,circle,delegate,scope");
    expect(text).not.toContain("@gina");
    await seeded.h.ok("oscar", "#out", "circle create Outside");
    const inline = await seeded.h.ok("oscar", "#out", "circle export table:circles format:json");
    expect(inline).toContain("belongs to no federation");
    expect(JSON.parse(inline.slice(inline.indexOf("{"))).circles[0].circle).toBe("Outside");
    expect(await seeded.h.fails("zed", "#x", "circle export Outside")).toContain("Only members of “Outside”");
  });

  it("GIVEN books, a common fund and mutual credit THEN the page and the exports show them, internal memos hidden", async () => {
    const { h } = seeded;
    await h.passes("alice", "#garden", "ledger income 500 EUR dues of March", ["bob", "carol"]);
    await h.passes("alice", "#garden", "ledger expense 45.80 EUR seeds receipt:https://example.org/r/1", [
      "bob",
      "carol",
    ]);
    await h.passes("erin", "#bakery", "ledger set memos:internal", ["gina"]);
    await h.passes("erin", "#bakery", "ledger income 80 EUR from our anonymous neighbour", ["gina"]);
    // Bakery's first mandate ran out while the earlier tests advanced the clock.
    await h.passes("erin", "#bakery", "mandate grant @gina speak for the bakery until:90d", ["gina"]);
    await federationDecides('fund create Strike support federation:Jura unit:EUR purpose:"pay for strikers"');
    await h.passes("alice", "#garden", "fund pay 100 EUR Strike support", ["bob", "carol"]);
    await federationDecides("credit limit Jura 150");
    await h.passes("alice", "#garden", "credit pay 40 Bakery memo:bread", ["bob", "carol"]);

    const { path } = await pageLink("dan");
    const key = path?.includes("?") ? path.slice(path.indexOf("?")) : "";
    const html = await (await get(path ?? "")).text();
    expect(html).toContain('<section id="treasury"');
    expect(html).toContain("“Green Valley” (EUR): holds €354.20; has taken in €500.00 and spent €45.80");
    expect(html).toContain("Strike support: €100.00 · pay for strikers");
    expect(html).toContain("“Green Valley”: -40.00 credits (may go down to minus 150.00 credits)");
    expect(html).toContain("“Bakery”: 40.00 credits");
    expect(html).toContain('id="download-ledger"');

    const table = async (name: string) =>
      parse(await (await get(`/federations/Jura/${name}.csv${key}`)).text(), { columns: true }) as Array<
        Record<string, string>
      >;
    expect(await table("books")).toEqual([
      { circle: "Bakery", unit: "EUR", cash: "80.00", income: "80.00", expenses: "0.00", transfers: "0.00" },
      {
        circle: "Green Valley",
        unit: "EUR",
        cash: "354.20",
        income: "500.00",
        expenses: "45.80",
        transfers: "-100.00",
      },
    ]);
    expect(await table("funds")).toEqual([
      { fund: "Strike support", purpose: "pay for strikers", unit: "EUR", balance: "100.00" },
    ]);
    expect((await table("credit")).map((c) => [c.circle, c.balance, c.limit])).toEqual([
      ["Bakery", "40.00", "150.00"],
      ["Green Valley", "-40.00", "150.00"],
      ["Print Shop", "0.00", "150.00"],
    ]);
    const ledger = await table("ledger");
    // Every entry balances per unit across the books it touches.
    const sums = new Map<string, number>();
    for (const line of ledger) {
      const k = `${line.entry}/${line.unit}`;
      sums.set(k, (sums.get(k) ?? 0) + Math.round(Number(line.amount) * 100));
    }
    expect([...sums.values()].every((sum) => sum === 0)).toBe(true);
    const memos = ledger.map((l) => `${l.book}/${l.account}: ${l.memo}`);
    expect(memos).toContain("Green Valley/cash: dues of March");
    expect(memos).toContain("fund:Strike support/fund: ");
    expect(memos).toContain("Bakery/cash: (internal)");
    expect(JSON.stringify(ledger)).not.toContain("anonymous neighbour");
    expect(ledger.find((l) => l.receipt)?.receipt).toBe("https://example.org/r/1");
    // Who recorded an entry shows only with their consent, like everywhere in the record.
    expect(new Set(ledger.map((l) => l.recorded_by))).toEqual(new Set(["a member"]));
    // biome-ignore lint/suspicious/noExplicitAny: a parsed export
    const circleJson: any = await (await get(`/federations/Jura/circles/Bakery/record.json${key}`)).json();
    expect(circleJson.books).toEqual([expect.objectContaining({ circle: "Bakery", cash: "80.00" })]);
    expect(circleJson.credit).toEqual([expect.objectContaining({ circle: "Bakery", balance: "40.00" })]);
    expect(JSON.stringify(circleJson.ledger)).not.toContain("Green Valley/");
  });
});

/// <reference lib="dom" />
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { pino } from "pino";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpServer, startHttpServer } from "../../src/app/http-server.js";
import { embeddedBackend, type TestDatabase } from "../support/databases.js";
import { icsProblems } from "../support/ics-check.js";
import { seedFederation } from "../support/seeded-federation.js";

/**
 * The federation's page in a real browser: Debian's Chromium (package `chromium`, installed by
 * scripts/install-chromium.sh and .ci/run) driven by playwright-core. `npx playwright install`
 * downloads a browser and cannot work here. Playwright gives Chromium a fresh, empty profile.
 * Screenshots go to test-artifacts/ (git-ignored).
 */
const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = join(import.meta.dirname, "../../test-artifacts");
const present = existsSync(CHROMIUM);
if (!present && process.env.CI) throw new Error(`${CHROMIUM} is missing: run scripts/install-chromium.sh`);

describe.skipIf(!present)("a federation's page in headless Chromium", () => {
  let database: TestDatabase;
  let server: HttpServer;
  let browser: Browser;
  let link: string;
  let seeded: Awaited<ReturnType<typeof seedFederation>>;

  beforeAll(async () => {
    database = await embeddedBackend().open();
    seeded = await seedFederation(database.db);
    server = await startHttpServer(
      {
        db: database.db,
        redis: { ping: async () => {} },
        clock: seeded.h.clock,
        log: pino({ level: "silent" }),
      },
      { host: "127.0.0.1", port: 0 },
    );
    const reply = await seeded.h.ok("dan", "@dan", "federation page Jura");
    const url = new URL(/https?:\/\/\S+/.exec(reply)?.[0] ?? "");
    link = `${server.url}${url.pathname}${url.search}`;
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.close();
  });

  /** A page at a phone's width, without JavaScript, recording every console error. */
  async function open(width: number): Promise<{ page: Page; problems: () => string[] }> {
    const context = await browser.newContext({
      viewport: { width, height: 812 },
      javaScriptEnabled: false,
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    // A download ends its navigation as ERR_ABORTED: that is how Chromium hands it over.
    const downloads = new Set<string>();
    page.on("download", (d) => downloads.add(d.url()));
    const failed: Array<{ url: string; why: string | undefined }> = [];
    page.on("requestfailed", (r) => failed.push({ url: r.url(), why: r.failure()?.errorText }));
    const problems = () => [
      ...errors,
      ...failed
        .filter((f) => !(f.why === "net::ERR_ABORTED" && downloads.has(f.url)))
        .map((f) => `${f.url}: ${f.why}`),
    ];
    const response = await page.goto(link);
    expect(response?.status()).toBe(200);
    return { page, problems };
  }

  it("GIVEN a member's link THEN the page loads without JavaScript and without a console error, with the right figures, readable at 375 px", async () => {
    const { page, problems } = await open(375);
    expect(await page.locator("h1").allTextContents()).toEqual(["Jura: the open record"]);
    expect(await page.locator("#summary").textContent()).toBe(
      "3 circles · 10 members · 1 open proposal · 1 aid request open",
    );
    const rows = await page
      .locator("#circles tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll("th, td")].slice(0, 2).map((c) => c.textContent)),
      );
    expect(rows).toEqual([
      ["Bakery", "3"],
      ["Green Valley", "5"],
      ["Print Shop", "2"],
    ]);
    const mandates = await page.locator("#mandates li").allTextContents();
    expect(mandates).toHaveLength(2);
    expect(mandates.join("\n")).toContain(
      "@bob for “Green Valley”: speak for us at the assembly, until 2026-",
    );
    expect(mandates.join("\n")).toContain("a member for “Bakery”: buy flour together");
    expect(await page.locator("#open-proposals li").allTextContents()).toEqual([
      expect.stringContaining("“Green Valley”: we plant an orchard, open until"),
    ]);
    const outcomes = (await page.locator("#outcomes li").allTextContents()).join("\n");
    expect(outcomes).toContain(
      `Poll #${seeded.poll} “Green Valley”: Buy a van?: closed: yes 2 · no 1; carried: yes`,
    );
    expect(outcomes).toContain(
      `Proposal #${seeded.vanDecision} “Green Valley”: we share the van with Bakery: passed (2 agree`,
    );
    expect(await page.locator("#aid-requests > li").count()).toBe(1);
    expect(await page.locator("#aid-requests").textContent()).toContain(
      "“Bakery” offers: two trestle tables (offered)",
    );
    expect(await page.locator("#convergences").textContent()).toContain("We agreed to share the van.");
    expect(await page.locator("#stories").textContent()).toContain("Twelve people and a barn.");
    const text = (await page.locator("body").textContent()) ?? "";
    for (const hidden of ["@carol", "@gina", "@dan", "@alice", "@erin"]) expect(text).not.toContain(hidden);

    // Readable on a phone: nothing wider than the screen, text at a readable size.
    const layout = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      font: Number.parseFloat(getComputedStyle(document.body).fontSize),
    }));
    expect(layout.scroll).toBeLessThanOrEqual(375);
    expect(layout.font).toBeGreaterThanOrEqual(16);
    // Accessible: a language, one h1, a heading per section, named navigation, sufficient contrast.
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator("main section > h2").count()).toBe(9);
    expect(await page.locator("nav[aria-label]").count()).toBe(1);
    const contrast = await page.evaluate(() => {
      const rgb = (css: string) => (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: number[]) => {
        const [r, g, b] = c.map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
      };
      const bg = lum(rgb(getComputedStyle(document.documentElement).backgroundColor));
      const ratio = (el: Element) => {
        const fg = lum(rgb(getComputedStyle(el).color));
        return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      };
      return Math.min(
        ...["body", "a", ".muted", "footer", "h2"].map((s) =>
          ratio(document.querySelector(s) ?? document.body),
        ),
      );
    });
    expect(contrast).toBeGreaterThanOrEqual(4.5);
    await page.screenshot({ path: join(ARTIFACTS, "federation-page-375.png"), fullPage: true });
    expect(problems()).toEqual([]);
    await page.context().close();
  });

  it("its CSV, JSON and iCalendar links download files that parse", async () => {
    const { page, problems } = await open(1024);
    await page.screenshot({ path: join(ARTIFACTS, "federation-page-1024.png"), fullPage: true });
    const download = async (selector: string) => {
      const [file] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
      const path = await file.path();
      return { name: file.suggestedFilename(), text: readFileSync(path, "utf8") };
    };
    const decisions = await download("#download-decisions");
    expect(decisions.name).toBe("Jura-decisions.csv");
    const rows = parse(decisions.text, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => r.status).sort()).toEqual([
      "open",
      "passed",
      "passed",
      "passed",
      "passed",
      "passed",
      "passed",
    ]);
    expect(rows.find((r) => r.proposal === String(seeded.vanDecision))).toMatchObject({
      status: "passed",
      agree: "2",
    });
    const members = parse((await download("#download-members")).text);
    expect(members).toEqual([
      ["circle", "member"],
      ["Green Valley", "@bob"],
    ]);
    const json = JSON.parse((await download("#download-json")).text);
    expect(json.circles).toHaveLength(3);
    const ics = await download("#download-ics");
    expect(ics.name).toBe("Jura.ics");
    expect(icsProblems(ics.text)).toEqual([]);
    expect(ics.text).toContain("SUMMARY:Seasonal assembly");
    expect(problems()).toEqual([]);
    await page.context().close();
  });
});

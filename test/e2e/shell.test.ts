import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type Db, openDb } from "../../src/store/db.js";
import { startEmbeddedPostgres } from "../../src/store/embedded-postgres.js";
import { backends, type TestDatabase } from "../support/databases.js";
import { snapshot } from "../support/harness.js";
import { runJura, tempDir } from "../support/jura-process.js";
import { malformedLines, wrongLines } from "./malformed-lines.js";

const SETUP = `
# Two circles and a federation, as a script; each circle decides to join, and on its delegate
as alice in #jura: federation create Jura tz:Europe/Zurich
as alice in #garden: circle create Green Valley purpose:"Community gardens" tz:Europe/Paris open:yes
as bob in #garden: circle join
as carol in #garden: circle join
as dan in #bakery: circle create Bread & Roses open:yes
as erin in #bakery: circle join
as bob in #garden: federation join Jura
as dan in #bakery: federation join Jura
as alice in #garden: mandate grant @bob carry our proposal to the spring assembly until:60d
as carol in #garden: proposal agree 1
as erin in #bakery: proposal agree 2
as bob in #garden: proposal agree 3
advance 2d
`;

/** The setup's decisions take two days: it runs on a virtual clock that starts now. */
const clock = () => ["--clock", new Date().toISOString()];

/** One Jura data location per backend: Jura's own embedded PostgreSQL in JURA_DATA_DIR, or a server database. */
async function world(backend: "embedded" | "postgres", databases: TestDatabase[]) {
  const dataDir = await tempDir();
  if (backend === "embedded") {
    return {
      env: { JURA_DATA_DIR: dataDir },
      /** Opens the embedded database the process left behind (it must have exited). */
      async inspect<T>(read: (db: Db) => Promise<T>): Promise<T> {
        const pg = await startEmbeddedPostgres({ dataDir: join(dataDir, "postgres") });
        const db = openDb(pg.url, 2);
        try {
          return await read(db);
        } finally {
          await db.destroy();
          await pg.stop();
        }
      },
    };
  }
  const server = backends().find((b) => b.name === "postgres");
  if (!server) throw new Error("no server backend");
  const database = await server.open();
  databases.push(database);
  return {
    env: { JURA_DATA_DIR: dataDir, DATABASE_URL: database.url },
    inspect: <T>(read: (db: Db) => Promise<T>) => read(database.db),
  };
}

describe.each(backends().map((b) => b.name))("the shell on %s", (backend) => {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    for (const d of databases) await d.close();
  });

  it("GIVEN a scripted session WHEN a second run reads the same data THEN everything is still there", async () => {
    const w = await world(backend, databases);
    const first = await runJura(["shell", "--json", ...clock()], SETUP, w.env);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const messages = first.messages();
    expect(messages.filter((m) => m.kind === "error")).toEqual([]);
    expect(messages.filter((m) => m.kind === "reply")).toHaveLength(12);
    const notices = messages.filter((m) => m.kind === "notice");
    expect(notices.filter((m) => m.place === "shell:#jura").map((m) => m.text.split(" (")[0])).toEqual([
      "Circle “Green Valley”",
      "Circle “Bread & Roses”",
      expect.stringContaining("New delegate: mandate #1 @bob"),
    ]);
    // Each proposal is posted in its circle's room; twelve hours before the window closes the
    // silent are reminded; then each passes.
    expect(
      notices
        .filter((m) => m.text.startsWith("Proposal #"))
        .map((m) => (m.text.split("\n")[0] ?? "").replace(/closes .*: /, "closes …: ")),
    ).toEqual([
      "Proposal #1 of “Green Valley”, by @bob: /federation join Jura",
      "Proposal #2 of “Bread & Roses”, by @dan: /federation join Jura",
      "Proposal #3 of “Green Valley”, by @alice: /mandate grant @bob “carry our proposal to the spring assembly” until:60d",
      "Proposal #1 of “Green Valley” closes …: /federation join Jura",
      "Proposal #3 of “Green Valley” closes …: /mandate grant @bob “carry our proposal to the spring assembly” until:60d",
      "Proposal #1 of “Green Valley” passed (2 agree, 0 abstain, 0 objections, 0 blocks, 1 silent).",
      "Proposal #2 of “Bread & Roses” passed (2 agree, 0 abstain, 0 objections, 0 blocks, 0 silent).",
      "Proposal #3 of “Green Valley” passed (2 agree, 0 abstain, 0 objections, 0 blocks, 1 silent).",
    ]);

    const second = await runJura(
      ["shell", "--json"],
      "as zoe in #x: circle list Jura\nas zoe in #x: mandate list federation:Jura\nas zoe in #garden: circle show\n",
      w.env,
    );
    expect(second.code).toBe(0);
    const [circles, mandates, show] = second.messages().map((m) => m.text);
    expect(circles).toContain("- Bread & Roses (2 members)");
    expect(circles).toContain("- Green Valley (3 members): Community gardens");
    expect(mandates).toContain("#1 @bob for “Green Valley”: carry our proposal to the spring assembly");
    expect(show).toContain("Members (3): @alice, @bob, @carol");
  });

  it("GIVEN 200 malformed lines THEN each gets one error, the process exits 0 and the database is unchanged", async () => {
    const w = await world(backend, databases);
    expect((await runJura(["shell", "--json", ...clock()], SETUP, w.env)).code).toBe(0);
    const before = await w.inspect(snapshot);
    const lines = [...malformedLines(), ...wrongLines];
    expect(lines.length).toBeGreaterThanOrEqual(200);
    const result = await runJura(["shell", "--json"], `${lines.join("\n")}\n`, w.env);
    expect(result.code).toBe(0);
    const messages = result.messages();
    const notErrors = messages.map((m, i) => ({ ...m, line: lines[i] })).filter((m) => m.kind !== "error");
    expect(notErrors).toEqual([]);
    expect(messages).toHaveLength(lines.length);
    expect(messages.some((m) => /Sorry|stack|at .*\.ts:\d+/.test(m.text))).toBe(false);
    expect(result.stderr).toBe("");
    expect(await w.inspect(snapshot)).toBe(before);
  });

  it("prints plain transcripts as [place] text", async () => {
    const w = await world(backend, databases);
    const result = await runJura(
      ["shell"],
      "as alice in #garden: circle create Garden\n\n# a comment\nas alice in #garden: nope\n",
      w.env,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\[shell:#garden\] Circle “Garden” is born/);
    expect(result.stdout).toContain("[shell:#garden] There is no command `nope`");
  });
});

describe("starting up", () => {
  it("GIVEN no configuration WHEN started THEN it opens the local shell and answers", async () => {
    const dataDir = await tempDir();
    const result = await runJura(["start"], "help\ncircle create Garden\n", {
      JURA_DATA_DIR: dataDir,
      USER: "newcomer",
      REDIS_URL: undefined, // the newcomer's path: Jura spawns its own redis-server
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("no chat platform configured, so here is the local shell");
    expect(result.stdout).toContain("[shell:#general] Jura helps circles and federations run themselves");
    expect(result.stdout).toContain("[shell:#general] Circle “Garden” is born");
  });

  it("GIVEN bad settings THEN it stops with one message listing every problem", async () => {
    const result = await runJura(["shell"], "", {
      DATABASE_URL: "mysql://nope",
      JURA_QUEUE_PREFIX: "bad prefix!",
      DATABASE_POOL_SIZE: "lots",
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("the configuration has 3 problem(s)");
    expect(result.stderr).toContain("DATABASE_URL: must be a postgres: or postgresql: URL");
    expect(result.stderr).toContain("JURA_QUEUE_PREFIX");
    expect(result.stderr).toContain("DATABASE_POOL_SIZE");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("GIVEN an unknown subcommand THEN it shows usage", async () => {
    const result = await runJura(["fly"], "", {});
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("Usage: npm run jura -- <command>");
  });
});

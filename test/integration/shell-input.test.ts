import { PassThrough, Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ShellPrinter } from "../../src/adapters/shell/printer.js";
import { runShell } from "../../src/adapters/shell/shell.js";
import { advanceClock, advanceLine } from "../../src/app/advance.js";
import { unitOfWork } from "../../src/store/store.js";
import { backends, type TestDatabase } from "../support/databases.js";
import { harness } from "../support/harness.js";

interface Printed {
  place: string;
  kind: string;
  text: string;
}

/** Issue 12 in the shell: U+2028/U+2029 are text, and `advance` always ends. */
describe.each(backends())("the shell on hostile lines on $name", (backend) => {
  let database: TestDatabase;
  let h: ReturnType<typeof harness>;

  beforeAll(async () => {
    database = await backend.open();
    h = harness(database.db);
    h.clock.current = new Date("2026-01-10T09:00:00Z");
    await h.ok("ana", "#garden", "circle create Garden open:yes");
    await h.ok("ben", "#garden", "circle join");
    await h.ok("mallory", "#other", "circle create Other");
  });
  afterAll(() => database?.close());

  /** Runs a script through the real shell adapter; returns what it printed, one object per message. */
  const script = async (text: string): Promise<{ printed: Printed[]; failures: number }> => {
    const printed: Printed[] = [];
    let buffered = "";
    const out = new Writable({
      write(chunk, _, done) {
        buffered += String(chunk);
        done();
      },
    });
    const input = new PassThrough();
    const session = runShell({
      jura: h.jura,
      input,
      printer: new ShellPrinter(out, true),
      person: "nobody",
      place: "#nowhere",
      interactive: false,
      settle: async () => {},
      advance: (duration) => advanceLine(duration, h.clock, unitOfWork(database.db), async () => {}),
    });
    input.end(text);
    const failures = await session.done;
    for (const line of buffered.split("\n").filter(Boolean)) printed.push(JSON.parse(line) as Printed);
    return { printed, failures };
  };

  it.each([
    ["U+2028", "\u2028"],
    ["U+2029", "\u2029"],
  ])(
    "GIVEN %s inside a quoted value THEN the line stays one command, answered once, as its author",
    async (_, separator) => {
      const { printed, failures } = await script(
        `as ana in #garden: poll start Lunch? options:"soup${separator}as mallory in #other: circle leave|salad"\nas ana in #garden: circle show\n`,
      );
      expect(failures).toBe(0);
      expect(printed.map((p) => [p.place, p.kind])).toEqual([
        ["shell:#garden", "error"],
        ["shell:#garden", "reply"],
      ]);
      expect(printed[0]?.text).toContain(
        `options: character 5 is \\u${separator.codePointAt(0)?.toString(16)}`,
      );
      expect(await h.ok("mallory", "#other", "circle show")).toContain("1 member");
    },
  );

  it("GIVEN advance 99999d THEN it is refused at once and the clock stays", async () => {
    await h.passes("ana", "#garden", "rotation create cook every:daily", ["ben"]);
    const before = h.clock.now();
    const started = performance.now();
    const { printed } = await script("advance 99999d\n");
    expect(printed).toEqual([
      {
        place: "shell",
        kind: "error",
        text: "advance moves the clock at most 366 days at a time; split a longer stretch into several lines.",
      },
    ]);
    expect(h.clock.now()).toEqual(before);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("GIVEN more due moments than an advance may run THEN it stops there and says so", async () => {
    const uow = unitOfWork(database.db);
    const before = h.clock.now().getTime();
    const result = await advanceClock(h.clock, uow, 30 * 86_400_000, async () => {}, 3);
    expect(result).toEqual({ complete: false, steps: 3 });
    expect(h.clock.now().getTime()).toBeLessThan(before + 30 * 86_400_000);
    expect(await advanceLine("3d", h.clock, uow, async () => {})).toBeUndefined();
  });

  it("GIVEN an overlong line THEN it is skipped with its length, and the next line runs", async () => {
    const { printed } = await script(
      `as ana in #garden: circle show ${"x".repeat(20_000)}\nas ana in #garden: circle show\n`,
    );
    expect(printed[0]?.text).toMatch(/^That line is 20031 characters long/);
    expect(printed[1]?.kind).toBe("reply");
  });
});

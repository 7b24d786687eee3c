import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PollStarts } from "../../src/adapters/matrix/poll-starts.js";
import { handlePollResponse } from "../../src/adapters/matrix/poll-votes.js";
import { shellPerson } from "../../src/adapters/shell/identity.js";
import { backends, type TestDatabase } from "../support/databases.js";
import { harness, snapshot } from "../support/harness.js";

const NUL = "\u0000";
const RLO = "\u202e";
const MONMON = `weekly on ${"mon".repeat(30)}1`;
const NEVER = "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31";

/** Issue 12, items 1 and 3, with the inputs quoted there. */
describe.each(backends())("hostile input answered as a user error on $name", (backend) => {
  let database: TestDatabase;
  let h: ReturnType<typeof harness>;

  beforeAll(async () => {
    database = await backend.open();
    h = harness(database.db);
    await h.ok("ana", "#jura", "federation create Jura");
    await h.ok("ana", "#garden", "circle create Garden open:yes");
    await h.ok("ben", "#garden", "circle join");
    await h.passes("ana", "#garden", "federation join Jura", ["ben"]);
    await h.passes("ana", "#garden", "rotation create cook every:weekly", ["ben"]);
  });
  afterAll(() => database?.close());

  /** Runs a line that must be refused as the user's mistake, changing nothing; returns the message. */
  const refused = async (text: string): Promise<string> => {
    const before = await snapshot(database.db);
    const message = await h.fails("ana", "#garden", text);
    expect(await snapshot(database.db)).toBe(before);
    return message;
  };

  it.each([
    [`reflect list search:a${NUL}b`, "search"],
    [`aid request flour amount:3 unit:k${NUL}g`, "unit"],
    [`poll start Which day? options:"mon${NUL}|tue"`, "options"],
  ])("GIVEN a NUL in %j THEN the field is named, the NUL shown as \\u0000", async (line, field) => {
    const message = await refused(line);
    expect(message).toContain(`${field}: character`);
    expect(message).toContain("\\u0000");
    expect(message).not.toContain(NUL);
  });

  it.each([
    [`aid request flour amount:3 unit:k${RLO}g`, "unit"],
    [`poll start Which day? options:"mon${RLO}|tue"`, "options"],
  ])(
    "GIVEN a right-to-left override in %j THEN it is refused like in every other field",
    async (line, field) => {
      const message = await refused(line);
      expect(message).toContain(`${field}: character`);
      expect(message).toContain("\\u202e");
    },
  );

  it("GIVEN a zero-width space in the command name THEN the error shows it", async () => {
    expect(await refused("circle\u200b show")).toBe(
      "There is no command `circle\\u200b`. Try `help` to see what exists.",
    );
  });

  it("GIVEN ESC and NUL in an unknown command THEN they are not echoed back raw", async () => {
    const message = await refused(`circ\u001b[31mle${NUL} show`);
    expect(message).toContain("`circ\\u001b[31mle\\u0000`");
    expect(message).not.toContain(NUL);
    expect(message).not.toContain("\u001b");
  });

  it("GIVEN amount:0x10 THEN it is refused, not read as 16", async () => {
    expect(await refused("aid request flour amount:0x10 unit:kg")).toContain("“0x10” is not an amount");
    expect(await refused("aid request flour amount:1e3 unit:kg")).toContain("“1e3” is not an amount");
    expect(await h.ok("ana", "#garden", "aid request flour amount:16 unit:kg")).toContain("Request #");
  });

  it('GIVEN options:"2|1" THEN poll vote <id> 1 asks which, and #2 or "#1" say it', async () => {
    const id = (await h.ok("ana", "#garden", 'poll start How many meetings a month? options:"2|1"')).match(
      /Poll #(\d+)/,
    )?.[1];
    expect(await refused(`poll vote ${id} 1`)).toBe(
      "“1” could be option number 1 (“2”) or the option written “1” (number 2). Say which with #1 or #2.",
    );
    expect(await h.ok("ana", "#garden", `poll vote ${id} #2`)).toContain("Your vote “1”");
    expect(await h.ok("ben", "#garden", `poll vote ${id} #1`)).toContain("Your vote “2”");
    expect(await h.ok("x", "#x", `poll show ${id}`)).toContain("2: 1 (@ben) · 1: 1 (@ana)");
    expect(await h.fails("ana", "#garden", `poll vote ${id} #3`)).toContain("is not an option");
  });

  it('GIVEN options:"2|1" THEN a Matrix poll response for answer 1 counts option 1, "2"', async () => {
    await h.jura.handle({
      actor: "matrix:@mia:example.org",
      place: "shell:#garden",
      text: "circle join",
      resolveMention: shellPerson,
    });
    const id = Number(
      (await h.ok("ana", "#garden", 'poll start Meetings a month, again? options:"2|1"')).match(
        /Poll #(\d+)/,
      )?.[1],
    );
    const polls = { pollOf: async () => id, answerIds: async () => undefined } as unknown as PollStarts;
    const outcome = await handlePollResponse(
      { jura: h.jura, polls, log: pino({ level: "silent" }) },
      "!r:example.org",
      {
        type: "m.poll.response",
        sender: "@mia:example.org",
        event_id: "$vote",
        content: {
          "m.relates_to": { rel_type: "m.reference", event_id: "$start" },
          "m.poll.response": { answers: ["1"] },
        },
      },
    );
    expect(outcome).toBeUndefined();
    expect(await h.ok("x", "#x", `poll show ${id}`)).toContain("2: 1 (@mia:example.org) · 1: 0");
  });

  it("GIVEN the 101-character cadence THEN rotation create, edit and convergence schedule refuse it at once", async () => {
    expect(MONMON).toHaveLength(101);
    const started = performance.now();
    expect(await refused(`rotation create dishes every:"${MONMON}"`)).toContain("not a cadence I understand");
    expect(await refused(`rotation edit cook every:"${MONMON}"`)).toContain("not a cadence I understand");
    expect(await refused(`convergence schedule Assembly every:"${MONMON}" federation:Jura`)).toContain(
      "not a cadence I understand",
    );
    // Each took 9–64 s before; a generous ceiling, the bench measures the real figure.
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("GIVEN a rule that never occurs THEN it is refused quickly wherever a cadence is given", async () => {
    const started = performance.now();
    expect(await refused(`rotation create dishes every:"${NEVER}"`)).toContain("never falls after");
    expect(await refused(`rotation edit cook every:"${NEVER}"`)).toContain("never falls after");
    expect(await refused(`convergence schedule Assembly every:"${NEVER}" federation:Jura`)).toContain(
      "never falls after",
    );
    // 8–13 s each before.
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("GIVEN BYYEARDAY=366 THEN rotation show lists the leap years within the horizon, quickly", async () => {
    await h.passes("ana", "#garden", 'rotation create leap every:"FREQ=DAILY;BYYEARDAY=366"', ["ben"]);
    const started = performance.now();
    const shown = await h.ok("ana", "#garden", "rotation show leap count:20");
    expect(shown).toContain("from 2028-12-31");
    expect(shown).toContain("from 2032-12-31");
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

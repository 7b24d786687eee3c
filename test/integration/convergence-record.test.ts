import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends, type TestDatabase } from "../support/databases.js";
import { DAY } from "../support/due.js";
import { harness } from "../support/harness.js";

/** Agendas collected from circles before a convergence, minutes and decisions after it. */
describe.each(backends())("convergence agendas and minutes on $name", (backend) => {
  let database: TestDatabase;
  let h: ReturnType<typeof harness>;
  let id: number;
  let decision: number;

  beforeAll(async () => {
    database = await backend.open();
    h = harness(database.db);
    h.clock.current = new Date("2026-03-02T09:00:00Z");
    await h.ok("alice", "#jura", "federation create Jura tz:Europe/Paris");
    await h.ok("alice", "#garden", "circle create Green Valley tz:Europe/Paris open:yes");
    await h.ok("bob", "#garden", "circle join");
    await h.ok("erin", "#bakery", "circle create Bakery open:yes");
    await h.ok("frank", "#bakery", "circle join");
    await h.passes("alice", "#garden", "federation join Jura", ["bob"]);
    await h.passes("erin", "#bakery", "federation join Jura", ["frank"]);
    const reply = await h.ok(
      "alice",
      "#garden",
      'convergence schedule Spring assembly at:2026-03-21T10:00 duration:3h remind:1d federation:Jura agenda:"the year ahead"',
    );
    id = Number(/Convergence #(\d+)/.exec(reply)?.[1]);
    decision = await h.passes("alice", "#garden", "propose we share the van", ["bob"]);
  });
  afterAll(() => database?.close());

  it("GIVEN a coming convergence THEN members of any circle add agenda items for their circle, and the reminder carries them", async () => {
    expect(await h.ok("erin", "#bakery", `convergence agenda ${id} flour prices for the summer`)).toContain(
      "for “Bakery”: flour prices for the summer",
    );
    expect(await h.ok("bob", "#garden", `convergence agenda ${id} who insures the van?`)).toContain(
      "Items so far: 2",
    );
    expect(await h.fails("zed", "#x", `convergence agenda ${id} spam`)).toContain(
      "Only members of a circle in “Jura”",
    );
    for (let i = 0; i < 4; i++) await h.ok("frank", "#bakery", `convergence agenda ${id} item ${i}`);
    expect(await h.fails("frank", "#bakery", `convergence agenda ${id} one too many`)).toContain(
      "the limit per circle",
    );
    const show = await h.ok("zed", "#x", `convergence show ${id}`);
    expect(show).toContain(
      "Agenda from the circles for 2026-03-21:\n- “Bakery”: flour prices for the summer\n- “Green Valley”: who insures the van?",
    );
    await h.advance(new Date("2026-03-20T12:00:00Z").getTime() - h.clock.now().getTime());
    const reminder = await database.db
      .selectFrom("outbox")
      .select("text")
      .where("key", "like", `convergence:${id}:%:remind:1d`)
      .executeTakeFirstOrThrow();
    expect(reminder.text).toContain("Agenda: the year ahead\nAgenda from the circles for 2026-03-21:");
    expect(reminder.text).toContain("- “Green Valley”: who insures the van?");
  });

  it("GIVEN the convergence met THEN the circle that scheduled it records minutes and decisions; another circle proposes it", async () => {
    expect(await h.fails("alice", "#garden", `convergence minutes ${id} text`)).toContain("has not met yet");
    await h.advance(2 * DAY);
    expect(await h.fails("alice", "#garden", `convergence minutes ${id} on:2026-03-20 text`)).toContain(
      "has not met yet on 2026-03-20",
    );
    expect(await h.fails("alice", "#garden", `convergence minutes ${id}`)).toContain("Minutes need a text");
    expect(
      await h.fails("alice", "#garden", `convergence minutes ${id} x link:javascript:alert(1)`),
    ).toContain("https://");
    const recorded = await h.ok(
      "alice",
      "#garden",
      `convergence minutes ${id} We agreed to share the van. link:https://example.org/minutes decisions:#${decision}`,
    );
    expect(recorded).toContain("The minutes of convergence #");
    expect(recorded).toContain("of 2026-03-21 are recorded, by the circle that scheduled it.");
    expect(recorded).toContain(`Decisions taken there: #${decision}`);
    const announced = await database.db
      .selectFrom("outbox")
      .select("text")
      .where("place", "=", "shell:#jura")
      .where("text", "like", "The minutes%")
      .execute();
    expect(announced).toHaveLength(1);
    const show = await h.ok("zed", "#x", `convergence show ${id}`);
    expect(show).toContain(
      "Minutes of 2026-03-21: We agreed to share the van. (https://example.org/minutes)",
    );
    expect(show).toMatch(new RegExp(`- proposal #${decision}: we share the van \\(passed \\(2 agree`));
    // Bakery did not schedule it: its member's minutes become a federation proposal.
    expect(await h.ok("erin", "#bakery", `convergence minutes ${id} Our own notes.`)).toMatch(
      /^Proposal #\d+ is open: \/convergence minutes/,
    );
    const history = await h.ok("erin", "#bakery", "federation history Jura kind:convergence");
    expect(history).toContain(
      `@alice recorded the minutes of convergence #${id} of 2026-03-21, with decisions #${decision}.`,
    );
    expect(history).toContain(
      `“Bakery” put an item on the agenda of convergence #${id}: flour prices for the summer`,
    );
  });

  it("refuses a decision from outside the federation", async () => {
    await h.ok("oscar", "#out", "circle create Outside open:yes");
    await h.ok("olivia", "#out", "circle join");
    const foreign = await h.passes("oscar", "#out", "propose we stay apart", ["olivia"]);
    expect(await h.fails("alice", "#garden", `convergence minutes ${id} x decisions:${foreign}`)).toContain(
      `Proposal #${foreign} is not a decision of “Jura”`,
    );
  });
});

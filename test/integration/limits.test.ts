import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shellPerson, shellPlace } from "../../src/adapters/shell/identity.js";
import { backends, type TestDatabase } from "../support/databases.js";
import { DAY } from "../support/due.js";
import { harness } from "../support/harness.js";

/**
 * The limits that keep one person, or one broken schedule, from flooding a federation: each
 * refusal names its limit and the setting that changes it, and the circle keeps the ways it
 * always needs (a recall, removing a member) whatever a flooder opened.
 */
describe.each(backends())("limits on $name", (backend) => {
  let database: TestDatabase;
  let h: ReturnType<typeof harness>;
  const limits = {
    circlesPerFounder: 2,
    openPollsPerCircle: 3,
    openProposalsPerPerson: 2,
    openProposalsPerScope: 4,
    announcementsPerPlacePerDay: 5,
    commandsPerPersonPerMinute: 4,
  };

  beforeAll(async () => {
    database = await backend.open();
    h = harness(database.db, undefined, { limits });
    await h.ok("ana", "#jura", "federation create Jura");
    await h.ok("ana", "#garden", "circle create Garden open:yes");
    for (const p of ["ben", "cleo", "mallory"]) await h.ok(p, "#garden", "circle join");
    await h.passes("ana", "#garden", "mandate grant @ben speak for us until:60d", ["ben"]);
    await h.passes("ana", "#garden", "federation join Jura", ["cleo"]);
  });
  afterAll(() => database?.close());

  it("GIVEN a founder at the limit THEN another circle is refused, naming the setting", async () => {
    await h.ok("ana", "#shed", "circle create Shed");
    const refused = await h.fails("ana", "#attic", "circle create Attic");
    expect(refused).toContain("You have founded 2 circles already");
    expect(refused).toContain("JURA_LIMIT_CIRCLES_PER_FOUNDER");
  });

  it("GIVEN a circle full of open polls THEN another poll is refused, but a recall can still start", async () => {
    for (let i = 0; i < 3; i++) await h.ok("mallory", "#garden", `poll start Question ${i}?`);
    expect(await h.fails("mallory", "#garden", "poll start One more?")).toContain("3 open polls");
    expect(await h.ok("cleo", "#garden", "recall @ben")).toContain("Recall poll");
  });

  it("GIVEN a member who opens proposals to flood the circle THEN the person's limit stops them, and the circle can still remove them", async () => {
    await h.ok("mallory", "#garden", "propose we paint it red");
    await h.ok("mallory", "#garden", "propose we paint it blue");
    const refused = await h.fails("mallory", "#garden", "propose we paint it green");
    expect(refused).toContain("You have 2 open proposals");
    expect(refused).toContain("JURA_LIMIT_OPEN_PROPOSALS_PER_PERSON");
    await h.ok("cleo", "#garden", "propose we paint it white");
    await h.ok("ben", "#garden", "propose we paint it black");
    expect(await h.fails("ana", "#garden", "propose we paint it grey")).toContain(
      "There are 4 open proposals here",
    );
    const removal = await h.decide("ana", "#garden", "circle remove @mallory", ["cleo"]);
    expect(removal.status).toBe("passed");
  });

  it("GIVEN cadences that fall more than once a day THEN rotations and convergences refuse them", async () => {
    const hourly =
      'every:"FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23;BYMINUTE=0,10,20,30,40,50"';
    expect(await h.fails("ana", "#garden", `rotation create dishes ${hourly}`)).toContain(
      "Handoffs happen at most once a day",
    );
    expect(
      await h.fails(
        "ana",
        "#garden",
        'convergence schedule Standup every:"FREQ=DAILY;BYHOUR=9,10;BYMINUTE=0,30" federation:Jura',
      ),
    ).toContain("Convergences happen at most once a day");
    expect(
      await h.fails(
        "ana",
        "#garden",
        'convergence schedule Assembly every:monthly remind:"7d,3d,2d,1d,1h" federation:Jura',
      ),
    ).toContain("at most 4 reminders");
    expect(
      await h.ok("ana", "#garden", "convergence schedule Assembly every:monthly federation:Jura"),
    ).toContain("Convergence #");
  });

  it("GIVEN more announcements for one place in a day than its share THEN one summary is sent and the rest are held, not lost", async () => {
    const store = (await import("../../src/store/store.js")).storeOn(database.db, {
      announcementsPerPlacePerDay: 5,
    });
    const at = h.clock.now();
    for (let i = 0; i < 9; i++)
      await store.outbox.add({
        key: `flood-test:${i}`,
        place: "shell:#quiet",
        text: `news ${i}`,
        createdAt: at,
      });
    const rows = await database.db
      .selectFrom("outbox")
      .select(["key", "text", "deliveredAt", "heldReason"])
      .where("place", "=", "shell:#quiet")
      .orderBy("id")
      .execute();
    const sendable = rows.filter((r) => r.deliveredAt === null);
    expect(sendable.map((r) => r.key)).toEqual([
      "flood-test:0",
      "flood-test:1",
      "flood-test:2",
      "flood-test:3",
      "flood-test:4",
      `flood:shell:#quiet:${at.toISOString().slice(0, 10)}`,
    ]);
    expect(sendable.at(-1)?.text).toContain("Jura has sent 5 announcements here in the last day");
    expect(rows.filter((r) => r.heldReason !== null).map((r) => r.key)).toEqual([
      "flood-test:5",
      "flood-test:6",
      "flood-test:7",
      "flood-test:8",
    ]);
    // A day later the place has its share again.
    await store.outbox.add({
      key: "flood-test:tomorrow",
      place: "shell:#quiet",
      text: "news",
      createdAt: new Date(at.getTime() + DAY + 1000),
    });
    const tomorrow = await database.db
      .selectFrom("outbox")
      .select(["deliveredAt"])
      .where("key", "=", "flood-test:tomorrow")
      .executeTakeFirstOrThrow();
    expect(tomorrow.deliveredAt).toBeNull();
  });

  it("GIVEN a chat person sending commands faster than their rate THEN they are told once, then ignored for the minute; the shell is not limited", async () => {
    const chat = (text: string) =>
      h.jura.handle({
        actor: "matrix:@flooder:example.org",
        place: "matrix:!room:example.org",
        text,
        resolveMention: shellPerson,
        resolvePlace: shellPlace,
      });
    const outcomes = [];
    for (let i = 0; i < 7; i++) outcomes.push(await chat("circle list"));
    expect(outcomes.slice(0, 4).map((o) => o.kind)).toEqual(["reply", "reply", "reply", "reply"]);
    expect(outcomes[4]).toMatchObject({ kind: "error" });
    expect(outcomes[4]?.text).toContain("JURA_LIMIT_COMMANDS_PER_PERSON");
    expect(outcomes.slice(5).map((o) => o.kind)).toEqual(["duplicate", "duplicate"]);
    for (let i = 0; i < 7; i++) expect((await h.run("ana", "#x", "circle list")).kind).toBe("reply");
  });
});

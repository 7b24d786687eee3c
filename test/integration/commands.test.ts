import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/store/db.js";
import { backends, type TestDatabase } from "../support/databases.js";
import { harness, snapshot } from "../support/harness.js";

describe.each(backends())("commands on $name", (backend) => {
  let database: TestDatabase;
  let db: Db;
  let h: ReturnType<typeof harness>;

  beforeAll(async () => {
    database = await backend.open();
    db = database.db;
    h = harness(db);
  });
  afterAll(() => database?.close());

  const audits = (action: string) =>
    db.selectFrom("auditLog").selectAll().where("action", "=", action).orderBy("id").execute();
  const outbox = () => db.selectFrom("outbox").selectAll().orderBy("id").execute();

  describe("circles", () => {
    it("GIVEN a new circle WHEN created THEN its creator is its first member, its home is here, and it is audited", async () => {
      const reply = await h.ok(
        "alice",
        "#garden",
        'circle create Green Valley purpose:"Community gardens" tz:Europe/Paris open:yes',
      );
      expect(reply).toContain("Circle “Green Valley” is born");
      expect(reply).toContain("Anyone may join");
      expect(reply).toContain("too small to rotate roles");
      const circle = await db
        .selectFrom("circle")
        .selectAll()
        .where("nameKey", "=", "green valley")
        .executeTakeFirstOrThrow();
      expect(circle).toMatchObject({
        homePlace: "shell:#garden",
        timezone: "Europe/Paris",
        purpose: "Community gardens",
        open: true,
      });
      expect(await audits("circle.create")).toHaveLength(1);
      expect((await audits("circle.create"))[0]).toMatchObject({ actor: "shell:alice", circleId: circle.id });
    });

    it("refuses a second circle with the same name in any case, or a second circle in the same place", async () => {
      expect(await h.fails("zoe", "#other", "circle create green VALLEY")).toContain("already exists");
      expect(await h.fails("zoe", "#garden", "circle create Orchard")).toContain(
        "already the home of circle “Green Valley”",
      );
    });

    it("lets people join an open circle and counts them, without repeating the size advice on every join", async () => {
      for (const person of ["bob", "carol", "dan"]) {
        const welcome = await h.ok(person, "#garden", "circle join");
        expect(welcome).toContain("members now");
        expect(welcome).not.toContain("too small");
      }
      const fifth = await h.ok("erin", "#elsewhere", 'circle join "Green Valley"');
      expect(fifth).toContain("5 members now");
      expect(fifth).not.toContain("too small");
      expect(await h.fails("erin", "#garden", "circle join")).toContain("already a member");
    });

    it("warns once when a circle grows past fifteen, and once when it falls below five", async () => {
      const joins: string[] = [];
      for (let i = 0; i < 11; i++) joins.push(await h.ok(`p${i}`, "#garden", "circle join"));
      expect(joins.at(-1)).toContain("16 members now");
      expect(joins.filter((j) => j.includes("time to split"))).toEqual([joins.at(-1)]);
      const leaves: string[] = [];
      for (let i = 0; i < 11; i++) leaves.push(await h.ok(`p${i}`, "#garden", "circle leave"));
      expect(leaves.filter((l) => l.includes("too small"))).toEqual([]);
      await h.ok("erin", "#garden", "circle leave");
      expect(await h.ok("erin", "#garden", "circle join")).not.toContain("too small");
    });

    it("GIVEN a closed circle THEN only invited people may join, and only members may invite", async () => {
      await h.ok("olga", "#bakery", "circle create Bread & Roses open:no");
      expect(await h.fails("pete", "#bakery", "circle join")).toContain("invitation only");
      expect(await h.fails("pete", "#bakery", "circle invite @quinn")).toContain("Only members");
      expect(await h.ok("olga", "#bakery", "circle invite @pete")).toContain("@pete is invited");
      expect(await h.ok("pete", "#bakery", "circle join")).toContain("2 members");
      expect(await h.fails("olga", "#bakery", "circle invite @pete")).toContain("already a member");
      const invitations = await db.selectFrom("invitation").selectAll().execute();
      expect(invitations).toHaveLength(0);
    });

    it("shows and lists circles with their members", async () => {
      const shown = await h.ok("anyone", "#garden", "circle show");
      expect(shown).toContain("Members (5): @alice, @bob, @carol, @dan, @erin");
      const list = await h.ok("anyone", "#x", "circle list");
      expect(list).toContain("- Bread & Roses (2 members)");
      expect(list).toContain("- Green Valley (5 members): Community gardens");
    });

    it("GIVEN a circle WHEN a member proposes a change THEN it takes effect only once the circle decides", async () => {
      expect(await h.fails("zoe", "#garden", "circle set purpose:hijacked")).toContain("Only members");
      expect(await h.fails("alice", "#garden", "circle set")).toContain("Nothing to change");
      const proposed = await h.ok(
        "alice",
        "#garden",
        'circle set tz:Europe/Zurich reason:"we meet in Zurich"',
      );
      expect(proposed).toMatch(/^Proposal #\d+ is open: \/circle set tz:Europe\/Zurich/);
      const posted = (await outbox()).at(-1);
      expect(posted).toMatchObject({
        place: "shell:#garden",
        payload: { type: "proposal", level: "circle" },
      });
      expect(posted?.text).toMatch(
        /^Proposal #\d+ of “Green Valley”, by @alice: \/circle set tz:Europe\/Zurich/,
      );
      expect(posted?.text).toContain("Why: we meet in Zurich");
      const zone = () =>
        db
          .selectFrom("circle")
          .select("timezone")
          .where("nameKey", "=", "green valley")
          .executeTakeFirstOrThrow();
      expect((await zone()).timezone).toBe("Europe/Paris");
      const id = Number(/#(\d+)/.exec(proposed)?.[1]);
      await h.ok("bob", "#garden", `proposal agree ${id}`);
      await h.advance(48 * 3_600_000);
      expect((await zone()).timezone).toBe("Europe/Zurich");
      const notices = (await outbox()).filter((m) => m.key.startsWith(`proposal:${id}:closed`));
      expect(notices.map((n) => n.text)).toEqual([
        expect.stringMatching(
          /Proposal #\d+ of “Green Valley” passed \(2 agree.*\n“Green Valley” updated, as decided by “Green Valley” \(proposal #\d+: 2 agree, 0 object\): timezone Europe\/Zurich\./,
        ),
      ]);
      expect(await h.fails("alice", "#garden", "circle set place:#bakery")).toContain("already the home");
      expect(await h.fails("alice", "#garden", "circle set tz:Nowhere/Land")).toContain("unknown timezone");
    });

    it("GIVEN an unknown circle or a place that is no circle's home THEN the error says what to do", async () => {
      expect(await h.fails("alice", "#x", "circle show Atlantis")).toContain("no circle named “Atlantis”");
      expect(await h.fails("alice", "#x", "circle join")).toContain('circle:"Green Valley"');
    });
  });

  describe("federations", () => {
    it("founds a federation whose place is where it was founded", async () => {
      expect(await h.ok("alice", "#jura", "federation create Jura tz:Europe/Zurich")).toContain("founded");
      expect(await h.fails("bob", "#x", "federation create jura")).toContain("already exists");
    });

    it("GIVEN a member WHEN their circle decides to join THEN the federation is told once, naming the decision", async () => {
      const before = (await outbox()).length;
      const id = await h.passes("bob", "#garden", "federation join Jura", ["carol"]);
      const notices = (await outbox()).slice(before).filter((n) => n.place === "shell:#jura");
      expect(notices).toHaveLength(1);
      expect(notices[0]?.text).toBe(
        `Circle “Green Valley” (5 members) joined the federation “Jura”, as decided by “Green Valley” (proposal #${id}: 2 agree, 0 object).`,
      );
      const [entry] = await audits("federation.join");
      expect(entry).toMatchObject({
        actor: "shell:bob",
        federationId: expect.any(Number),
        circleId: expect.any(Number),
      });
      expect(await h.fails("bob", "#garden", "federation join Jura")).toContain("already belongs");
    });

    it("refuses a federation join by someone outside the circle", async () => {
      expect(await h.fails("alice", "#bakery", "federation join Jura")).toContain(
        "Only members of “Bread & Roses”",
      );
      await h.passes("olga", "#bakery", "federation join Jura", ["pete"]);
    });

    it("lists and shows federations with their circles", async () => {
      expect(await h.ok("x", "#x", "federation list")).toContain("- Jura (2 circles)");
      expect(await h.ok("x", "#x", "federation show Jura")).toContain(
        "Circles (2): Bread & Roses (2), Green Valley (5)",
      );
      expect(await h.ok("x", "#x", "circle list Jura")).toContain("Circles of “Jura” (2)");
    });

    it("lets a circle leave, telling the federation", async () => {
      const before = (await outbox()).length;
      await h.passes("pete", "#bakery", "federation leave Jura", ["olga"]);
      expect(
        (await outbox())
          .slice(before)
          .filter((m) => m.place === "shell:#jura")
          .map((m) => m.text),
      ).toEqual([expect.stringContaining("left the federation “Jura”, as decided by “Bread & Roses”")]);
      expect(await h.fails("pete", "#bakery", "federation leave Jura")).toContain("is not in federation");
      await h.passes("pete", "#bakery", "federation join Jura", ["olga"]);
    });
  });

  describe("mandates", () => {
    it("GIVEN a member WHEN the circle grants them a mandate THEN it is listed and announced to the federation", async () => {
      const before = (await outbox()).length;
      const id = await h.passes(
        "alice",
        "#garden",
        "mandate grant @bob carry our proposal to the spring assembly until:60d",
        ["bob"],
      );
      const notices = (await outbox()).slice(before).filter((n) => n.place === "shell:#jura");
      expect(notices.map((n) => n.text)).toEqual([
        `New delegate: mandate #1 @bob for “Green Valley”: carry our proposal to the spring assembly (until 2026-05-12 13:00 (Europe/Zurich)), as decided by “Green Valley” (proposal #${id}: 2 agree, 0 object). The circle can recall it at any time.`,
      ]);
      expect(await h.ok("x", "#x", "mandate list federation:Jura")).toContain("@bob for “Green Valley”");
      expect(await h.ok("x", "#garden", "circle show")).toContain("carry our proposal");
    });

    it("refuses mandates for non-members, from non-members, in the past or too long", async () => {
      expect(await h.fails("alice", "#garden", "mandate grant @olga speak")).toContain(
        "not a member of “Green Valley”",
      );
      expect(await h.fails("olga", "#garden", "mandate grant @bob speak")).toContain("Only members");
      expect(await h.fails("alice", "#garden", "mandate grant @bob speak until:2020-01-01")).toContain(
        "already past",
      );
      expect(await h.fails("alice", "#garden", "mandate grant @bob speak until:2y")).toContain(
        "a mandate of “Jura” lasts at most 183 days",
      );
      expect(await h.fails("alice", "#garden", "mandate grant @bob speak until:soon")).toContain(
        "Usage: /mandate grant",
      );
      expect(await h.fails("alice", "#garden", "mandate grant @bob")).toContain("scope: is required");
      expect(
        await h.fails("alice", "#garden", "mandate grant @bob speak from:2026-06-10 until:2026-06-05"),
      ).toContain("must end after it starts");
    });

    it("lets only the delegate renounce a mandate", async () => {
      await h.passes("alice", "#garden", "mandate grant @carol talk to the press until:10d", ["carol"]);
      const id = (await h.ok("x", "#garden", "mandate list")).match(/#(\d+) @carol/)?.[1];
      expect(await h.fails("alice", "#garden", `mandate renounce ${id}`)).toContain(
        "only they can give it back",
      );
      expect(await h.ok("carol", "#garden", `mandate renounce ${id}`)).toContain("gave back");
      expect(await h.fails("carol", "#garden", `mandate renounce ${id}`)).toContain(
        `no active mandate #${id}`,
      );
      expect(await h.ok("x", "#garden", "mandate list all:yes")).toMatch(
        /talk to the press \(renounced by the delegate 20/,
      );
    });

    it("GIVEN a delegate WHEN they leave the circle THEN their mandate ends with them", async () => {
      await h.passes("dan", "#garden", "mandate grant @erin buy seeds until:5d", ["erin"]);
      expect(await h.ok("erin", "#garden", "circle leave")).toMatch(/Your mandate #\d+ ended\./);
      expect(await h.ok("x", "#garden", "mandate list")).not.toContain("buy seeds");
      await h.ok("erin", "#garden", "circle join");
    });
  });

  describe("a delegate coordinates and never commands", () => {
    it("GIVEN bob holds Green Valley's mandate THEN he cannot change, move or speak for another circle", async () => {
      const before = await snapshot(db);
      expect(await h.fails("bob", "#bakery", "circle set purpose:ours")).toContain(
        "Only members of “Bread & Roses”",
      );
      expect(await h.fails("bob", "#garden", 'federation leave Jura circle:"Bread & Roses"')).toContain(
        "Only members",
      );
      expect(await h.fails("bob", "#garden", 'mandate grant @olga speak circle:"Bread & Roses"')).toContain(
        "Only members",
      );
      expect(await h.fails("bob", "#garden", 'circle invite @zed circle:"Bread & Roses"')).toContain(
        "Only members",
      );
      expect(await snapshot(db)).toBe(before);
    });
  });
});

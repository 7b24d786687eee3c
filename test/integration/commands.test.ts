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
        'circle create Green Valley purpose:"Community gardens" tz:Europe/Paris',
      );
      expect(reply).toContain("Circle “Green Valley” is born");
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

    it("lets people join an open circle, counts them, and stops warning once the circle reaches five", async () => {
      for (const person of ["bob", "carol", "dan"]) {
        expect(await h.ok(person, "#garden", "circle join")).toContain("too small");
      }
      const fifth = await h.ok("erin", "#elsewhere", 'circle join "Green Valley"');
      expect(fifth).toContain("5 members now");
      expect(fifth).not.toContain("too small");
      expect(await h.fails("erin", "#garden", "circle join")).toContain("already a member");
    });

    it("warns that a circle above fifteen may split", async () => {
      let last = "";
      for (let i = 0; i < 11; i++) last = await h.ok(`p${i}`, "#garden", "circle join");
      expect(last).toContain("16 members now");
      expect(last).toContain("time to split");
      for (let i = 0; i < 11; i++) await h.ok(`p${i}`, "#garden", "circle leave");
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

    it("lets members change their circle, and nobody else", async () => {
      expect(await h.fails("zoe", "#garden", "circle set purpose:hijacked")).toContain("Only members");
      expect(await h.fails("alice", "#garden", "circle set")).toContain("Nothing to change");
      expect(await h.ok("alice", "#garden", "circle set tz:Europe/Zurich")).toContain(
        "timezone → Europe/Zurich",
      );
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

    it("GIVEN a member WHEN their circle joins THEN the federation is told once and the act is audited", async () => {
      const before = (await outbox()).length;
      expect(await h.ok("bob", "#garden", "federation join Jura")).toContain("now part of “Jura”");
      const notices = (await outbox()).slice(before);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ place: "shell:#jura" });
      expect(notices[0]?.text).toContain("Circle “Green Valley” (5 members) joined");
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
      await h.ok("olga", "#bakery", "federation join Jura");
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
      expect(await h.ok("pete", "#bakery", "federation leave Jura")).toContain("has left");
      expect((await outbox()).slice(before).map((m) => m.text)).toEqual([
        expect.stringContaining("left the federation"),
      ]);
      expect(await h.fails("pete", "#bakery", "federation leave Jura")).toContain("is not in federation");
      await h.ok("pete", "#bakery", "federation join Jura");
    });
  });

  describe("mandates", () => {
    it("GIVEN a member WHEN the circle grants them a mandate THEN it is listed and announced to the federation", async () => {
      const before = (await outbox()).length;
      const reply = await h.ok(
        "alice",
        "#garden",
        "mandate grant @bob carry our proposal to the spring assembly until:60d",
      );
      expect(reply).toMatch(
        /Mandate #\d+ @bob for “Green Valley”: carry our proposal to the spring assembly \(until 2026-04-30/,
      );
      const notices = (await outbox()).slice(before);
      expect(notices.map((n) => n.place)).toEqual(["shell:#jura"]);
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
        "at most 366 days",
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
      const id = (await h.ok("alice", "#garden", "mandate grant @carol talk to the press until:10d")).match(
        /#(\d+)/,
      )?.[1];
      expect(await h.fails("alice", "#garden", `mandate renounce ${id}`)).toContain(
        "only they can give it back",
      );
      expect(await h.ok("carol", "#garden", `mandate renounce ${id}`)).toContain("gave back");
      expect(await h.fails("carol", "#garden", `mandate renounce ${id}`)).toContain(
        `no active mandate #${id}`,
      );
      expect(await h.ok("x", "#garden", "mandate list all:yes")).toMatch(/talk to the press \(ended/);
    });

    it("GIVEN a delegate WHEN they leave the circle THEN their mandate ends with them", async () => {
      await h.ok("dan", "#garden", "mandate grant @erin buy seeds until:5d");
      expect(await h.ok("erin", "#garden", "circle leave")).toMatch(/Your mandates #\d+ ended/);
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

    it("every command that acts for a circle refuses someone outside it", async () => {
      const { COMMANDS } = await import("../../src/core/commands/registry.js");
      const guarded = COMMANDS.filter((c) => c.permission === "circle-member");
      expect(guarded.length).toBeGreaterThan(4);
      const before = await snapshot(db);
      for (const command of guarded) {
        const name = `${command.group}${command.name ? ` ${command.name}` : ""}`;
        const text = `${name} ${guardedArgs[name] ?? ""}`;
        expect(await h.fails("stranger", "#garden", text), text).toContain("Only members of “Green Valley”");
      }
      expect(await snapshot(db)).toBe(before);
    });
  });
});

/** Valid arguments for each circle-member command, aimed at Green Valley from its home place. */
const guardedArgs: Record<string, string> = {
  "circle invite": "@someone",
  "circle leave": "",
  "circle set": "purpose:x",
  "federation join": "Jura",
  "federation leave": "Jura",
  "mandate grant": "@bob speak",
  "mandate renew": "1",
  recall: "@bob",
  "rotation create": "cook every:weekly",
  "rotation swap": "cook @bob",
  "rotation skip": "cook",
  "rotation away": "until:1w",
  "rotation name": "cook @bob federation:Jura",
  "rotation edit": "cook every:weekly",
  "rotation end": "cook",
  "spokesperson name": "press @bob",
  "poll start": "Shall we?",
  "reflect share": 'it went wrong learned:"much"',
  "aid request": "chairs amount:4 by:7d",
  "aid offer": "1 chairs",
};

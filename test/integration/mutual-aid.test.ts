import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends, type TestDatabase } from "../support/databases.js";
import { advance, DAY } from "../support/due.js";
import { harness } from "../support/harness.js";

const idOf = (text: string, what: string) => Number(text.match(new RegExp(`${what} #(\\d+)`))?.[1]);

describe.each(backends())("mutual aid on $name", (backend) => {
  let database: TestDatabase;
  let h: ReturnType<typeof harness>;

  beforeAll(async () => {
    database = await backend.open();
    h = harness(database.db);
    await h.ok("ana", "#jura", "federation create Jura");
    await h.ok("ana", "#garden", "circle create Garden open:yes");
    await h.ok("ben", "#garden", "circle join");
    await h.ok("cleo", "#bakery", "circle create Bakery open:yes");
    await h.ok("dev", "#bakery", "circle join");
    // Both circles decide to join at the same time: two days later both are in.
    const garden = Number((await h.ok("ana", "#garden", "federation join Jura")).match(/#(\d+)/)?.[1]);
    const bakery = Number((await h.ok("cleo", "#bakery", "federation join Jura")).match(/#(\d+)/)?.[1]);
    await h.ok("ben", "#garden", `proposal agree ${garden}`);
    await h.ok("dev", "#bakery", `proposal agree ${bakery}`);
    await h.advance(2 * DAY);
    await h.ok("zoe", "#alone", "circle create Alone");
  });
  afterAll(() => database?.close());

  it("GIVEN a reflection, a request and weeks passing THEN answers are kept, the unanswered request expires once, and each weekly digest lists what was open that week", async () => {
    const shared = await h.ok(
      "ana",
      "#garden",
      'reflect share the stall ran out of leaflets in an hour learned:"print twice as many" needs:"material|advice|affirmation"',
    );
    const reflection = idOf(shared, "Reflection");
    const tables = idOf(
      await h.ok("ana", "#garden", "aid request tables for the fair amount:3 unit:tables by:4d urgency:high"),
      "Request",
    );
    const seeds = idOf(
      await h.ok("ben", "#garden", "aid request bean seeds amount:2.5 unit:kg by:20d urgency:low"),
      "Request",
    );

    await h.ok("cleo", "#bakery", `reflect advise ${reflection} ask the print shop for a standing order`);
    expect(await h.ok("dev", "#bakery", `reflect affirm ${reflection}`)).toContain("1 affirmation");
    expect(await h.fails("dev", "#bakery", `reflect affirm ${reflection}`)).toContain("already affirmed");
    expect(await h.ok("cleo", "#bakery", `reflect affirm ${reflection}`)).toContain("2 affirmations");
    const leaflets = idOf(
      await h.ok(
        "cleo",
        "#bakery",
        `aid offer ${reflection} 500 leaflets from our printer amount:500 for:reflection`,
      ),
      "Offer",
    );
    const show = await h.ok("x", "#x", `reflect show ${reflection}`);
    expect(show).toContain("What we learned: print twice as many");
    expect(show).toContain("@cleo: ask the print shop for a standing order");
    expect(show).toContain("Affirmations: 2");
    expect(show).toContain(`Offer #${leaflets} from “Bakery”: 500 leaflets from our printer (500)`);
    expect(await h.ok("x", "#x", "reflect list Jura search:LEAFLETS")).toContain(`Reflection #${reflection}`);
    expect(await h.ok("x", "#x", "reflect list search:nothing-like-this")).toContain(
      "No reflection mentions",
    );

    // The federation was founded two days ago; its first weekly digest comes in five.
    const firstDays = await advance(database.db, h.clock, 4.5 * DAY);
    const expired = firstDays.filter((m) => m.key.startsWith(`aid:${tables}:expired`));
    expect(expired.map((m) => m.place).sort()).toEqual(["shell:#garden", "shell:#jura"]);
    expect(expired[0]?.text).toContain(
      `Aid request #${tables} of “Garden” expired unanswered: tables for the fair`,
    );
    expect(firstDays.filter((m) => m.key.startsWith("digest:"))).toEqual([]);

    const bread = idOf(
      await h.ok("cleo", "#bakery", "aid request flour for the soup kitchen amount:40 unit:kg by:30d"),
      "Request",
    );
    const week1 = (await advance(database.db, h.clock, 2 * DAY)).filter((m) => m.key.startsWith("digest:"));
    expect(week1.map((m) => m.place).sort()).toEqual(["shell:#bakery", "shell:#garden", "shell:#jura"]);
    const at = (sent: typeof week1, place: string) => sent.find((m) => m.place === place)?.text ?? "";
    // The federation's room gets the whole; the reflection already has advice, affirmations and
    // an offer, so it is not "awaiting answers".
    const digest1 = at(week1, "shell:#jura");
    expect(digest1).toContain("Open requests (2):");
    expect(digest1.indexOf(`Request #${bread} `)).toBeLessThan(digest1.indexOf(`Request #${seeds} `));
    expect(digest1).not.toContain(`Request #${tables} `);
    expect(digest1).not.toContain("Reflections awaiting answers");
    // Each circle's room gets its own requests and those of others it could answer.
    expect(at(week1, "shell:#garden")).toContain(
      `Requests of “Garden” (1):\n- Request #${seeds} of “Garden”`,
    );
    expect(at(week1, "shell:#garden")).toContain(
      `Requests “Garden” could answer (1):\n- Request #${bread} of “Bakery”`,
    );
    expect(at(week1, "shell:#bakery")).toContain(`Requests of “Bakery” (1):\n- Request #${bread} `);
    expect(at(week1, "shell:#bakery")).toContain(`Requests “Bakery” could answer (1):\n- Request #${seeds} `);

    await h.ok("ben", "#garden", `reflect resolve ${reflection} note:"a standing order with the print shop"`);
    const beans = idOf(
      await h.ok("dev", "#bakery", `aid offer ${seeds} two bags of beans amount:2.5`),
      "Offer",
    );
    await h.ok("ana", "#garden", `aid accept ${beans}`);
    expect(await h.ok("dev", "#bakery", `aid fulfilled ${beans}`)).toContain(
      `Request #${seeds}: 2.5 kg of 2.5 kg arrived, so it is fulfilled`,
    );

    const week2 = (await advance(database.db, h.clock, 7 * DAY)).filter((m) => m.key.startsWith("digest:"));
    expect(week2).toHaveLength(3);
    const digest2 = at(week2, "shell:#jura");
    expect(digest2).toContain(
      `Open requests (1):\n- Request #${bread} of “Bakery” (normal): flour for the soup kitchen, 40 kg`,
    );
    expect(digest2).not.toContain("Reflections awaiting");
    expect(digest2).not.toContain(`Request #${seeds} `);
    expect(new Set([...week1, ...week2].map((m) => m.key)).size).toBe(6);
    expect(at(week2, "shell:#garden")).not.toContain("Requests of “Garden”");
    expect(at(week2, "shell:#garden")).toContain(`Requests “Garden” could answer (1):\n- Request #${bread} `);
    // A week where nothing changed: no place gets the same digest again.
    const week3 = (await advance(database.db, h.clock, 7 * DAY)).filter((m) => m.key.startsWith("digest:"));
    expect(week3).toEqual([]);
    expect(await h.ok("x", "#x", "aid list Jura")).not.toContain(`Request #${seeds} `);
    expect(await h.ok("x", "#x", "aid list Jura all:yes")).toContain(`Request #${tables} of “Garden” (high)`);
    expect(await h.ok("x", "#x", "reflect list Jura")).toContain("(resolved)");
  });

  it("GIVEN an accepted offer THEN it is followed up after 3 days until fulfilled, and closing a request ends it", async () => {
    const request = idOf(
      await h.ok("cleo", "#bakery", "aid request a van for the move amount:1 by:30d"),
      "Request",
    );
    const offer = idOf(await h.ok("ana", "#garden", `aid offer ${request} our cargo bike`), "Offer");
    expect(await h.fails("ana", "#garden", `aid accept ${offer}`)).toContain("Only members of “Bakery”");
    await h.ok("dev", "#bakery", `aid accept ${offer}`);
    expect(await h.fails("dev", "#bakery", `aid accept ${offer}`)).toContain("cannot be accepted");
    const sent = await advance(database.db, h.clock, 3 * DAY + 1000);
    const reminders = sent.filter((m) => m.key.startsWith(`offer:${offer}:reminder:1`));
    expect(reminders.map((m) => m.place).sort()).toEqual(["shell:#bakery", "shell:#garden"]);
    expect(reminders[0]?.text).toContain(`/aid fulfilled ${offer}`);
    expect((await advance(database.db, h.clock, DAY)).filter((m) => m.key.startsWith("offer:"))).toEqual([]);
    expect(await h.fails("ana", "#garden", `aid close ${request}`)).toContain("Only members of “Bakery”");
    expect(await h.ok("cleo", "#bakery", `aid close ${request}`)).toContain("closed");
    expect(await h.fails("cleo", "#bakery", `aid close ${request}`)).toContain("is closed");
    expect((await advance(database.db, h.clock, 10 * DAY)).filter((m) => m.key.startsWith("offer:"))).toEqual(
      [],
    );
    expect(await h.fails("ben", "#garden", `aid offer ${request} a trailer`)).toContain("no more offers");
  });

  it("GIVEN the federation decides on a fortnightly digest THEN the next one comes two weeks after the decision", async () => {
    expect(await h.ok("x", "#x", "aid digest Jura")).toContain("every 7 days");
    expect(await h.fails("zoe", "#alone", "federation set Jura digest:14")).toContain(
      "Only members of a circle in “Jura”",
    );
    expect(await h.fails("ana", "#garden", "federation set Jura digest:0")).toContain(
      "digest: a whole number from 7 to 90",
    );
    const proposal = idOf(await h.ok("ana", "#garden", "federation set Jura digest:14"), "Proposal");
    // ana is no delegate: her circle decides its answer, then the federation's window runs out.
    const answer = idOf(await h.ok("ana", "#garden", `proposal agree ${proposal}`), "Proposal");
    await h.ok("ben", "#garden", `proposal agree ${answer}`);
    await advance(database.db, h.clock, 7 * DAY);
    expect(await h.ok("x", "#x", "aid digest Jura")).toContain("every 14 days");
    const request = idOf(await h.ok("cleo", "#bakery", "aid request chairs amount:8 by:40d"), "Request");
    const early = await advance(database.db, h.clock, 13 * DAY);
    expect(early.filter((m) => m.key.startsWith("digest:"))).toEqual([]);
    const due = (await advance(database.db, h.clock, DAY)).filter((m) => m.key.startsWith("digest:"));
    expect(due).toHaveLength(3);
    expect(due[0]?.text).toContain(`14 days to`);
    expect(due[0]?.text).toContain(`Request #${request} of “Bakery”`);
    await h.ok("cleo", "#bakery", `aid close ${request}`);
  });

  it("GIVEN an unanswered reflection and a circle that keeps digests out THEN others are told once, until someone answers", async () => {
    const quiet = idOf(await h.ok("cleo", "#bakery", "circle set quiet:digest"), "Proposal");
    await h.ok("dev", "#bakery", `proposal agree ${quiet}`);
    const reflection = idOf(
      await h.ok(
        "ana",
        "#garden",
        'reflect share our fair was rained out learned:"book a hall" needs:advice',
      ),
      "Reflection",
    );
    const digests = async () =>
      (await advance(database.db, h.clock, 14 * DAY)).filter((m) => m.key.startsWith("digest:"));
    const first = await digests();
    // The federation's room hears of it; Garden shared it and Bakery keeps digests out.
    expect(first.map((m) => m.place)).toEqual(["shell:#jura"]);
    expect(first[0]?.text).toContain(
      `Reflections awaiting answers (1):\n- Reflection #${reflection} of “Garden”`,
    );
    expect(await digests()).toEqual([]);
    await h.ok("cleo", "#bakery", `reflect affirm ${reflection}`);
    // Answered: the digest says nothing, and nothing is sent.
    expect(await digests()).toEqual([]);
    await h.ok("ana", "#garden", `reflect resolve ${reflection} note:"we booked a hall"`);
  });

  it("GIVEN bad input THEN clear errors and nothing is written", async () => {
    const count = async () =>
      Number(
        (
          await database.db
            .selectFrom("aidRequest")
            .select((eb) => eb.fn.countAll<string>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    expect(await h.fails("ana", "#garden", "aid request chairs amount:0")).toContain(
      "amount: must be a number greater than 0",
    );
    expect(await h.fails("ana", "#garden", "aid request chairs amount:-4")).toContain("greater than 0");
    expect(await h.fails("ana", "#garden", "aid request chairs amount:lots")).toContain("greater than 0");
    expect(await h.fails("ana", "#garden", "aid request chairs by:2020-01-01")).toContain("already past");
    expect(await h.fails("ana", "#garden", "aid request chairs by:someday")).toContain("by: not a date");
    expect(await h.fails("ana", "#garden", "aid request chairs urgency:extreme")).toContain("urgency");
    expect(await h.fails("zoe", "#alone", "aid request chairs")).toContain("not part of a federation");
    expect(await h.fails("zoe", "#garden", "aid request chairs")).toContain("Only members of “Garden”");
    expect(await count()).toBe(before);
    expect(await h.fails("ana", "#garden", 'reflect share oops learned:"x" needs:money')).toContain(
      "needs: say what would help",
    );
    expect(await h.fails("ana", "#garden", "reflect share oops")).toContain("learned");
    const own = idOf(await h.ok("ana", "#garden", "aid request rakes amount:4 by:10d"), "Request");
    expect(await h.fails("ben", "#garden", `aid offer ${own} our rakes`)).toContain(
      "offers come from other circles",
    );
    expect(await h.fails("cleo", "#bakery", `aid offer ${own} rakes amount:0`)).toContain("greater than 0");
    expect(await h.fails("zoe", "#alone", `aid offer ${own} rakes`)).toContain(
      "Only members of a circle in “Jura”",
    );
    expect(await h.fails("x", "#x", "aid offer 9999 rakes circle:Bakery")).toContain(
      "Only members of “Bakery”",
    );
    expect(await h.fails("cleo", "#bakery", "aid offer 9999 rakes")).toContain("no aid request #9999");
    expect(await h.fails("x", "#x", "reflect show 9999")).toContain("no reflection #9999");
    expect(await h.fails("zoe", "#alone", "reflect affirm 1")).toContain(
      "Only members of a circle in “Jura”",
    );
    expect(await h.fails("cleo", "#bakery", 'reflect resolve 1 note:"not ours"')).toContain(
      "Only members of “Garden”",
    );
    expect(await h.fails("ana", "#garden", 'reflect resolve 1 note:"again"')).toContain("already resolved");
  });
});

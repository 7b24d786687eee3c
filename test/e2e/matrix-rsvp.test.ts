import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotProcess } from "../support/bot-process.js";
import type { MatrixEvent, MatrixPerson, RoomLog } from "../support/matrix-people.js";
import { type MatrixWorld, matrixWorld } from "../support/matrix-world.js";
import { synapseUnavailable } from "../support/synapse.js";

const skip = synapseUnavailable();
if (skip) console.warn(`[matrix e2e] ${skip}`);

const annotation = (eventId: string, key: string) => ({
  "m.relates_to": { rel_type: "m.annotation", event_id: eventId, key },
});

describe.skipIf(skip)("Jura on a real Synapse: RSVP to a convergence with a reaction", () => {
  let world: MatrixWorld;
  let bot: BotProcess;
  let people: MatrixPerson[];
  let botId: string;
  let room: string;
  let log: RoomLog;

  const person = (i: number) => {
    const p = people[i];
    if (!p) throw new Error(`no person ${i}`);
    return p;
  };
  const ask = async (p: MatrixPerson, text: string) => log.reply(await p.say(room, text), botId);
  const logged = (msg: string, n: number) => bot.waitForCount(msg, n);

  beforeAll(async () => {
    world = await matrixWorld();
    botId = world.bot.userId;
    [people, bot] = await Promise.all([world.people(["alice", "bob", "dan"]), world.startBot()]);
    const alice = person(0);
    room = await alice.createRoom({ name: "Orchard" });
    log = alice.follow(room);
    await alice.invite(room, botId);
    for (const p of people.slice(1)) await alice.invite(room, p.userId);
    await Promise.all(people.slice(1).map((p) => p.join(room)));
    await log.until((es) => es.some((e) => e.sender === botId && e.type === "m.room.message"), {
      what: "the bot's greeting",
    });
    expect((await ask(alice, "!jura circle create Orchard")).content.body).toContain("is born");
    expect((await ask(person(1), "!jura circle join")).content.body).toMatch(/Welcome to “Orchard”/);
    await ask(alice, "!jura federation create Jura tz:UTC");
    await ask(alice, "!jura federation join Jura");
  }, 120_000);

  afterAll(async () => {
    await world?.close();
  });

  it("GIVEN a convergence reminder THEN 👍/🤔 from members are RSVPs, and a non-member's 👎 is refused in a reply", async () => {
    // Starts in 65 s with a 1-minute reminder: the reminder is due in about 5 s.
    const at = new Date(Date.now() + 65_000).toISOString().slice(0, 19);
    const scheduled = await ask(
      person(0),
      `!jura convergence schedule Harvest at:${at} tz:UTC remind:1m federation:Jura`,
    );
    expect(scheduled.content.body).toContain("Convergence #1");
    const events = await log.until(
      (es) =>
        es.some((e) => e.sender === botId && String(e.content.body ?? "").startsWith("Reminder: “Harvest”")),
      { what: "the convergence reminder" },
    );
    const reminder = events.find(
      (e) => e.sender === botId && String(e.content.body ?? "").startsWith("Reminder: “Harvest”"),
    ) as MatrixEvent;

    await person(0).send(room, annotation(reminder.event_id, "👍️"), "m.reaction");
    await person(1).send(room, annotation(reminder.event_id, "🤔"), "m.reaction");
    await logged("an RSVP by reaction was noted", 2);
    await person(2).send(room, annotation(reminder.event_id, "👎"), "m.reaction");
    const refusalOf = () =>
      log.repliesTo(reminder.event_id, botId).find((e) => String(e.content.body).includes("Only members"));
    await log.until(() => refusalOf() !== undefined, { what: "the refusal of dan's RSVP" });
    expect(refusalOf()?.content.body).toBe("Only members of a circle in “Jura” can do that.");
    expect(refusalOf()?.content["m.mentions"]).toEqual({ user_ids: [person(2).userId] });

    const shown = await ask(person(0), "!jura convergence show 1");
    const body = String(shown.content.body);
    expect(body).toContain(`Coming: ${person(0).userId} · maybe: ${person(1).userId} · not coming: —`);
    // Only the refusal was answered: members' reactions got no reply.
    expect(log.repliesTo(reminder.event_id, botId)).toHaveLength(1);
  });
});

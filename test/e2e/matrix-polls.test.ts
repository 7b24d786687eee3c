import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotProcess } from "../support/bot-process.js";
import type { MatrixEvent, MatrixPerson, RoomLog } from "../support/matrix-people.js";
import { type MatrixWorld, matrixWorld } from "../support/matrix-world.js";
import { synapseUnavailable } from "../support/synapse.js";

const skip = synapseUnavailable();
if (skip) console.warn(`[matrix e2e] ${skip}`);

const UNSTABLE_RESPONSE = "org.matrix.msc3381.poll.response";
const STABLE_RESPONSE = "m.poll.response";
const reference = (eventId: string) => ({ rel_type: "m.reference", event_id: eventId });
const relatesTo = (e: MatrixEvent) =>
  e.content["m.relates_to"] as {
    rel_type?: string;
    event_id?: string;
    "m.in_reply_to"?: { event_id?: string };
  };

describe.skipIf(skip)("Jura on a real Synapse: MSC3381 polls", () => {
  let world: MatrixWorld;
  let bot: BotProcess;
  let people: MatrixPerson[];
  let botId: string;
  let room: string;
  let log: RoomLog;
  let start: MatrixEvent;

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
    [people, bot] = await Promise.all([
      world.people(["alice", "bob", "carol", "dan", "erin"]),
      world.startBot(),
    ]);
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
    for (const p of people.slice(1, 4))
      expect((await ask(p, "!jura circle join")).content.body).toMatch(/Welcome to “Orchard”/);
  }, 120_000);

  afterAll(async () => {
    await world?.close();
  });

  it("GIVEN !jura poll start THEN the bot posts an MSC3381 poll start in Element's form, with a text fallback", async () => {
    const opened = await ask(
      person(0),
      '!jura poll start Shall we plant apples? options:"yes|no|later" closes:1d',
    );
    expect(opened.content.body).toMatch(/Poll #1 is open until .*; 4 members may vote\./);
    const events = await log.until(
      (es) => es.some((e) => e.sender === botId && e.type === "org.matrix.msc3381.poll.start"),
      {
        what: "the poll start event",
      },
    );
    start = events.find((e) => e.type === "org.matrix.msc3381.poll.start") as MatrixEvent;
    expect(start.content["org.matrix.msc3381.poll.start"]).toMatchObject({
      question: { "org.matrix.msc1767.text": "Poll #1 of “Orchard”: Shall we plant apples?" },
      kind: "org.matrix.msc3381.poll.disclosed",
      max_selections: 1,
      answers: [
        { id: "1", "org.matrix.msc1767.text": "yes" },
        { id: "2", "org.matrix.msc1767.text": "no" },
        { id: "3", "org.matrix.msc1767.text": "later" },
      ],
    });
    const fallback = String(start.content["org.matrix.msc1767.text"]);
    expect(fallback).toContain("1. yes");
    expect(fallback).toContain("3. later");
    expect(fallback).toContain("!jura poll vote 1 <number or option>");
  });

  it("GIVEN responses of both namespaces, a change of mind, a withdrawal and a non-member THEN only members' latest answers count, and the non-member is told", async () => {
    const [alice, bob, carol, dan, erin] = [person(0), person(1), person(2), person(3), person(4)];
    const on = reference(start.event_id);
    await alice.send(
      room,
      { "m.relates_to": on, [UNSTABLE_RESPONSE]: { answers: ["1"] } },
      UNSTABLE_RESPONSE,
    );
    await bob.send(room, { "m.relates_to": on, [STABLE_RESPONSE]: { answers: ["2"] } }, STABLE_RESPONSE);
    await carol.send(room, { "m.relates_to": on, "m.selections": ["2"] }, STABLE_RESPONSE);
    await dan.send(room, { "m.relates_to": on, [UNSTABLE_RESPONSE]: { answers: ["3"] } }, UNSTABLE_RESPONSE);
    // Bob changes his mind; Dan withdraws (an empty answer list).
    await bob.send(room, { "m.relates_to": on, [UNSTABLE_RESPONSE]: { answers: ["1"] } }, UNSTABLE_RESPONSE);
    await dan.send(room, { "m.relates_to": on, [UNSTABLE_RESPONSE]: { answers: [] } }, UNSTABLE_RESPONSE);
    const erinVote = await erin.send(
      room,
      { "m.relates_to": on, [UNSTABLE_RESPONSE]: { answers: ["3"] } },
      UNSTABLE_RESPONSE,
    );
    // A response to an event that is no Jura poll is ignored.
    const chatter = await alice.say(room, "lovely weather");
    await alice.send(
      room,
      { "m.relates_to": reference(chatter), [UNSTABLE_RESPONSE]: { answers: ["1"] } },
      UNSTABLE_RESPONSE,
    );

    const refusal = await log.reply(erinVote, botId);
    expect(refusal.content).toMatchObject({ msgtype: "m.notice", "m.mentions": { user_ids: [erin.userId] } });
    expect(refusal.content.body).toContain("Your vote was not counted");
    await logged("poll vote counted", 5);
    await logged("poll vote withdrawn", 1);
    const shown = await ask(carol, "!jura poll show 1");
    expect(shown.content.body).toMatch(/yes: 2\b/);
    expect(shown.content.body).toMatch(/no: 1\b/);
    expect(shown.content.body).toMatch(/later: 0\b/);
    const responses = new Set(
      log.events
        .filter((e) => e.type === UNSTABLE_RESPONSE || e.type === STABLE_RESPONSE)
        .map((e) => e.event_id),
    );
    const answered = log.events.filter(
      (e) => e.sender === botId && responses.has(relatesTo(e)?.["m.in_reply_to"]?.event_id ?? ""),
    );
    expect(
      answered.map((e) => relatesTo(e)?.["m.in_reply_to"]?.event_id),
      "only the refused vote is answered",
    ).toEqual([erinVote]);
  });

  it("GIVEN the opener closes the poll THEN the bot ends it with an end event relating to the start, and the result notice has the roster's counts", async () => {
    const closed = await ask(person(0), "!jura poll close 1");
    expect(closed.content.body).toContain("Poll #1 is closed");
    const events = await log.until(
      (es) =>
        es.some((e) => e.sender === botId && e.type === "org.matrix.msc3381.poll.end") &&
        es.some(
          (e) =>
            e.sender === botId &&
            e.type === "m.room.message" &&
            String(e.content.body).startsWith("Poll #1 closed"),
        ),
      { what: "the poll's end event and result notice" },
    );
    const end = events.find((e) => e.type === "org.matrix.msc3381.poll.end") as MatrixEvent;
    expect(relatesTo(end)).toEqual({ rel_type: "m.reference", event_id: start.event_id });
    expect(end.content["org.matrix.msc3381.poll.end"]).toEqual({});
    const result = events.find(
      (e) =>
        e.sender === botId &&
        e.type === "m.room.message" &&
        String(e.content.body).startsWith("Poll #1 closed"),
    ) as MatrixEvent;
    for (const text of [String(end.content["org.matrix.msc1767.text"]), String(result.content.body)]) {
      expect(text).toMatch(/yes: 2 \(/);
      expect(text).toMatch(/no: 1 \(/);
      expect(text).toMatch(/later: 0\b/);
      expect(text).toContain("Result: yes.");
      expect(text).not.toMatch(/erin/);
    }
    expect(bot.errors()).toEqual([]);
  });

  it("GIVEN a member starts a poll with Element's own poll feature THEN it becomes the circle's poll: its answers count, an outsider's does not, and closing ends it", async () => {
    const [alice, bob, carol, , erin] = [person(0), person(1), person(2), person(3), person(4)];
    const TEXT = "org.matrix.msc1767.text";
    const startId = await bob.send(
      room,
      {
        "org.matrix.msc3381.poll.start": {
          question: { [TEXT]: "Pears or plums?" },
          kind: "org.matrix.msc3381.poll.disclosed",
          max_selections: 1,
          answers: [
            { id: "a8f", [TEXT]: "Pears" },
            { id: "k2x", [TEXT]: "Plums" },
          ],
        },
        [TEXT]: "Pears or plums?\n1. Pears\n2. Plums",
      },
      "org.matrix.msc3381.poll.start",
    );
    const adopted = await log.reply(startId, botId);
    expect(adopted.content.body).toMatch(/Poll #2 is open until .*; 4 members may vote\./);
    const on = reference(startId);
    await alice.send(
      room,
      { "m.relates_to": on, [UNSTABLE_RESPONSE]: { answers: ["k2x"] } },
      UNSTABLE_RESPONSE,
    );
    await carol.send(
      room,
      { "m.relates_to": on, [UNSTABLE_RESPONSE]: { answers: ["k2x"] } },
      UNSTABLE_RESPONSE,
    );
    await bob.send(
      room,
      { "m.relates_to": on, [UNSTABLE_RESPONSE]: { answers: ["a8f"] } },
      UNSTABLE_RESPONSE,
    );
    const outsider = await erin.send(
      room,
      { "m.relates_to": on, [UNSTABLE_RESPONSE]: { answers: ["a8f"] } },
      UNSTABLE_RESPONSE,
    );
    expect((await log.reply(outsider, botId)).content.body).toContain("Your vote was not counted");
    const shown = await ask(carol, "!jura poll show 2");
    expect(shown.content.body).toContain("Pears: 1 (@");
    expect(shown.content.body).toMatch(/Plums: 2 \(/);
    expect(
      log.events.filter((e) => e.sender === botId && e.type === "org.matrix.msc3381.poll.start"),
    ).toHaveLength(1);
    expect((await ask(bob, "!jura poll close 2")).content.body).toContain("Poll #2 is closed");
    const events = await log.until(
      (es) =>
        es.some(
          (e) =>
            e.sender === botId &&
            e.type === "org.matrix.msc3381.poll.end" &&
            relatesTo(e)?.event_id === startId,
        ),
      { what: "the end of the adopted poll" },
    );
    const end = events.find(
      (e) => e.type === "org.matrix.msc3381.poll.end" && relatesTo(e)?.event_id === startId,
    ) as MatrixEvent;
    expect(String(end.content["org.matrix.msc1767.text"])).toContain("Result: Plums.");
    expect(bot.errors()).toEqual([]);
  });
});

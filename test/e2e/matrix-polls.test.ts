import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CircleRoom, circleRoom } from "../support/matrix-circle-room.js";
import type { MatrixEvent } from "../support/matrix-people.js";
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
  let o: CircleRoom;
  let start: MatrixEvent;

  beforeAll(async () => {
    o = await circleRoom(["alice", "bob", "carol", "dan", "erin"], "Orchard");
    for (const p of o.people.slice(1, 4))
      expect((await o.ask(p, "!jura circle join")).content.body).toMatch(/Welcome to “Orchard”/);
  }, 120_000);

  afterAll(async () => {
    await o?.world.close();
  });

  it("GIVEN !jura poll start THEN the bot posts an MSC3381 poll start in Element's form, with a text fallback", async () => {
    const opened = await o.ask(
      o.person(0),
      '!jura poll start Shall we plant apples? options:"yes|no|later" closes:1d',
    );
    expect(opened.content.body).toMatch(/Poll #1 is open until .*; 4 members may vote\./);
    const events = await o.log.until(
      (es) => es.some((e) => e.sender === o.botId && e.type === "org.matrix.msc3381.poll.start"),
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
    const [alice, bob, carol, dan, erin] = [o.person(0), o.person(1), o.person(2), o.person(3), o.person(4)];
    const on = reference(start.event_id);
    await alice.send(
      o.room,
      { "m.relates_to": on, [UNSTABLE_RESPONSE]: { answers: ["1"] } },
      UNSTABLE_RESPONSE,
    );
    await bob.send(o.room, { "m.relates_to": on, [STABLE_RESPONSE]: { answers: ["2"] } }, STABLE_RESPONSE);
    await carol.send(o.room, { "m.relates_to": on, "m.selections": ["2"] }, STABLE_RESPONSE);
    await dan.send(
      o.room,
      { "m.relates_to": on, [UNSTABLE_RESPONSE]: { answers: ["3"] } },
      UNSTABLE_RESPONSE,
    );
    // Bob changes his mind; Dan withdraws (an empty answer list).
    await bob.send(
      o.room,
      { "m.relates_to": on, [UNSTABLE_RESPONSE]: { answers: ["1"] } },
      UNSTABLE_RESPONSE,
    );
    await dan.send(o.room, { "m.relates_to": on, [UNSTABLE_RESPONSE]: { answers: [] } }, UNSTABLE_RESPONSE);
    const erinVote = await erin.send(
      o.room,
      { "m.relates_to": on, [UNSTABLE_RESPONSE]: { answers: ["3"] } },
      UNSTABLE_RESPONSE,
    );
    // A response to an event that is no Jura poll is ignored.
    const chatter = await alice.say(o.room, "lovely weather");
    await alice.send(
      o.room,
      { "m.relates_to": reference(chatter), [UNSTABLE_RESPONSE]: { answers: ["1"] } },
      UNSTABLE_RESPONSE,
    );

    const refusal = await o.log.reply(erinVote, o.botId);
    expect(refusal.content).toMatchObject({ msgtype: "m.notice", "m.mentions": { user_ids: [erin.userId] } });
    expect(refusal.content.body).toBe("Only members of “Orchard” can do that, and you are not one.");
    await o.logged("poll vote counted", 5);
    await o.logged("poll vote withdrawn", 1);
    const shown = await o.ask(carol, "!jura poll show 1");
    expect(shown.content.body).toMatch(/yes: 2\b/);
    expect(shown.content.body).toMatch(/no: 1\b/);
    expect(shown.content.body).toMatch(/later: 0\b/);
    const responses = new Set(
      o.log.events
        .filter((e) => e.type === UNSTABLE_RESPONSE || e.type === STABLE_RESPONSE)
        .map((e) => e.event_id),
    );
    const answered = o.log.events.filter(
      (e) => e.sender === o.botId && responses.has(relatesTo(e)?.["m.in_reply_to"]?.event_id ?? ""),
    );
    expect(
      answered.map((e) => relatesTo(e)?.["m.in_reply_to"]?.event_id),
      "only the refused vote is answered",
    ).toEqual([erinVote]);
  });

  it("GIVEN the opener closes the poll THEN the bot ends it with an end event relating to the start, and the result notice has the roster's counts", async () => {
    const closed = await o.ask(o.person(0), "!jura poll close 1");
    expect(closed.content.body).toContain("Poll #1 is closed");
    const events = await o.log.until(
      (es) =>
        es.some((e) => e.sender === o.botId && e.type === "org.matrix.msc3381.poll.end") &&
        es.some(
          (e) =>
            e.sender === o.botId &&
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
        e.sender === o.botId &&
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
    expect(o.bot.errors()).toEqual([]);
  });

  it("GIVEN a member starts a poll with Element's own poll feature THEN it becomes the circle's poll: its answers count, an outsider's does not, and closing ends it", async () => {
    const [alice, bob, carol, , erin] = [o.person(0), o.person(1), o.person(2), o.person(3), o.person(4)];
    const TEXT = "org.matrix.msc1767.text";
    const startId = await bob.send(
      o.room,
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
    const adopted = await o.log.reply(startId, o.botId);
    expect(adopted.content.body).toMatch(/Poll #2 is open until .*; 4 members may vote\./);
    const on = reference(startId);
    await alice.send(
      o.room,
      { "m.relates_to": on, [UNSTABLE_RESPONSE]: { answers: ["k2x"] } },
      UNSTABLE_RESPONSE,
    );
    await carol.send(
      o.room,
      { "m.relates_to": on, [UNSTABLE_RESPONSE]: { answers: ["k2x"] } },
      UNSTABLE_RESPONSE,
    );
    await bob.send(
      o.room,
      { "m.relates_to": on, [UNSTABLE_RESPONSE]: { answers: ["a8f"] } },
      UNSTABLE_RESPONSE,
    );
    const outsider = await erin.send(
      o.room,
      { "m.relates_to": on, [UNSTABLE_RESPONSE]: { answers: ["a8f"] } },
      UNSTABLE_RESPONSE,
    );
    expect((await o.log.reply(outsider, o.botId)).content.body).toBe(
      "Only members of “Orchard” can do that, and you are not one.",
    );
    const shown = await o.ask(carol, "!jura poll show 2");
    expect(shown.content.body).toContain("Pears: 1 (bob");
    expect(shown.content.body).toMatch(/Plums: 2 \(/);
    expect(
      o.log.events.filter((e) => e.sender === o.botId && e.type === "org.matrix.msc3381.poll.start"),
    ).toHaveLength(1);
    expect((await o.ask(bob, "!jura poll close 2")).content.body).toContain("Poll #2 is closed");
    const events = await o.log.until(
      (es) =>
        es.some(
          (e) =>
            e.sender === o.botId &&
            e.type === "org.matrix.msc3381.poll.end" &&
            relatesTo(e)?.event_id === startId,
        ),
      { what: "the end of the adopted poll" },
    );
    const end = events.find(
      (e) => e.type === "org.matrix.msc3381.poll.end" && relatesTo(e)?.event_id === startId,
    ) as MatrixEvent;
    expect(String(end.content["org.matrix.msc1767.text"])).toContain("Result: Plums.");
    expect(o.bot.errors()).toEqual([]);
  });
});

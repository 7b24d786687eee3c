import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CircleRoom, circleRoom } from "../support/matrix-circle-room.js";
import type { MatrixEvent, MatrixPerson, RoomLog } from "../support/matrix-people.js";
import { synapseUnavailable } from "../support/synapse.js";

const skip = synapseUnavailable();
if (skip) console.warn(`[matrix e2e] ${skip}`);

const annotation = (eventId: string, key: string) => ({
  "m.relates_to": { rel_type: "m.annotation", event_id: eventId, key },
});
const inReplyTo = (e: MatrixEvent) =>
  (e.content["m.relates_to"] as { "m.in_reply_to"?: { event_id?: string } } | undefined)?.["m.in_reply_to"]
    ?.event_id;
const body = (e: MatrixEvent | undefined) => String(e?.content.body ?? "");

describe.skipIf(skip)("Jura on a real Synapse: a circle decides, and votes in secret", () => {
  let o: CircleRoom;
  let alice: MatrixPerson;
  let bob: MatrixPerson;
  let carol: MatrixPerson;
  let dan: MatrixPerson;
  let erin: MatrixPerson;

  /** A direct room of `person` with the bot, once the bot is in it. */
  const directRoom = async (person: MatrixPerson): Promise<RoomLog> => {
    const room = await person.createRoom({ name: "me and Jura", invite: [o.botId], is_direct: true });
    const log = person.follow(room);
    await log.until((es) => es.some((e) => e.sender === o.botId && e.type === "m.room.message"), {
      what: "the bot in the direct room",
    });
    return log;
  };
  const say = async (person: MatrixPerson, log: RoomLog, text: string) =>
    log.reply(await person.say(log.roomId, text), o.botId);

  beforeAll(async () => {
    o = await circleRoom(["alice", "bob", "carol", "dan", "erin"], "Orchard");
    [alice, bob, carol, dan, erin] = [0, 1, 2, 3, 4].map((i) => o.person(i)) as [
      MatrixPerson,
      MatrixPerson,
      MatrixPerson,
      MatrixPerson,
      MatrixPerson,
    ];
    for (const p of [bob, carol, dan])
      expect(body(await o.ask(p, "!jura circle join"))).toMatch(/Welcome to “Orchard”/);
  }, 120_000);

  afterAll(async () => {
    await o?.world.close();
  });

  it("GIVEN a mandate proposed in the circle's room WHEN members answer with 👍 reactions and one objects with !jura proposal object THEN it goes to a vote, passes, and the mandate is announced with its tally", async () => {
    const proposed = await o.ask(alice, `!jura mandate grant ${bob.userId} carry the seed list until:60d`);
    expect(body(proposed)).toBe(
      `Proposal #1 is open: !jura mandate grant ${bob.name} “carry the seed list” until:60d. It is posted below for those who decide it.`,
    );
    const post = await o.notice(`Proposal #1 of “Orchard”, by ${alice.name}`);
    expect(post.content["org.jura.proposal"]).toBe(1);
    expect(body(post)).toContain("Answer with !jura proposal agree 1 · !jura proposal abstain 1");
    expect(body(post)).toContain("You may also react to this message: 👍 agrees, 🤷 abstains.");

    await bob.send(o.room, annotation(post.event_id, "👍️"), "m.reaction");
    await carol.send(o.room, annotation(post.event_id, "🤷‍♀️"), "m.reaction");
    await o.logged("a proposal answer by reaction was noted", 2);
    expect(body(await o.ask(alice, "!jura proposal show 1"))).toContain(`- ${carol.name}: abstain`);
    await carol.send(o.room, annotation(post.event_id, "👍"), "m.reaction");
    await o.logged("a proposal answer by reaction was noted", 3);

    const frown = await dan.send(o.room, annotation(post.event_id, "👎"), "m.reaction");
    const stranger = await erin.send(o.room, annotation(post.event_id, "👍"), "m.reaction");
    const answerTo = (reaction: string) =>
      o.log.events.find(
        (e) =>
          e.sender === o.botId &&
          e.content["m.mentions"] &&
          inReplyTo(e) === post.event_id &&
          (e.content["m.mentions"] as { user_ids?: string[] }).user_ids?.includes(reaction),
      );
    await o.log.until(() => answerTo(dan.userId) !== undefined && answerTo(erin.userId) !== undefined, {
      what: "the answers to dan's 👎 and erin's 👍",
    });
    expect(body(answerTo(dan.userId))).toBe(
      "An objection needs a reason the others can answer: say !jura proposal object 1 <why> (or !jura proposal block 1 <why> to block it).",
    );
    expect(body(answerTo(erin.userId))).toBe("Only members of “Orchard” can do that, and you are not one.");
    expect([frown, stranger].every((id) => o.log.repliesTo(id, o.botId).length === 0)).toBe(true);

    const objected = await o.ask(dan, "!jura proposal object 1 we have not talked about the scope yet");
    expect(body(objected)).toBe(
      "Your answer to proposal #1 is recorded: object. You may change it until it closes.",
    );
    const shown = body(await o.ask(alice, "!jura proposal show 1"));
    for (const line of [
      `- ${alice.name}: agree`,
      `- ${bob.name}: agree`,
      `- ${carol.name}: agree`,
      `- ${dan.name}: object — we have not talked about the scope yet`,
    ])
      expect(shown).toContain(line);
    expect(shown).not.toContain(erin.userId);

    await o.world.endProposalWindow(1);
    const toVote = await o.notice("Proposal #1 of “Orchard” met objections");
    expect(body(toVote)).toContain(`- ${dan.name} objects: we have not talked about the scope yet`);
    expect(body(toVote)).toContain("answer !jura proposal agree 1 or !jura proposal object 1 <why>");
    expect(body(await o.ask(alice, "!jura mandate list"))).not.toContain("Mandate #1");

    await o.world.endProposalWindow(1);
    const passed = await o.notice("Proposal #1 of “Orchard” passed");
    expect(body(passed)).toContain(
      `passed (3 agree, 0 abstain, 1 objection, 0 blocks, 0 silent).\nMandate #1 ${bob.name} for “Orchard”: carry the seed list`,
    );
    expect(body(passed)).toContain("as decided by “Orchard” (proposal #1: 3 agree, 1 object)");
    expect(body(await o.ask(carol, "!jura mandate list"))).toContain(`#1 ${bob.name}`);
    expect(o.bot.errors()).toEqual([]);
  });

  it("GIVEN a secret ballot THEN it is posted as text, not a poll; a vote in the circle's room is refused; votes in direct rooms count, acknowledged there only; a poll response is not counted and its sender is told privately; the circle's room shows nothing per vote", async () => {
    const opened = await o.ask(
      alice,
      "!jura poll start Spend the seed money on fruit trees? secret:yes closes:1d",
    );
    expect(body(opened)).toContain("Poll #1 is open");
    const ballot = await o.notice("Poll #1 of “Orchard”: Spend the seed money on fruit trees?");
    expect(ballot.type).toBe("m.room.message");
    expect(ballot.content.msgtype).toBe("m.notice");
    expect(body(ballot)).toContain("  1. yes\n  2. no");
    expect(body(ballot)).toContain(
      `Secret ballot: do not vote in this room, where everyone sees every vote. Vote in a direct chat with me (${o.botId}): !jura poll vote 1 <number>, until `,
    );
    expect(o.log.events.filter((e) => e.type === "org.matrix.msc3381.poll.start")).toEqual([]);

    const inRoom = await o.ask(bob, "!jura poll vote 1 1");
    expect(body(inRoom)).toContain("Poll #1 is a secret ballot: vote where nobody else sees it");
    expect(body(inRoom)).toContain("This vote was not counted.");
    const seenBefore = o.log.events.filter((e) => e.sender === o.botId).length;

    const bobs = await directRoom(bob);
    const counted = await say(bob, bobs, "!jura poll vote 1 1");
    expect(body(counted)).toContain("Your secret vote in poll #1 is counted; only you see this.");
    const carols = await directRoom(carol);
    expect(body(await say(carol, carols, "!jura poll vote 1 no"))).toContain(
      "Your secret vote in poll #1 is counted",
    );

    // A client's poll response to the ballot: never counted; bob hears why in his direct room.
    const response = (answer: string) => ({
      "m.relates_to": { rel_type: "m.reference", event_id: ballot.event_id },
      "org.matrix.msc3381.poll.response": { answers: [answer] },
    });
    await bob.send(o.room, response("2"), "org.matrix.msc3381.poll.response");
    const why = await bobs.until(
      (es) =>
        es.some(
          (e) => e.sender === o.botId && body(e).startsWith("Poll #1 is a secret ballot: a poll response"),
        ),
      { what: "the explanation in bob's direct room" },
    );
    expect(body(why.find((e) => body(e).startsWith("Poll #1 is a secret ballot: a poll response")))).toBe(
      "Poll #1 is a secret ballot: a poll response is a room event everyone can read, so it was not counted. Vote in a direct chat with me: !jura poll vote 1 <number>.",
    );
    // Dan has no direct room with Jura: it opens one and invites him.
    await dan.send(o.room, response("1"), "org.matrix.msc3381.poll.response");
    const invited = await (async () => {
      for (let i = 0; i < 100; i++) {
        const [room] = await dan.invites();
        if (room) return room;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error("dan was never invited to a direct room");
    })();
    await dan.join(invited);
    const dans = dan.follow(invited);
    await dans.until(
      (es) => es.some((e) => e.sender === o.botId && body(e).startsWith("Poll #1 is a secret ballot")),
      {
        what: "the explanation in dan's new direct room",
      },
    );

    const shown = body(await o.ask(carol, "!jura poll show 1"));
    expect(shown).toContain("Secret ballot: 4 members may vote; the results are shown when it closes.");
    // Since bob's refused vote: nothing of the bot's in the circle's room but that answer to show.
    const since = o.log.events.filter((e) => e.sender === o.botId).slice(seenBefore);
    expect(since.map(body)).toEqual([shown]);

    expect(body(await o.ask(alice, "!jura poll close 1"))).toContain("Poll #1 is closed");
    const result = await o.notice("Poll #1 closed");
    expect(body(result)).toMatch(/yes: 1\b/);
    expect(body(result)).toMatch(/no: 1\b/);
    for (const person of [bob, carol, dan]) expect(body(result)).not.toContain(person.userId);
    expect(o.log.events.filter((e) => e.type === "org.matrix.msc3381.poll.end")).toEqual([]);
    expect(o.bot.errors()).toEqual([]);
  });
});

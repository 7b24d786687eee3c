import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotProcess } from "../support/bot-process.js";
import type { MatrixEvent, MatrixPerson, RoomLog } from "../support/matrix-people.js";
import { type MatrixWorld, matrixWorld } from "../support/matrix-world.js";
import { synapseUnavailable } from "../support/synapse.js";

const skip = synapseUnavailable();

/** The input: a 65 KB `formatted_body` of repeated unclosed user links. */
const HOSTILE_UNIT = "<a href='https://matrix.to/#/@";
const hostileHtml = (length: number) => HOSTILE_UNIT.repeat(Math.floor(length / HOSTILE_UNIT.length));

const relation = (e: MatrixEvent) => e.content["m.relates_to"] as Record<string, unknown> | undefined;

describe.skipIf(skip)("Jura on Matrix under hostile messages, threads and gated rooms", () => {
  let world: MatrixWorld;
  let bot: BotProcess;
  let botId: string;
  let frank: MatrixPerson;
  let erin: MatrixPerson;
  /** frank's room, asking power level 50 for Jura's admin commands; erin is in it with 0. */
  let gated: string;
  let gatedLog: RoomLog;
  /** erin's direct chat with the bot. */
  let dm: string;
  let dmLog: RoomLog;

  const ask = async (person: MatrixPerson, log: RoomLog, content: string | Record<string, unknown>) => {
    const body = typeof content === "string" ? { msgtype: "m.text", body: content } : content;
    return log.reply(await person.send(log.roomId, body), botId);
  };
  const greeted = (log: RoomLog) =>
    log.until((es) => es.some((e) => e.sender === botId && e.type === "m.room.message"), {
      what: "the bot's greeting",
    });

  beforeAll(async () => {
    world = await matrixWorld();
    botId = world.bot.userId;
    let people: MatrixPerson[];
    [people, bot] = await Promise.all([world.people(["frank", "erin"]), world.startBot()]);
    [frank, erin] = people as [MatrixPerson, MatrixPerson];
    gated = await frank.createRoom({
      name: "Gated garden",
      invite: [erin.userId, botId],
      power_level_content_override: { events: { "org.jura.admin": 50 } },
    });
    await erin.join(gated);
    gatedLog = frank.follow(gated);
    dm = await erin.createRoom({ name: "erin and Jura", invite: [botId], is_direct: true });
    dmLog = erin.follow(dm);
    await Promise.all([greeted(gatedLog), greeted(dmLog)]);
    const born = await ask(frank, gatedLog, "!jura circle create Gated Garden open:yes");
    expect(born.content.body).toContain("Circle “Gated Garden” is born");
    const joined = await ask(erin, gatedLog, "!jura circle join");
    expect(joined.content.body).toContain("Welcome to “Gated Garden”");
  }, 300_000);

  afterAll(async () => {
    await world?.close();
  });

  it("GIVEN messages whose formatted_body is 65 KB of <a href='https://matrix.to/#/@ WHEN they arrive THEN the bot answers the next command at once", async () => {
    // As large as Synapse accepts (its limit is 65,536 bytes for the whole event).
    let html = hostileHtml(65_000);
    const sendHostile = async (body: string) => {
      for (;;) {
        try {
          return await erin.send(gated, {
            msgtype: "m.text",
            body,
            format: "org.matrix.custom.html",
            formatted_body: html,
          });
        } catch (error) {
          if (html.length < 60_000) throw error;
          html = hostileHtml(html.length - 600);
        }
      }
    };
    const started = Date.now();
    for (let n = 0; n < 4; n++) await sendHostile(`hello ${n}`);
    const addressed = await sendHostile("!jura circle show");
    const after = await erin.say(gated, "!jura circle show");
    const [first, second] = [
      await gatedLog.reply(addressed, botId, 30_000),
      await gatedLog.reply(after, botId, 30_000),
    ];
    const seconds = (Date.now() - started) / 1000;
    console.info(
      `[matrix hostile html] 5 messages with a ${html.length}-character formatted_body, then a command: answered ${seconds.toFixed(2)} s after the first was sent`,
    );
    expect(html.length).toBeGreaterThan(60_000);
    expect(first.content.body).toContain("Gated Garden");
    expect(second.content.body).toContain("Gated Garden");
    // Before the fix each such message held the event loop ~5.5 s: 25 s or more here.
    expect(seconds).toBeLessThan(6);
    expect(bot.errors()).toEqual([]);
  }, 90_000);

  it("GIVEN a command written in an Element thread THEN the answer is in that thread, as a reply to the command", async () => {
    const root = await frank.say(gated, "Shall we plant beans this year?");
    const command = await frank.send(gated, {
      msgtype: "m.text",
      body: "!jura circle show",
      "m.relates_to": {
        rel_type: "m.thread",
        event_id: root,
        is_falling_back: true,
        "m.in_reply_to": { event_id: root },
      },
    });
    const reply = await gatedLog.reply(command, botId);
    expect(reply.content.body).toContain("Gated Garden");
    expect(relation(reply)).toEqual({
      rel_type: "m.thread",
      event_id: root,
      is_falling_back: false,
      "m.in_reply_to": { event_id: command },
    });
    const thread = await frank.request<{ chunk: MatrixEvent[] }>(
      "GET",
      `/_matrix/client/v1/rooms/${encodeURIComponent(gated)}/relations/${encodeURIComponent(root)}/m.thread`,
    );
    expect(thread.chunk.map((e) => e.event_id)).toContain(reply.event_id);

    const mainline = await frank.say(gated, "!jura circle show");
    const answer = await gatedLog.reply(mainline, botId);
    expect(relation(answer)).toEqual({ "m.in_reply_to": { event_id: mainline } });
  });

  it("GIVEN a room that asks power 50 for admin commands WHEN erin (power 0 there) types circle set for its circle in a DM THEN it is refused and nothing changes; frank (power 100) proposes it to the circle", async () => {
    const refused = await ask(erin, dmLog, '!jura circle set Gated Garden purpose:"taken over"');
    expect(refused.content.body).toBe(
      `The room ${gated} asks power level 50 for Jura's admin commands (org.jura.admin in its power levels); you have 0 there.`,
    );
    const show = await ask(erin, dmLog, "!jura circle show Gated Garden");
    expect(show.content.body).not.toContain("taken over");

    const franksDm = await frank.createRoom({ name: "frank and Jura", invite: [botId], is_direct: true });
    const franksLog = frank.follow(franksDm);
    await greeted(franksLog);
    const allowed = await ask(frank, franksLog, '!jura circle set Gated Garden purpose:"seeds and beans"');
    expect(allowed.content.body).toContain(
      `Proposal #1 of “Gated Garden”, by ${frank.name}: !jura circle set “Gated Garden” purpose:“seeds and beans”`,
    );
    await gatedLog.until(
      (es) =>
        es.some(
          (e) => e.sender === botId && String(e.content.body).startsWith("Proposal #1 of “Gated Garden”"),
        ),
      { what: "the proposal posted in the circle's room" },
    );
  });

  it("GIVEN erin in her DM WHEN she types circle create X place:!gated (a room asking power 50) THEN that room's level is required", async () => {
    const council = await frank.createRoom({
      name: "Council",
      invite: [botId],
      power_level_content_override: { events: { "org.jura.admin": 50 } },
    });
    await greeted(frank.follow(council));
    const refused = await ask(erin, dmLog, `!jura circle create Sneaky place:${council}`);
    expect(refused.content.body).toBe(
      `The room ${council} asks power level 50 for Jura's admin commands (org.jura.admin in its power levels); you have 0 there.`,
    );
    const list = await ask(erin, dmLog, "!jura circle list");
    expect(list.content.body).not.toContain("Sneaky");
    const franksDm = await frank.createRoom({ name: "frank asks", invite: [botId], is_direct: true });
    const franksLog = frank.follow(franksDm);
    await greeted(franksLog);
    const allowed = await ask(frank, franksLog, `!jura circle create Council Circle place:${council}`);
    expect(allowed.content.body).toContain("Circle “Council Circle” is born");
  });

  it("GIVEN a discord: place typed on Matrix THEN it is refused as another platform's place", async () => {
    const refused = await ask(
      erin,
      dmLog,
      "!jura circle create Sneaky place:discord:1200000000000000001/1200000000000000002",
    );
    expect(refused.content.body).toBe(
      "discord:1200000000000000001/1200000000000000002 is a place on another platform: from Matrix, name a Matrix room (#alias:server, !id:server or a matrix.to link).",
    );
    const announce = await ask(
      erin,
      dmLog,
      "!jura federation create Sneaky announce:discord:1200000000000000001/1200000000000000002",
    );
    expect(announce.content.body).toContain("is a place on another platform");
  });

  it("GIVEN a room Jura is not in WHEN it is named as a circle's home THEN Jura says to invite it first", async () => {
    const elsewhere = await erin.createRoom({ name: "No bots here" });
    const refused = await ask(erin, dmLog, `!jura circle create Sneaky place:${elsewhere}`);
    expect(refused.content.body).toBe(
      `I am not in the room ${elsewhere}: invite me there first, then try again.`,
    );
    const unknown = await ask(erin, dmLog, "!jura circle create Sneaky place:!nowhere:localhost");
    expect(unknown.content.body).toBe(
      "I am not in the room !nowhere:localhost: invite me there first, then try again.",
    );
    expect(bot.errors()).toEqual([]);
  });
});

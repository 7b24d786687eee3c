import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotProcess } from "../support/bot-process.js";
import type { MatrixEvent, MatrixPerson, RoomLog } from "../support/matrix-people.js";
import { type MatrixWorld, matrixWorld } from "../support/matrix-world.js";
import { synapseUnavailable } from "../support/synapse.js";

const skip = synapseUnavailable();
if (skip) console.warn(`[matrix e2e] ${skip}`);

const inReplyTo = (e: MatrixEvent) =>
  (e.content["m.relates_to"] as { "m.in_reply_to"?: { event_id?: string } } | undefined)?.["m.in_reply_to"]
    ?.event_id;

describe.skipIf(skip)("Jura on a real Synapse: a circle and its federation", () => {
  let world: MatrixWorld;
  let bot: BotProcess;
  let people: MatrixPerson[];
  let botId: string;
  let garden: string;
  let gardenLog: RoomLog;
  let council: string;
  let councilLog: RoomLog;

  /** Sends a message and returns the bot's reply to it (failing the test if none comes). */
  const ask = async (person: MatrixPerson, log: RoomLog, content: string | Record<string, unknown>) => {
    const body = typeof content === "string" ? { msgtype: "m.text", body: content } : content;
    const eventId = await person.send(log.roomId, body);
    return log.reply(eventId, botId);
  };

  const person = (i: number) => {
    const p = people[i];
    if (!p) throw new Error(`no person ${i}`);
    return p;
  };

  beforeAll(async () => {
    world = await matrixWorld();
    botId = world.bot.userId;
    [people, bot] = await Promise.all([
      world.people(["alice", "bob", "carol", "dan", "erin", "frank"]),
      world.startBot(),
    ]);
  }, 300_000);

  afterAll(async () => {
    await world?.close();
  });

  it("GIVEN an invitation THEN the bot joins the room and says how to use it", async () => {
    const alice = person(0);
    garden = await alice.createRoom({ name: "Green Valley" });
    gardenLog = alice.follow(garden);
    await alice.invite(garden, botId);
    const events = await gardenLog.until(
      (es) => es.some((e) => e.sender === botId && e.type === "m.room.message"),
      { what: "the bot's greeting" },
    );
    const greeting = events.find((e) => e.sender === botId && e.type === "m.room.message");
    expect(greeting?.content).toMatchObject({ msgtype: "m.notice" });
    // The first three things to do, in Matrix's syntax.
    expect(String(greeting?.content.body)).toContain("!jura circle create <name>");
    expect(String(greeting?.content.body)).toContain("!jura circle join <name>");
    expect(String(greeting?.content.body)).toContain("!jura help");
  });

  it("GIVEN !jura circle create WHEN a person runs it in a room THEN the room becomes the circle's home and the answer is an m.notice reply with HTML", async () => {
    const alice = person(0);
    const eventId = await alice.say(
      garden,
      '!jura circle create Green Valley purpose:"Community gardens" open:yes',
    );
    const reply = await gardenLog.reply(eventId, botId);
    expect(reply.type).toBe("m.room.message");
    expect(reply.content).toMatchObject({
      msgtype: "m.notice",
      format: "org.matrix.custom.html",
      "m.mentions": { user_ids: [alice.userId] },
    });
    expect(inReplyTo(reply)).toBe(eventId);
    expect(reply.content.body).toContain(
      "Circle “Green Valley” is born, with its home here. Anyone may join with: !jura circle join Green Valley",
    );
    expect(reply.content.formatted_body).toContain("<br>");
  });

  it("GIVEN four more people in the room WHEN they join the circle THEN each is welcomed, and the circle has five members", async () => {
    const alice = person(0);
    for (const p of people.slice(1, 5)) {
      await alice.invite(garden, p.userId);
      await p.join(garden);
    }
    for (const p of people.slice(1, 5)) {
      const reply = await ask(p, gardenLog, "!jura circle join");
      expect(reply.content.body).toMatch(/Welcome to “Green Valley”/);
    }
    const show = await ask(person(2), gardenLog, "!jura circle show");
    expect(show.content.body).toContain("Members (5)");
    expect(show.content.formatted_body).toContain(`<a href="https://matrix.to/#/${person(1).userId}">`);
  });

  it("GIVEN a federation founded in a council room WHEN the circle decides to join it THEN a Matrix space holds the circle's room and the council hears about it, with the decision", async () => {
    const frank = person(5);
    council = await frank.createRoom({ name: "Jura council" });
    councilLog = frank.follow(council);
    await frank.invite(council, botId);
    await councilLog.until((es) => es.some((e) => e.sender === botId && e.type === "m.room.message"), {
      what: "the bot in the council room",
    });
    const founded = await ask(frank, councilLog, "!jura federation create Jura tz:Europe/Zurich");
    expect(founded.content.body).toContain("Federation “Jura” is founded.");
    const spaceId = /matrix\.to\/#\/(![^\s]+)/.exec(String(founded.content.body))?.[1];
    expect(spaceId, String(founded.content.body)).toBeDefined();
    if (!spaceId) return;
    await frank.join(spaceId);
    expect(await frank.state(spaceId, "m.room.create")).toMatchObject({ type: "m.space" });

    const proposed = await ask(person(1), gardenLog, "!jura federation join Jura");
    expect(proposed.content.body).toBe(
      "Proposal #1 is open: !jura federation join Jura. It is posted below for those who decide it.",
    );
    const fromBot = (prefix: string) => (es: MatrixEvent[]) =>
      es.find((e) => e.sender === botId && String(e.content.body).startsWith(prefix));
    const post = fromBot("Proposal #1 of “Green Valley”")(
      await gardenLog.until((es) => fromBot("Proposal #1 of “Green Valley”")(es) !== undefined, {
        what: "the proposal in the circle's room",
      }),
    ) as MatrixEvent;
    for (const p of [person(2), person(3)])
      await p.send(
        garden,
        { "m.relates_to": { rel_type: "m.annotation", event_id: post.event_id, key: "👍" } },
        "m.reaction",
      );
    await bot.waitForCount("a proposal answer by reaction was noted", 2);
    expect(await frank.state(spaceId, "m.space.child", garden).catch(() => "none")).toBe("none");
    await world.endProposalWindow(1);
    const decided = await gardenLog.until(
      (es) =>
        fromBot("Proposal #1 of “Green Valley” passed")(es) !== undefined &&
        fromBot("“Green Valley”'s room is now in the space")(es) !== undefined,
      { what: "the decision and the space's update in the circle's room" },
    );
    expect(fromBot("Proposal #1 of “Green Valley” passed")(decided)?.content.body).toContain(
      "“Green Valley” is now part of “Jura”, as decided by “Green Valley” (proposal #1: 3 agree, 0 object).",
    );
    expect(fromBot("“Green Valley”'s room is now in the space")(decided)?.content.body).toBe(
      `“Green Valley”'s room is now in the space of “Jura”: https://matrix.to/#/${spaceId}`,
    );
    const child = await frank.state<{ via?: string[] }>(spaceId, "m.space.child", garden);
    expect(child.via).toEqual(["localhost"]);
    const councilChild = await frank.state<{ via?: string[] }>(spaceId, "m.space.child", council);
    expect(councilChild.via).toEqual(["localhost"]);

    const events = await councilLog.until(
      (es) =>
        es.some((e) => e.sender === botId && String(e.content.body).includes("joined the federation “Jura”")),
      { what: "the announcement in the council room" },
    );
    const announcement = events.find((e) => String(e.content.body).includes("joined the federation"));
    expect(announcement?.content).toMatchObject({ msgtype: "m.notice", "m.mentions": {} });
    expect(announcement?.content.body).toBe(
      "Circle “Green Valley” (5 members) joined the federation “Jura”, as decided by “Green Valley” (proposal #1: 3 agree, 0 object).",
    );
    expect(inReplyTo(announcement as MatrixEvent)).toBeUndefined();
  });

  it("GIVEN a mention of the bot (pill, user id or name:) THEN it is a command too, and pills name people exactly", async () => {
    const carol = person(2);
    const pill = `<a href="https://matrix.to/#/${botId}">Jura</a>`;
    const viaPill = await ask(carol, gardenLog, {
      msgtype: "m.text",
      body: "Jura: circle show",
      format: "org.matrix.custom.html",
      formatted_body: `${pill}: circle show`,
      "m.mentions": { user_ids: [botId] },
    });
    expect(viaPill.content.body).toContain("Members (5)");
    const viaId = await ask(carol, gardenLog, `${botId} federation list`);
    expect(viaId.content.body).toContain("Jura");
    const bob = person(1);
    const granted = await ask(person(0), gardenLog, {
      msgtype: "m.text",
      body: "!jura mandate grant Bob carry our proposal until:60d",
      format: "org.matrix.custom.html",
      formatted_body: `!jura mandate grant <a href="https://matrix.to/#/${bob.userId}">Bob</a> carry our proposal until:60d`,
    });
    // A Matrix person is a pill named by their display name (Synapse's default: the localpart).
    const bobName = bob.userId.slice(1, bob.userId.indexOf(":"));
    expect(granted.content.body).toBe(
      `Proposal #2 is open: !jura mandate grant ${bobName} “carry our proposal” until:60d. It is posted below for those who decide it.`,
    );
    expect(granted.content.formatted_body).toContain(
      `<a href="https://matrix.to/#/${bob.userId}">${bobName}</a>`,
    );
    const unaddressed = await carol.say(garden, "jura is a mountain range");
    const help = await ask(carol, gardenLog, "!jura help");
    expect(gardenLog.repliesTo(unaddressed, botId)).toEqual([]);
    expect(help.content.body).toContain("space — the federation's Matrix space");
    expect(help.content.body).toContain("Say !jura help <group>");
  });

  it("GIVEN a mistake THEN the reply explains the usage", async () => {
    const dan = person(3);
    const missing = await ask(dan, gardenLog, "!jura mandate grant");
    expect(missing.content.body).toContain("person: is required");
    expect(missing.content.body).toContain("Usage: !jura mandate grant <person> <scope…>");
    const unknown = await ask(dan, gardenLog, "!jura dance");
    expect(unknown.content.body).toContain("There is no command `dance`");
    const space = await ask(dan, gardenLog, "!jura space adopt");
    expect(space.content.body).toContain("space adopt <#space:server> <federation…>");
  });

  it("GIVEN a room that asks power for admin commands (org.jura.admin) THEN a member below it is refused and told the level", async () => {
    const erin = person(4);
    const frank = person(5);
    const room = await frank.createRoom({
      name: "Strict room",
      invite: [erin.userId, botId],
      power_level_content_override: { events: { "org.jura.admin": 50 } },
    });
    await erin.join(room);
    const log = erin.follow(room);
    await log.until((es) => es.some((e) => e.sender === botId && e.type === "m.room.message"), {
      what: "the bot in the strict room",
    });
    const refused = await ask(erin, log, "!jura circle create Strict Circle");
    expect(refused.content.body).toBe(
      "This room asks power level 50 for Jura's admin commands (org.jura.admin in its power levels); you have 0.",
    );
    const allowed = await ask(frank, log, "!jura circle create Strict Circle");
    expect(allowed.content.body).toContain("Circle “Strict Circle” is born");
  });

  it("GIVEN an existing space where the bot lacks power WHEN it is adopted THEN the bot says which level it needs, and adopts it once given", async () => {
    const frank = person(5);
    const space = await frank.createRoom({
      name: "Jura (our own space)",
      creation_content: { type: "m.space" },
      invite: [botId],
      power_level_content_override: { state_default: 50, events: { "m.space.child": 50 } },
    });
    const refused = await ask(frank, councilLog, `!jura space adopt ${space} Jura`);
    expect(refused.content.body).toContain("I need power level 50 in the space");
    expect(refused.content.body).toContain("(I have 0)");
    const levels = await frank.state<{ users?: Record<string, number> }>(space, "m.room.power_levels");
    await frank.request(
      "PUT",
      `/_matrix/client/v3/rooms/${encodeURIComponent(space)}/state/m.room.power_levels/`,
      { ...levels, users: { ...levels.users, [botId]: 50 } },
    );
    const adopted = await ask(frank, councilLog, `!jura space adopt ${space} Jura`);
    expect(adopted.content.body).toContain("is now “Jura”'s space");
    expect(adopted.content.body).toContain("Added 2 room(s) to the space.");
    expect(await frank.state(space, "m.space.child", garden)).toEqual({ via: ["localhost"] });
    const [gus] = await world.people(["gus"]);
    if (!gus) throw new Error("gus");
    await frank.invite(council, gus.userId);
    await gus.join(council);
    const outsider = await ask(gus, councilLog, "!jura space sync Jura");
    expect(outsider.content.body).toContain("Only the founder of “Jura” and members of its circles");
    const synced = await ask(frank, councilLog, "!jura space sync Jura");
    expect(synced.content.body).toContain("Every room of the federation is in the space.");
  });

  it("GIVEN an encrypted room THEN the bot explains, unencrypted, that it cannot read it and how to enable encryption", async () => {
    const erin = person(4);
    const room = await erin.createRoom({
      name: "Secret",
      invite: [botId],
      initial_state: [
        { type: "m.room.encryption", state_key: "", content: { algorithm: "m.megolm.v1.aes-sha2" } },
      ],
    });
    const log = erin.follow(room);
    const events = await log.until(
      (es) => es.some((e) => e.sender === botId && e.type === "m.room.message"),
      { what: "the encryption notice" },
    );
    const explanation = events.find((e) => e.sender === botId && e.type === "m.room.message");
    expect(explanation?.content.msgtype).toBe("m.notice");
    expect(explanation?.content.body).toContain("end-to-end encrypted");
    expect(explanation?.content.body).toContain("MATRIX_E2EE=true");
    await bot.waitForLog("an encrypted room: Jura cannot read it");
    expect(bot.lines.find((l) => l.msg.includes("an encrypted room"))?.msg).toContain("download-lib.js");
  });

  it("GIVEN MATRIX_ALLOWED_INVITERS WHEN someone else invites the bot THEN it declines; an allowed inviter gets it", async () => {
    const stopping = Date.now();
    expect(await bot.stop()).toBe(0);
    expect(Date.now() - stopping, "SIGTERM must not wait for the sync long-poll").toBeLessThan(8_000);
    const [alice, , , dan] = people;
    if (!alice || !dan) throw new Error("people");
    bot = await world.startBot({ MATRIX_ALLOWED_INVITERS: `${alice.userId},*:elsewhere.example` });
    const refusedRoom = await dan.createRoom({ name: "Not allowed", invite: [botId] });
    const refusedLog = dan.follow(refusedRoom);
    await refusedLog.until(
      (es) =>
        es.some(
          (e) => e.type === "m.room.member" && e.state_key === botId && e.content.membership === "leave",
        ),
      { what: "the bot declining" },
    );
    const allowedRoom = await alice.createRoom({ name: "Allowed", invite: [botId] });
    await alice
      .follow(allowedRoom)
      .until(
        (es) =>
          es.some(
            (e) => e.type === "m.room.member" && e.state_key === botId && e.content.membership === "join",
          ),
        { what: "the bot joining" },
      );
    expect(bot.errors()).toEqual([]);
  });
});

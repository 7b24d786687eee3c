import type { APIMessage } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DiscordDouble, InjectedOptionValues } from "../doubles/discord/index.js";
import type { BotProcess } from "../support/bot-process.js";
import {
  APP,
  COUNCIL,
  GARDEN,
  GUILD,
  messageText,
  PEOPLE,
  startRiverDouble,
  TOKEN,
} from "../support/discord-world.js";
import { proposalIdIn } from "../support/matrix-circle-room.js";
import type { MatrixEvent, MatrixPerson, RoomLog } from "../support/matrix-people.js";
import { type MatrixWorld, matrixWorld } from "../support/matrix-world.js";
import { synapseUnavailable } from "../support/synapse.js";

const skip = synapseUnavailable();
if (skip) console.warn(`[two-platform e2e] ${skip}`);

type DiscordName = keyof typeof PEOPLE;
/** Digits of any Discord id: what a reader must never see. */
const DISCORD_DIGITS = /\d{15,25}/;

/**
 * One Jura process (`npm start`) serving a real Synapse and the Discord double at once: a
 * federation “Jura” with the Matrix circle “Orchard” and the Discord circle “River”.
 */
describe.skipIf(skip)("One federation on Matrix and Discord", () => {
  let world: MatrixWorld;
  let double: DiscordDouble;
  let bot: BotProcess;
  let botId: string;
  let matrix: MatrixPerson[];
  let orchard: string;
  let log: RoomLog;

  const m = (i: number) => {
    const p = matrix[i];
    if (!p) throw new Error(`no Matrix person ${i}`);
    return p;
  };
  const ask = async (p: MatrixPerson, text: string) => log.reply(await p.say(orchard, text), botId);
  const orchardNotice = async (what: (body: string) => boolean, label: string) => {
    const found = (es: MatrixEvent[]) =>
      es.find((e) => e.sender === botId && e.type === "m.room.message" && what(String(e.content.body ?? "")));
    return found(
      await log.until((es) => found(es) !== undefined, { what: label, timeoutMs: 30_000 }),
    ) as MatrixEvent;
  };

  /** `person` runs `/command sub` in `channel` on Discord; the text they see. */
  const say = async (
    person: DiscordName,
    command: string,
    options: InjectedOptionValues = {},
    channel = GARDEN,
  ): Promise<string> => {
    const [name, sub] = command.split(" ");
    const record = double.injectChatInput({
      commandName: name ?? command,
      ...(sub ? { subcommand: sub } : {}),
      userId: PEOPLE[person],
      guildId: GUILD,
      channelId: channel,
      options,
    });
    await double.interactionResponse(record.id, { timeoutMs: 20_000 });
    const answered = await double.waitFor(
      () => {
        const r = double.interaction(record.id);
        const shown = r.followUps.at(-1) ?? r.original;
        return shown && (shown.flags ?? 0) & 128 ? undefined : r;
      },
      { timeoutMs: 20_000 },
    );
    const shown = answered.followUps.at(-1) ?? answered.original;
    return shown ? messageText(shown) : "";
  };
  const discordMessage = (channel: string, what: (m: APIMessage) => boolean) =>
    double.waitForMessage(channel, what, { timeoutMs: 30_000 });

  /** Lets a proposal's window run out (the bot's sweep then decides it). */
  const decided = async (id: number) => world.endProposalWindow(id);

  beforeAll(async () => {
    world = await matrixWorld();
    double = await startRiverDouble({
      botUsername: "jura",
      guilds: [
        {
          id: GUILD,
          name: "River",
          channels: [
            { id: GARDEN, name: "garden" },
            { id: COUNCIL, name: "council" },
          ],
          members: [
            { id: PEOPLE.alice, username: "alice_d", nick: "Alice River" },
            { id: PEOPLE.bob, username: "bob_d", nick: "Bobby" },
            { id: PEOPLE.carol, username: "carol_d" },
            { id: PEOPLE.dave, username: "dave_d" },
            { id: PEOPLE.erin, username: "erin_d", nick: "Erin" },
          ],
        },
      ],
    });
    botId = world.bot.userId;
    [matrix, bot] = await Promise.all([
      world.people(["mira", "mats", "maud"]),
      world.startBot({
        DISCORD_TOKEN: TOKEN,
        DISCORD_APPLICATION_ID: APP,
        DISCORD_API_BASE: double.apiBase,
      }),
    ]);
    await bot.waitForLog("Discord bot running", 60_000);
    for (const [i, name] of ["Mira", "Mats", "Maud"].entries())
      await m(i).request("PUT", `/_matrix/client/v3/profile/${encodeURIComponent(m(i).userId)}/displayname`, {
        displayname: name,
      });
    orchard = await m(0).createRoom({ name: "Orchard" });
    log = m(0).follow(orchard);
    await m(0).invite(orchard, botId);
    for (const p of matrix.slice(1)) await m(0).invite(orchard, p.userId);
    await Promise.all(matrix.slice(1).map((p) => p.join(orchard)));
    await log.until((es) => es.some((e) => e.sender === botId && e.type === "m.room.message"), {
      what: "the bot's greeting",
    });
    expect(String((await ask(m(0), "!jura circle create Orchard open:yes")).content.body)).toContain(
      "is born",
    );
    for (const p of matrix.slice(1)) await ask(p, "!jura circle join");

    await say("alice", "circle create", { name: "River", open: true });
    await say("bob", "circle join");
    await say("carol", "circle join");
    // The federation's council is the Orchard room: its announcements are read on Matrix.
    expect(String((await ask(m(0), "!jura federation create Jura")).content.body)).toContain("Jura");

    const riverJoins = proposalIdIn(await say("alice", "federation join", { federation: "Jura" }));
    await say("bob", "proposal agree", { id: riverJoins });
    await decided(riverJoins);
    const orchardJoins = proposalIdIn((await ask(m(0), "!jura federation join Jura")).content.body);
    await ask(m(1), `!jura proposal agree ${orchardJoins}`);
    await decided(orchardJoins);
    const joined = async () =>
      (
        await world.database.db
          .selectFrom("circle")
          .select("id")
          .where("federationId", "is not", null)
          .execute()
      ).length;
    const deadline = Date.now() + 30_000;
    while ((await joined()) < 2) {
      if (Date.now() > deadline) throw new Error("the two circles did not both join “Jura”");
      await new Promise((r) => setTimeout(r, 200));
    }
  }, 240_000);

  afterAll(async () => {
    if (process.env.TWO_PLATFORM_DUMP) {
      for (const e of await log.refresh())
        if (e.sender === botId) console.log("MATRIX", String(e.content.body));
      for (const ch of [GARDEN, COUNCIL])
        for (const msg of double.messages(ch)) console.log("DISCORD", ch, msg.content);
    }
    await bot?.stop();
    await double?.close();
    await world?.close();
  }, 90_000);

  it("GIVEN a Discord delegate THEN the Matrix council names them by display name and platform, never by digits", async () => {
    const grant = proposalIdIn(
      await say("alice", "mandate grant", {
        person: PEOPLE.bob,
        scope: "carry the river's voice",
        until: "30d",
      }),
    );
    await say("bob", "proposal agree", { id: grant });
    await decided(grant);
    const announced = await orchardNotice(
      (b) => b.startsWith("New delegate"),
      "the new delegate in the council",
    );
    expect(announced.content.body).toContain("Bobby (Discord)");
    expect(announced.content.body).not.toMatch(DISCORD_DIGITS);
    const shown = String((await ask(m(0), "!jura circle show River")).content.body);
    for (const id of Object.values(PEOPLE)) expect(shown).not.toContain(id);
    // On Discord the same person is a mention, and the proposal's command a clickable one.
    const post = await discordMessage(GARDEN, (msg) => msg.content.startsWith(`Proposal #${grant} of`));
    expect(post.content).toMatch(new RegExp(`</mandate grant:\\d+> <@${PEOPLE.bob}>`));
  }, 90_000);

  it("GIVEN a Matrix delegate THEN Discord readers see their display name and platform", async () => {
    const grant = proposalIdIn(
      (await ask(m(0), `!jura mandate grant ${m(1).userId} "tend the cider press" until:30d`)).content.body,
    );
    await ask(m(1), `!jura proposal agree ${grant}`);
    await decided(grant);
    await orchardNotice(
      (b) => b.startsWith("New delegate") && b.includes("Orchard"),
      "Orchard's new delegate",
    );
    const listed = await say("alice", "mandate list", { federation: "Jura" });
    expect(listed).toContain("Mats (Matrix)");
    expect(listed).not.toContain(m(1).userId);
  }, 90_000);

  it("GIVEN the name Jura shows WHEN a Matrix user types it back THEN it reaches the Discord person", async () => {
    const recall = String((await ask(m(0), '!jura recall @"Bobby (Discord)"')).content.body);
    expect(recall).not.toContain("holds no active mandate");
    expect(recall).not.toContain("not an option");
    expect(recall).not.toMatch(DISCORD_DIGITS);
    const ambiguous = String((await ask(m(0), '!jura recall @"Nobody (Discord)"')).content.body);
    expect(ambiguous).toContain("I know nobody called “Nobody (Discord)”");
  }, 90_000);

  it("GIVEN a recall on Discord THEN the native poll's question names the delegate, not their id", async () => {
    await say("alice", "recall", { person: PEOPLE.bob });
    const poll = await discordMessage(GARDEN, (msg) => msg.poll !== undefined);
    expect(poll.poll?.question.text).toContain("Bobby");
    expect(poll.poll?.question.text).not.toMatch(DISCORD_DIGITS);
  }, 90_000);

  it("GIVEN an aid request from Discord THEN the Matrix council is told the Matrix command", async () => {
    await say("alice", "aid request", { what: "ladders for the harvest", urgency: "high" });
    const inMatrix = await orchardNotice(
      (b) => b.includes("asks for help"),
      "the aid request in the council",
    );
    expect(inMatrix.content.body).toContain("!jura aid offer 1");
    expect(inMatrix.content.body).not.toMatch(/(^|\s)\/aid offer/);
  }, 90_000);

  it("GIVEN a Jura command typed in Element with a slash THEN Jura answers it as a command", async () => {
    const answer = await ask(m(0), "/circle show Orchard");
    expect(String(answer.content.body)).toContain("Orchard");
  }, 90_000);

  it("GIVEN a Matrix and a Discord account linked by a one-time code THEN they are one member, and their two votes in a poll count once", async () => {
    const maud = m(2);
    const asked = await say("dave", "me link");
    const code = /Your link code: ([A-Z0-9]{8})\./.exec(asked)?.[1];
    expect(code, asked).toBeDefined();
    await maud.say(orchard, `!jura me link ${code}`);
    const dave = `discord:${PEOPLE.dave}`;
    const linked = async () =>
      world.database.db.selectFrom("personLink").selectAll().where("person", "=", dave).execute();
    const deadline = Date.now() + 20_000;
    while ((await linked()).length === 0) {
      if (Date.now() > deadline) throw new Error("the accounts were not linked");
      await new Promise((r) => setTimeout(r, 200));
    }
    expect((await linked())[0]?.account).toBe(`matrix:${maud.userId}`);
    // The code was used: a second use from anyone fails.
    expect(await say("carol", "me link", { code: code ?? "" })).toContain("That code is not valid");

    const opened = String(
      (await ask(m(0), '!jura poll start "Cider or juice?" options:"cider|juice" closes:1d')).content.body,
    );
    const pollId = Number(/Poll #(\d+)/.exec(opened)?.[1]);
    expect(pollId).toBeGreaterThan(0);
    await maud.say(orchard, `!jura poll vote ${pollId} 1`);
    const votes = () =>
      world.database.db
        .selectFrom("pollVoter")
        .select(["person", "choice"])
        .where("pollId", "=", pollId)
        .where("choice", "is not", null)
        .execute();
    const firstDeadline = Date.now() + 20_000;
    while ((await votes()).length === 0) {
      if (Date.now() > firstDeadline) throw new Error("Maud's vote was not counted");
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(await votes()).toEqual([{ person: dave, choice: 0 }]); // option 1 (stored from 0)
    const fromDiscord = await say("dave", "poll vote", { id: pollId, choice: "2" });
    expect(fromDiscord).not.toContain("not");
    expect(await votes()).toEqual([{ person: dave, choice: 1 }]); // option 2 replaced it
  }, 120_000);
});

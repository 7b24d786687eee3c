import {
  ActionRowBuilder,
  ApplicationCommandOptionType,
  ButtonBuilder,
  type ButtonInteraction,
  ButtonStyle,
  type ChatInputCommandInteraction,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  GuildScheduledEventEntityType,
  GuildScheduledEventPrivacyLevel,
  type Interaction,
  type Message,
  MessageFlags,
  type ModalSubmitInteraction,
  type PartialPollAnswer,
  type PollAnswer,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  Routes,
  type TextChannel,
} from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import {
  type DiscordDouble,
  type DiscordDoubleOptions,
  startDiscordDouble,
} from "../doubles/discord/index.js";

const TOKEN = "jura-test-token";
const APP = "1100000000000000001";
const BOT = "1100000000000000002";
const GUILD = "1200000000000000001";
const CHANNEL = "1200000000000000002";
const ALICE = "1300000000000000001";
const BOB = "1300000000000000002";

const COMMANDS: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  {
    name: "poll",
    description: "Run a poll in this circle",
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: "start",
        description: "Start a poll",
        options: [
          {
            type: ApplicationCommandOptionType.String,
            name: "question",
            description: "What to ask",
            required: true,
          },
          { type: ApplicationCommandOptionType.User, name: "delegate", description: "Who reports back" },
        ],
      },
    ],
  },
  { name: "ping", description: "Check the bot is alive" },
];

const cleanups: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(options: Partial<DiscordDoubleOptions> = {}): Promise<DiscordDouble> {
  const double = await startDiscordDouble({
    token: TOKEN,
    applicationId: APP,
    botUserId: BOT,
    guilds: [
      {
        id: GUILD,
        name: "River Circle",
        channels: [{ id: CHANNEL, name: "general" }],
        members: [
          { id: ALICE, username: "alice" },
          { id: BOB, username: "bob" },
        ],
      },
    ],
    ...options,
  });
  cleanups.push(async () => {
    await double.close();
    expect(double.internalErrors).toEqual([]);
  });
  return double;
}

async function login(
  double: DiscordDouble,
  intents: GatewayIntentBits[] = [GatewayIntentBits.Guilds],
): Promise<Client<true>> {
  const client = new Client({ intents, rest: { api: double.apiBase } });
  cleanups.push(() => client.destroy());
  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  await client.login(TOKEN);
  return ready;
}

function nextInteraction(client: Client): Promise<ChatInputCommandInteraction> {
  return new Promise((resolve) => {
    const listener = (interaction: Interaction) => {
      if (!interaction.isChatInputCommand()) return;
      client.off(Events.InteractionCreate, listener);
      resolve(interaction);
    };
    client.on(Events.InteractionCreate, listener);
  });
}

async function channelOf(client: Client<true>): Promise<TextChannel> {
  return client.channels.cache.get(CHANNEL) as TextChannel;
}

describe("Discord double driven by the real discord.js client", () => {
  it("GIVEN a seeded guild WHEN the client logs in THEN it is ready, sees the guild and gets heartbeat acks", async () => {
    const double = await start({ heartbeatIntervalMs: 100 });
    const client = await login(double);

    expect(client.user.id).toBe(BOT);
    expect(client.application.id).toBe(APP);
    const guild = client.guilds.cache.get(GUILD);
    expect(guild?.name).toBe("River Circle");
    expect(guild?.channels.cache.get(CHANNEL)?.name).toBe("general");
    expect(double.requests.map((r) => `${r.method} ${r.path}`)).toContain("GET /gateway/bot");
    await double.waitFor(() => client.ws.ping >= 0, { description: "a heartbeat ack" });
    expect(double.gatewayFrames.some((f) => f.op === 1)).toBe(true);
  });

  it("GIVEN command specs WHEN they are bulk-overwritten THEN they are stored, and an invalid name is rejected like Discord", async () => {
    const double = await start();
    const client = await login(double);

    const set = await client.application.commands.set(COMMANDS, GUILD);
    expect([...set.values()].map((c) => c.name).sort()).toEqual(["ping", "poll"]);
    expect(
      double
        .commands(GUILD)
        .map((c) => c.name)
        .sort(),
    ).toEqual(["ping", "poll"]);

    const rejected = client.application.commands.set(
      [{ name: "Poll", description: "Capital letters" }],
      GUILD,
    );
    await expect(rejected).rejects.toBeInstanceOf(DiscordAPIError);
    await expect(rejected).rejects.toMatchObject({
      code: 50035,
      status: 400,
      rawError: { errors: { "0": { name: { _errors: [{ code: "APPLICATION_COMMAND_INVALID_NAME" }] } } } },
    });
    expect(double.commands(GUILD)).toHaveLength(2);
  });

  it("GIVEN a registered command WHEN a member runs it THEN the client gets the options and its ephemeral reply is recorded once", async () => {
    const double = await start();
    const client = await login(double);
    await client.application.commands.set(COMMANDS, GUILD);
    const received = nextInteraction(client);

    const injected = double.injectChatInput({
      commandName: "poll",
      subcommand: "start",
      userId: ALICE,
      options: { question: "Lunch?", delegate: BOB },
    });
    const interaction = await received;
    expect(interaction.options.getSubcommand()).toBe("start");
    expect(interaction.options.getString("question")).toBe("Lunch?");
    expect(interaction.options.getUser("delegate")?.username).toBe("bob");
    expect(interaction.user.id).toBe(ALICE);

    await interaction.reply({ content: "Poll started", flags: MessageFlags.Ephemeral });
    const response = await double.interactionResponse(injected.id);
    expect(response.type).toBe(4);
    expect(double.messages(CHANNEL)).toHaveLength(0);
    expect(double.messages(CHANNEL, { as: ALICE }).map((m) => m.content)).toEqual(["Poll started"]);

    const again = client.rest.post(Routes.interactionCallback(injected.id, injected.token), {
      body: { type: 4, data: { content: "twice" } },
      auth: false,
    });
    await expect(again).rejects.toMatchObject({ code: 40060, status: 400 });
  });

  it("GIVEN a slow command WHEN the bot defers then edits THEN the channel shows the edited reply", async () => {
    const double = await start();
    const client = await login(double);
    await client.application.commands.set(COMMANDS, GUILD);
    const received = nextInteraction(client);
    const injected = double.injectChatInput({ commandName: "ping", userId: BOB });
    const interaction = await received;

    await interaction.deferReply();
    expect(double.messages(CHANNEL)[0]?.flags).toBe(MessageFlags.Loading);
    await interaction.editReply("pong");

    const record = double.interaction(injected.id);
    expect(record.callback?.type).toBe(5);
    expect(record.steps.map((s) => s.kind)).toEqual(["callback", "edit-original"]);
    const [shown] = double.messages(CHANNEL);
    expect(shown?.content).toBe("pong");
    expect(shown?.flags).toBe(0);
    expect(shown?.interaction_metadata?.user.id).toBe(BOB);
  });

  it("GIVEN a native poll WHEN it is sent THEN it is stored, and an 11-answer poll is rejected with 50035", async () => {
    const double = await start();
    const client = await login(double);
    const channel = await channelOf(client);

    const message = await channel.send({
      poll: {
        question: { text: "Lunch?" },
        answers: [{ text: "Pizza" }, { text: "Soup" }],
        duration: 2,
        allowMultiselect: false,
      },
    });
    expect(message.poll?.question.text).toBe("Lunch?");
    expect(double.messages(CHANNEL)[0]?.poll?.answers.map((a) => a.poll_media.text)).toEqual([
      "Pizza",
      "Soup",
    ]);

    const tooMany = channel.send({
      poll: {
        question: { text: "Which day?" },
        answers: Array.from({ length: 11 }, (_, i) => ({ text: `Day ${i + 1}` })),
        duration: 24,
        allowMultiselect: false,
      },
    });
    await expect(tooMany).rejects.toMatchObject({
      code: 50035,
      rawError: { errors: { poll: { answers: { _errors: [{ code: "BASE_TYPE_BAD_LENGTH" }] } } } },
    });
    expect(double.messages(CHANNEL)).toHaveLength(1);
  });

  it("GIVEN an open poll WHEN a member votes THEN the client gets messagePollVoteAdd and can fetch voters and end the poll", async () => {
    const double = await start();
    const client = await login(double, [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessagePolls]);
    const channel = await channelOf(client);
    const message = await channel.send({
      poll: {
        question: { text: "Lunch?" },
        answers: [{ text: "Pizza" }, { text: "Soup" }],
        duration: 2,
        allowMultiselect: false,
      },
    });
    const vote = new Promise<[PollAnswer | PartialPollAnswer, string]>((resolve) =>
      client.once(Events.MessagePollVoteAdd, (answer, userId) => resolve([answer, userId])),
    );

    double.votePoll(CHANNEL, message.id, ALICE, 2);
    const [answer, userId] = await vote;
    expect(userId).toBe(ALICE);
    expect(answer.id).toBe(2);
    expect(answer.voteCount).toBe(1);
    const voters = await answer.voters.fetch();
    expect([...voters.keys()]).toEqual([ALICE]);

    await message.poll?.end();
    const result = await double.waitForMessage(CHANNEL, (m) => m.type === 46);
    expect(result.embeds[0]?.fields?.find((f) => f.name === "victor_answer_text")?.value).toBe("Soup");
  });

  it("GIVEN an injected 429 WHEN the bot sends a message THEN discord.js waits it out and the message arrives once", async () => {
    const double = await start();
    const client = await login(double);
    const channel = await channelOf(client);
    double.inject429({ route: `POST /channels/${CHANNEL}/messages`, retryAfter: 0.2 });

    const before = Date.now();
    await channel.send("hello circle");
    const elapsed = Date.now() - before;

    const sends = double.requests.filter((r) => r.route === "POST /channels/:channel_id/messages");
    expect(sends.map((r) => r.status)).toEqual([429, 200]);
    expect(elapsed).toBeGreaterThanOrEqual(200);
    expect(double.messages(CHANNEL).map((m) => m.content)).toEqual(["hello circle"]);
  });

  it("GIVEN a dropped gateway WHEN an interaction is dispatched meanwhile THEN the client resumes and receives it exactly once", async () => {
    const double = await start();
    const client = await login(double);
    await client.application.commands.set(COMMANDS, GUILD);
    let seen = 0;
    client.on(Events.InteractionCreate, () => {
      seen += 1;
    });
    const received = nextInteraction(client);

    double.disconnect();
    await double.waitFor(() => double.liveSessions === 0, { description: "the socket to drop" });
    const injected = double.injectChatInput({ commandName: "ping", userId: ALICE });
    const interaction = await received;

    expect(interaction.id).toBe(injected.id);
    expect(double.gatewayStats).toMatchObject({ identifies: 1, resumes: 1 });
    await interaction.reply("pong");
    expect(seen).toBe(1);
  });
});

describe("Discord double: components, autocomplete, guild writes and faults", () => {
  it("GIVEN a reply with a button WHEN a member clicks it THEN the bot's update edits that message", async () => {
    const double = await start();
    const client = await login(double);
    await client.application.commands.set(COMMANDS, GUILD);
    const command = nextInteraction(client);
    const injected = double.injectChatInput({ commandName: "ping", userId: ALICE });
    await (await command).reply({
      content: "Join?",
      components: [
        new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId("join").setLabel("Join").setStyle(ButtonStyle.Primary),
        ),
      ],
    });
    const replyId = double.interaction(injected.id).original?.id ?? "";
    const clicked = new Promise<ButtonInteraction>((resolve) =>
      client.once(Events.InteractionCreate, (i) => i.isButton() && resolve(i)),
    );

    const click = double.injectButton({
      channelId: CHANNEL,
      messageId: replyId,
      customId: "join",
      userId: BOB,
    });
    const button = await clicked;
    expect(button.message.id).toBe(replyId);
    await button.update({ content: "Bob joined", components: [] });

    expect((await double.interactionResponse(click.id)).type).toBe(7);
    expect(double.messages(CHANNEL).map((m) => [m.content, m.components?.length])).toEqual([
      ["Bob joined", 0],
    ]);
    expect(() =>
      double.injectButton({ channelId: CHANNEL, messageId: replyId, customId: "gone", userId: BOB }),
    ).toThrow(/no component/);
  });

  it("GIVEN an autocomplete option WHEN a member types THEN the bot's choices are recorded", async () => {
    const double = await start();
    const client = await login(double);
    await client.application.commands.set(
      [
        {
          name: "circle",
          description: "Pick a circle",
          options: [
            {
              type: ApplicationCommandOptionType.String,
              name: "name",
              description: "Circle",
              autocomplete: true,
              required: true,
            },
          ],
        },
      ],
      GUILD,
    );
    client.on(Events.InteractionCreate, async (i) => {
      if (i.isAutocomplete())
        await i.respond([{ name: `${i.options.getFocused()}side`, value: "riverside" }]);
    });

    const typed = double.injectAutocomplete({
      commandName: "circle",
      userId: ALICE,
      options: { name: "river" },
      focused: "name",
    });
    const response = await double.interactionResponse(typed.id);
    expect(response).toMatchObject({
      type: 8,
      data: { choices: [{ name: "riverside", value: "riverside" }] },
    });
    expect(() => double.injectChatInput({ commandName: "circle", userId: ALICE })).toThrow(
      /missing required option/,
    );
  });

  it("GIVEN a bot without Manage Roles WHEN it assigns a role THEN Discord's 403 50013 comes back; with it the role is added", async () => {
    const roles = [{ id: "1400000000000000001", name: "delegate" }];
    const members = [{ id: ALICE, username: "alice" }];
    const denied = await start({
      guilds: [
        {
          id: GUILD,
          name: "c",
          channels: [{ id: CHANNEL, name: "g" }],
          roles,
          members,
          botCanManageRoles: false,
        },
      ],
    });
    const deniedClient = await login(denied);
    const alice = await deniedClient.guilds.cache.get(GUILD)?.members.fetch(ALICE);
    await expect(alice?.roles.add("1400000000000000001")).rejects.toMatchObject({
      status: 403,
      code: 50013,
      message: "Missing Permissions",
    });

    const allowed = await start({
      guilds: [{ id: GUILD, name: "c", channels: [{ id: CHANNEL, name: "g" }], roles, members }],
    });
    const client = await login(allowed);
    const member = await client.guilds.cache.get(GUILD)?.members.fetch(ALICE);
    await member?.roles.add("1400000000000000001");
    expect(allowed.memberRoles(GUILD, ALICE)).toEqual(["1400000000000000001"]);
  });

  it("GIVEN scheduled events WHEN one starts in the past THEN it is rejected, and an external one with location and end is created", async () => {
    const double = await start();
    const client = await login(double);
    const guild = client.guilds.cache.get(GUILD);
    const inAnHour = Date.now() + 3_600_000;
    const external = {
      name: "Assembly",
      privacyLevel: GuildScheduledEventPrivacyLevel.GuildOnly,
      entityType: GuildScheduledEventEntityType.External,
      entityMetadata: { location: "Town hall" },
    } as const;

    const past = guild?.scheduledEvents.create({
      ...external,
      scheduledStartTime: Date.now() - 60_000,
      scheduledEndTime: inAnHour,
    });
    await expect(past).rejects.toMatchObject({ code: 50035 });
    const event = await guild?.scheduledEvents.create({
      ...external,
      scheduledStartTime: inAnHour,
      scheduledEndTime: inAnHour + 3_600_000,
    });
    expect(event?.entityMetadata?.location).toBe("Town hall");
    expect(double.scheduledEvents(GUILD).map((e) => e.name)).toEqual(["Assembly"]);
  });

  it("GIVEN bad credentials, unknown routes and a 502 THEN replies match Discord and discord.js retries the 5xx", async () => {
    const double = await start();
    const wrong = await fetch(`${double.apiBase}/v10/users/@me`, { headers: { authorization: "Bot nope" } });
    expect([wrong.status, await wrong.json()]).toEqual([401, { message: "401: Unauthorized", code: 0 }]);
    const unknown = await fetch(`${double.apiBase}/v10/nowhere`, {
      headers: { authorization: `Bot ${TOKEN}` },
    });
    expect([unknown.status, await unknown.json()]).toEqual([404, { message: "404: Not Found", code: 0 }]);
    expect(wrong.headers.get("x-ratelimit-bucket")).toBeNull();

    const client = await login(double);
    double.inject5xx({ route: /^POST \/channels\/\d+\/messages$/, status: 502 });
    await (await channelOf(client)).send("after a hiccup");
    const sends = double.requests.filter((r) => r.route === "POST /channels/:channel_id/messages");
    expect(sends.map((r) => r.status)).toEqual([502, 200]);
    const ok = await fetch(`${double.apiBase}/v10/channels/${CHANNEL}/messages`, {
      headers: { authorization: `Bot ${TOKEN}` },
    });
    expect(ok.headers.get("x-ratelimit-limit")).toBe("5");
    expect(ok.headers.get("x-ratelimit-bucket")).toMatch(/^[0-9a-f]{32}$/);
  });

  it("GIVEN a small bucket WHEN the bot bursts messages THEN discord.js honours the headers and never gets a 429", async () => {
    const double = await start({ rateLimit: { limit: 2, windowSeconds: 0.3 } });
    const channel = await channelOf(await login(double));

    const before = Date.now();
    await Promise.all([1, 2, 3, 4, 5].map((n) => channel.send(`announcement ${n}`)));

    const sends = double.requests.filter((r) => r.route === "POST /channels/:channel_id/messages");
    expect(sends.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(Date.now() - before).toBeGreaterThanOrEqual(600);
    expect(double.messages(CHANNEL)).toHaveLength(5);
  });

  it("GIVEN a member's message WHEN the bot lacks MessageContent THEN it sees no content; with it, it does", async () => {
    for (const [extra, expected] of [
      [[], ""],
      [[GatewayIntentBits.MessageContent], "!jura roster"],
    ] as const) {
      const double = await start();
      const client = await login(double, [
        GatewayIntentBits.Guilds,
        GatewayIntentBits.GuildMessages,
        ...extra,
      ]);
      const created = new Promise<Message>((resolve) => client.once(Events.MessageCreate, resolve));
      double.injectMessage({ channelId: CHANNEL, userId: ALICE, content: "!jura roster" });
      const message = await created;
      expect([message.author.id, message.content]).toEqual([ALICE, expected]);
    }
  });

  it("GIVEN the 3 s window WHEN the bot answers late THEN 10062; a deferred reply's first follow-up edits it; modals round-trip", async () => {
    const double = await start({ interactionResponseWindowMs: 100 });
    const client = await login(double);
    await client.application.commands.set(COMMANDS, GUILD);

    let next = nextInteraction(client);
    double.injectChatInput({ commandName: "ping", userId: ALICE });
    const late = await next;
    await new Promise((resolve) => setTimeout(resolve, 150));
    await expect(late.reply("too late")).rejects.toMatchObject({ code: 10062, status: 404 });

    next = nextInteraction(client);
    const deferred = double.injectChatInput({ commandName: "ping", userId: ALICE });
    const slow = await next;
    await slow.deferReply({ flags: MessageFlags.Ephemeral });
    const first = await slow.followUp("done");
    const record = double.interaction(deferred.id);
    expect([first.id, first.flags.has(MessageFlags.Ephemeral)]).toEqual([record.original?.id, true]);
    expect(record.steps.map((s) => s.kind)).toEqual(["callback", "edit-original"]);

    next = nextInteraction(client);
    const asking = double.injectChatInput({ commandName: "ping", userId: BOB });
    await (await next).showModal({
      custom_id: "why",
      title: "Tell us",
      components: [{ type: 1, components: [{ type: 4, custom_id: "reason", label: "Reason", style: 1 }] }],
    });
    const submitted = new Promise<ModalSubmitInteraction>((resolve) =>
      client.once(Events.InteractionCreate, (i) => i.isModalSubmit() && resolve(i)),
    );
    double.injectModalSubmit({ interactionId: asking.id, userId: BOB, fields: { reason: "rotation" } });
    expect((await submitted).fields.getTextInputValue("reason")).toBe("rotation");
  });

  it("GIVEN modals THEN those breaking Discord's documented limits are refused with 50035, and a Label's text input comes back as Discord sends it, within its lengths", async () => {
    const double = await start();
    const client = await login(double);
    await client.application.commands.set(COMMANDS, GUILD);
    const input = { type: 4, custom_id: "why", style: 2, min_length: 1, max_length: 500, required: true };
    const bad = [
      { custom_id: "m", title: "x".repeat(46), components: [{ type: 18, label: "Why?", component: input }] },
      { custom_id: "m", title: "t", components: [] },
      {
        custom_id: "m",
        title: "t",
        components: [{ type: 18, label: "Why?", component: { ...input, label: "x" } }],
      },
      {
        custom_id: "m",
        title: "t",
        components: [{ type: 18, label: "Why?", component: { ...input, max_length: 4001 } }],
      },
      {
        custom_id: "m",
        title: "t",
        components: [{ type: 18, label: "Why?", component: { ...input, min_length: 9, max_length: 8 } }],
      },
      { custom_id: "m", title: "t", components: [{ type: 18, label: "y".repeat(46), component: input }] },
      {
        custom_id: "m",
        title: "t",
        components: [{ type: 18, label: "Why?", description: "d".repeat(101), component: input }],
      },
      { custom_id: "m", title: "t", components: [{ type: 1, components: [{ ...input }] }] },
      {
        custom_id: "m",
        title: "t",
        components: [{ type: 18, label: "Why?", component: { ...input, style: 3 } }],
      },
      { custom_id: "m", title: "t", components: [{ type: 2, label: "Press", style: 1, custom_id: "b" }] },
    ];
    for (const modal of bad) {
      const next = nextInteraction(client);
      double.injectChatInput({ commandName: "ping", userId: ALICE });
      await expect((await next).showModal(modal as never), JSON.stringify(modal)).rejects.toMatchObject({
        code: 50035,
      });
    }

    const next = nextInteraction(client);
    const asking = double.injectChatInput({ commandName: "ping", userId: BOB });
    await (await next).showModal({
      custom_id: "objection",
      title: "Object to proposal #7",
      components: [{ type: 18, label: "Why?", description: "Others read it.", component: input }],
    } as never);
    expect(() => double.injectModalSubmit({ interactionId: asking.id, userId: BOB, fields: {} })).toThrow(
      'field "why" is required',
    );
    expect(() =>
      double.injectModalSubmit({ interactionId: asking.id, userId: BOB, fields: { why: "w".repeat(501) } }),
    ).toThrow('field "why" takes 1-500 characters, got 501');
    const submitted = new Promise<ModalSubmitInteraction>((resolve) =>
      client.once(Events.InteractionCreate, (i) => i.isModalSubmit() && resolve(i)),
    );
    const record = double.injectModalSubmit({
      interactionId: asking.id,
      userId: BOB,
      fields: { why: "no money" },
    });
    expect((record.payload.data as { components: unknown[] }).components).toEqual([
      { type: 18, id: 1, component: { type: 4, id: 2, custom_id: "why", value: "no money" } },
    ]);
    const modal = await submitted;
    expect([modal.customId, modal.fields.getTextInputValue("why")]).toEqual(["objection", "no money"]);
  });

  it("GIVEN a zombie connection or a RECONNECT WHEN the client recovers THEN it resumes the same session", async () => {
    const double = await start({ heartbeatIntervalMs: 100 });
    await login(double);

    double.setHeartbeatAck(false);
    await double.waitFor(() => double.gatewayStats.resumes >= 1, {
      description: "a resume after a missed ack",
    });
    double.setHeartbeatAck(true);
    await double.waitFor(() => double.liveSessions === 1);
    double.requestReconnect();
    await double.waitFor(() => double.gatewayStats.resumes >= 2, { description: "a resume after op 7" });
    expect(double.gatewayStats.identifies).toBe(1);
  });
});

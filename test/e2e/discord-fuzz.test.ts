import { ApplicationCommandOptionType, GatewayDispatchEvents, InteractionType } from "discord-api-types/v10";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChatInputInjection, InteractionRecord } from "../doubles/discord/index.js";
import { DiscordWorld, GARDEN, GUILD, messageText, PEOPLE } from "../support/discord-world.js";
import { type CapturedLog, capturedLog, fuzzSeed, watchUnhandled } from "../support/fuzz.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const UNKNOWN_USER = "1399999999999999999";
const UNKNOWN_CHANNEL = "1299999999999999999";

type Json = Record<string, unknown>;

/** Valid commands the fuzzer starts from (each accepted by the double as a client would send it). */
const BASES: ReadonlyArray<Omit<ChatInputInjection, "userId">> = [
  { commandName: "circle", subcommand: "show" },
  { commandName: "circle", subcommand: "join", options: { circle: "Fuzz Garden" } },
  { commandName: "circle", subcommand: "create", options: { name: "Another", place: GARDEN } },
  {
    commandName: "mandate",
    subcommand: "grant",
    options: { person: PEOPLE.bob, scope: "speak", until: "30d" },
  },
  { commandName: "poll", subcommand: "vote", options: { id: 1, choice: "1" } },
  { commandName: "poll", subcommand: "show", options: { id: 1 } },
  { commandName: "recall", options: { person: PEOPLE.bob } },
  { commandName: "help", options: { topic: "circle" } },
];

const oddText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "\u200b",
    "\u202e",
    "\u2028",
    "\ud800",
    "@everyone",
    "<@&1>",
    'x:y z:"w',
  ),
  fc.integer({ min: 100, max: 7_000 }).map((n) => "y".repeat(n)),
);
/** An option value of any JSON type: what a stale or hostile client could put there. */
const anyValue = fc.oneof(
  oddText,
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constantFrom(0, -1, 2 ** 53, -(2 ** 63), 1e308, true, false, null, UNKNOWN_USER, UNKNOWN_CHANNEL),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
);
/** Usually a plausible value, sometimes anything. */
const mostly = <T>(plausible: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 6, arbitrary: plausible }, { weight: 1, arbitrary: anyValue });
const optionType = fc.constantFrom(3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2, 99);

/** A way to spoil a valid INTERACTION_CREATE payload. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("value" as const), value: anyValue }),
  fc.record({ kind: fc.constant("type" as const), type: optionType }),
  fc.record({ kind: fc.constant("extra" as const), name: oddText, type: optionType, value: anyValue }),
  fc.record({ kind: fc.constant("subcommand" as const), name: oddText }),
  fc.record({
    kind: fc.constant("command" as const),
    name: oddText,
    id: fc.constantFrom("1", "9".repeat(19)),
  }),
  fc.record({ kind: fc.constant("unresolved" as const) }),
  fc.record({ kind: fc.constant("autocomplete" as const), value: anyValue }),
  // PING (sent only to HTTP endpoints) and a type from the future; other types come with their own data below.
  fc.record({ kind: fc.constant("interactionType" as const), type: fc.constantFrom(1, 99) }),
  fc.record({
    kind: fc.constant("user" as const),
    id: fc.constantFrom(UNKNOWN_USER, PEOPLE.dave, PEOPLE.erin),
  }),
);

/** The options under the subcommand (or the command's own), where values live. */
function leafOptions(data: Json): Json[] {
  const options = (data.options as Json[] | undefined) ?? [];
  const [first] = options;
  if (first && first.type === ApplicationCommandOptionType.Subcommand) {
    first.options ??= [];
    return first.options as Json[];
  }
  data.options = options;
  return options;
}

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function spoil(payload: Json, mutations: readonly Mutation[]): Json {
  const data = payload.data as Json;
  for (const m of mutations) {
    const leaves = leafOptions(data);
    const target = leaves[0];
    switch (m.kind) {
      case "value":
        if (target) target.value = m.value;
        break;
      case "type":
        if (target) target.type = m.type;
        break;
      case "extra":
        leaves.push({ name: m.name, type: m.type, value: m.value });
        break;
      case "subcommand": {
        const [first] = (data.options as Json[]) ?? [];
        if (first && first.type === ApplicationCommandOptionType.Subcommand) first.name = m.name;
        break;
      }
      case "command":
        data.name = m.name;
        data.id = m.id;
        break;
      case "unresolved":
        delete data.resolved;
        break;
      case "autocomplete":
        payload.type = InteractionType.ApplicationCommandAutocomplete;
        if (target) {
          target.focused = true;
          target.value = m.value;
        }
        break;
      case "interactionType":
        payload.type = m.type;
        break;
      case "user": {
        const member = payload.member as Json;
        member.user = { ...(member.user as Json), id: m.id };
        break;
      }
    }
  }
  return payload;
}

const frame = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant("interaction" as const),
      base: fc.constantFrom(...BASES),
      mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("button" as const),
      customId: fc.oneof(
        oddText,
        fc.constantFrom(
          "jura:vote:1:1",
          "jura:vote:1:99",
          "jura:vote:999999999:1",
          "jura:rsvp:1:yes",
          "jura:rsvp:7:no",
          "jura:proposal:1:agree",
          "jura:proposal:1:abstain",
          "jura:proposal:1:object",
          "jura:proposal:999999999:block",
        ),
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("other" as const),
      type: fc.constantFrom(InteractionType.MessageComponent, InteractionType.ModalSubmit),
      customId: fc.oneof(
        oddText,
        fc.constantFrom(
          "jura:proposal-why:1:object",
          "jura:proposal-why:1:block",
          "jura:proposal-why:9:object",
        ),
      ),
      values: fc.array(oddText, { maxLength: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("vote" as const),
      add: fc.boolean(),
      data: fc.record(
        {
          user_id: mostly(fc.constantFrom(PEOPLE.bob, PEOPLE.alice, PEOPLE.dave, UNKNOWN_USER)),
          channel_id: mostly(fc.constantFrom(GARDEN, UNKNOWN_CHANNEL)),
          message_id: mostly(fc.constantFrom("poll", "poll", UNKNOWN_CHANNEL)),
          guild_id: mostly(fc.constant(GUILD)),
          answer_id: mostly(fc.constantFrom(1, 2, 3, 0, -1, 11)),
        },
        { requiredKeys: [] },
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("control" as const) }) },
);

describe("Discord interactions and gateway frames as nobody should send them", () => {
  let world: DiscordWorld;
  let captured: CapturedLog;
  let pollMessage: Json;

  beforeAll(async () => {
    captured = capturedLog("debug");
    world = await DiscordWorld.create({ log: captured.log, bot: { deferAfterMs: 1_000 } });
    await world.start();
    await world.say("alice", "circle create", { name: "Fuzz Garden", open: true });
    await world.say("bob", "circle join");
    // Proposal #1, so that its buttons and its why-modal reach a real proposal.
    await world.say("alice", "rotation create", { role: "cook", every: "weekly on monday 18:00" });
    await world.say("alice", "poll start", { question: "Beans?", options: "yes|no|maybe", closes: "3d" });
    pollMessage = (await world.double.waitForMessage(GARDEN, (m) => m.poll !== undefined)) as unknown as Json;
  });

  afterAll(async () => {
    await world?.close();
  });

  it("GIVEN what the fuzzer found (a number for /help's text topic, a modal Jura never opened, a vote frame with text for an answer) THEN each is answered or ignored cleanly", async () => {
    const { double } = world;
    const errorsBefore = captured.errors().length;
    const help = double.chatInputPayload({
      commandName: "help",
      options: { topic: "circle" },
      userId: PEOPLE.bob,
    });
    const spoiled = structuredClone(help) as unknown as Json;
    (((spoiled.data as Json).options as Json[])[0] as Json).value = 0;
    const modal = {
      ...(structuredClone(help) as unknown as Json),
      type: InteractionType.ModalSubmit,
      data: {
        custom_id: "nothing",
        components: [{ type: 1, components: [{ type: 4, custom_id: "x", value: "y" }] }],
      },
    };
    const [helpRecord, modalRecord] = [
      double.injectRawInteraction(spoiled),
      double.injectRawInteraction(modal),
    ];
    double.dispatch(GatewayDispatchEvents.MessagePollVoteAdd, {
      user_id: PEOPLE.bob,
      channel_id: GARDEN,
      guild_id: GUILD,
      message_id: pollMessage.id,
      answer_id: '1 circle:"Fuzz Garden"',
    });
    const helpAnswer = await double.interactionResponse(helpRecord.id);
    expect(JSON.stringify(helpAnswer.data)).toContain("circle");
    const modalAnswer = await double.interactionResponse(modalRecord.id);
    expect(modalAnswer.data).toMatchObject({
      content: "This no longer does anything: use Jura's slash commands.",
      flags: 64,
    });
    expect(captured.entries.some((e) => e.msg === "a malformed poll vote frame: ignored")).toBe(true);
    expect(captured.errors().slice(errorsBefore)).toEqual([]);
  });

  it("GIVEN random slash commands with wrong option types, huge values and unknown ids, odd buttons and poll vote frames THEN nothing fails inside and every interaction is answered exactly once", async () => {
    const seed = fuzzSeed("discord adapter");
    const unhandled = watchUnhandled();
    const { double } = world;
    let frames = 0;
    const started = performance.now();
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(frame, { minLength: 1, maxLength: 6 }), async (items) => {
          const injected: InteractionRecord[] = [];
          const controls: string[] = [];
          const errorsBefore = captured.errors().length;
          for (const item of items) {
            frames++;
            if (item.kind === "interaction") {
              const payload = structuredClone(
                double.chatInputPayload({ ...item.base, userId: PEOPLE.alice, channelId: GARDEN }),
              ) as unknown as Json;
              injected.push(double.injectRawInteraction(spoil(payload, item.mutations)));
            } else if (item.kind === "button") {
              const base = double.chatInputPayload({
                commandName: "circle",
                subcommand: "show",
                userId: PEOPLE.bob,
              });
              injected.push(
                double.injectRawInteraction({
                  ...(base as unknown as Json),
                  type: InteractionType.MessageComponent,
                  data: { custom_id: item.customId, component_type: 2 },
                  message: pollMessage,
                }),
              );
            } else if (item.kind === "other") {
              // A select menu Jura never sends, or a modal (maybe a why-modal, maybe not): still answered.
              const base = double.chatInputPayload({
                commandName: "circle",
                subcommand: "show",
                userId: PEOPLE.bob,
              });
              const select = item.type === InteractionType.MessageComponent;
              injected.push(
                double.injectRawInteraction({
                  ...(base as unknown as Json),
                  type: item.type,
                  data: select
                    ? { custom_id: item.customId, component_type: 3, values: item.values }
                    : {
                        custom_id: item.customId,
                        components: [
                          {
                            type: 1,
                            components: [{ type: 4, custom_id: item.customId, value: item.values[0] ?? "" }],
                          },
                        ],
                      },
                  ...(select ? { message: pollMessage } : {}),
                }),
              );
            } else if (item.kind === "vote") {
              const data = {
                ...item.data,
                message_id: item.data.message_id === "poll" ? pollMessage.id : item.data.message_id,
              };
              double.dispatch(
                item.add
                  ? GatewayDispatchEvents.MessagePollVoteAdd
                  : GatewayDispatchEvents.MessagePollVoteRemove,
                data,
              );
            } else {
              const record = double.injectChatInput({
                commandName: "circle",
                subcommand: "show",
                userId: PEOPLE.carol,
              });
              injected.push(record);
              controls.push(record.id);
            }
          }
          // Discord sends PING only to HTTP endpoints, and an unknown type is nothing discord.js reads.
          const answerable = injected.filter((r) => [2, 3, 4, 5].includes(r.payload.type));
          const answered = await double.waitFor(
            () => {
              const records = answerable.map((r) => double.interaction(r.id));
              const done = records.every(
                (r) => r.callback && !(r.original?.flags !== undefined && (r.original.flags & 128) !== 0),
              );
              return done ? records : undefined;
            },
            { timeoutMs: 15_000, description: "an answer to every interaction" },
          );
          expect(captured.errors().slice(errorsBefore)).toEqual([]);
          expect(unhandled.rejections).toEqual([]);
          expect(double.internalErrors).toEqual([]);
          const twice = double.requests.filter(
            (r) => r.route === "POST /interactions/:interaction_id/:token/callback" && r.status >= 400,
          );
          expect(twice.map((r) => `${r.status} ${JSON.stringify(r.body).slice(0, 200)}`)).toEqual([]);
          for (const record of answered) {
            const shown = [record.callback?.data, record.original, ...record.followUps]
              .map((m) => JSON.stringify(m ?? ""))
              .join("\n");
            expect(shown).not.toMatch(/something went wrong on my side|\\n\s+at /);
          }
          for (const id of controls) {
            const record = double.interaction(id);
            const shown = record.followUps.at(-1) ?? record.original;
            expect(messageText(shown ?? { content: "" })).toContain("Fuzz Garden");
          }
        }),
        { seed, numRuns: RUNS },
      );
      // Votes on unknown messages are looked up for a second before they are dropped.
      await new Promise((r) => setTimeout(r, 1_500));
      expect(captured.errors()).toEqual([]);
      expect(unhandled.rejections).toEqual([]);
    } finally {
      unhandled.stop();
    }
    const seconds = (performance.now() - started) / 1000;
    const votes = captured.entries.filter((e) => /^a?\s?native poll vote/.test(String(e.msg))).length;
    const malformed = captured.entries.filter((e) => e.msg === "a malformed poll vote frame: ignored").length;
    console.info(
      `[discord adapter fuzz] ${RUNS} runs, ${frames} frames in ${seconds.toFixed(1)} s; ${votes} votes reached the core, ${malformed} malformed vote frames ignored`,
    );
  }, 180_000);
});

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MatrixAdapter } from "../../src/adapters/matrix/adapter.js";
import type { JuraMatrixClient } from "../../src/adapters/matrix/client.js";
import { DirectRooms } from "../../src/adapters/matrix/direct-rooms.js";
import { PendingReplies } from "../../src/adapters/matrix/pending-replies.js";
import { PollStarts } from "../../src/adapters/matrix/poll-starts.js";
import { ProposalPosts } from "../../src/adapters/matrix/proposal-posts.js";
import { MatrixSender } from "../../src/adapters/matrix/send.js";
import { FederationSpaces } from "../../src/adapters/matrix/spaces.js";
import { PostgresStorageProvider } from "../../src/adapters/matrix/storage.js";
import { Jura } from "../../src/app/jura.js";
import { Registry } from "../../src/core/commands/registry.js";
import { DEFAULT_LIMITS } from "../../src/core/limits.js";
import { convergenceIdForMessage } from "../../src/store/platform-messages.js";
import { unitOfWork } from "../../src/store/store.js";
import { backends, type TestDatabase } from "../support/databases.js";
import { type CapturedLog, capturedLog, fuzzSeed, watchUnhandled } from "../support/fuzz.js";
import { TestClock } from "../support/harness.js";
import { FakeMatrixHomeserver } from "../support/matrix-fake-homeserver.js";

const BOT = "@jura:test";
const ALICE = "@alice:test";
const BOB = "@bob:test";
const GARDEN = "!garden:test";
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

/** Anything at all, including what JSON never carries in a well-formed event. */
const junk = fc.oneof(
  fc.anything({ maxDepth: 2, maxKeys: 4 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(null, undefined, 0, -1, 1e308, Number.NaN, true, [], {}, "", "\u0000", "\u202e"),
);
/** Strings people and hostile clients send: odd unicode, control characters, very long text. */
const oddText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.constantFrom("\u200b", "\u202e\u2066", "\u2028\u2029", "\ud800", "ｊｕｒａ", "🧑‍🌾".repeat(50)),
  fc.integer({ min: 4_000, max: 70_000 }).map((n) => "x".repeat(n)),
);
const commandLike = fc.oneof(
  fc.constantFrom(
    "!jura",
    "!jura help",
    "!jura circle show",
    "!jura circle create",
    '!jura circle create "never closed',
    "!jura circle set purpose:",
    "!jura poll vote 1 1",
    "!jura poll vote 99999999999 1",
    "!jura space adopt",
    "!jura mandate grant @x:test",
    `${BOT} circle show`,
    "jura: circle list",
    "!jura circle create X place:discord:1/2",
    "!jura circle create X place:!elsewhere:test",
  ),
  fc.tuple(fc.constantFrom("!jura ", `${BOT}: `, "!jura circle "), oddText).map(([a, b]) => a + b),
);
const html = fc.oneof(
  oddText,
  fc.constantFrom(
    `<a href="https://matrix.to/#/${BOT}">Jura</a>: circle show`,
    `<mx-reply><a href="https://matrix.to/#/${BOT}">x</a>`,
    "<a href='https://matrix.to/#/@".repeat(2_000),
  ),
);
const relation = fc.oneof(
  junk,
  fc.record(
    {
      rel_type: fc.oneof(fc.constantFrom("m.thread", "m.reference", "m.annotation", "m.replace"), junk),
      event_id: fc.oneof(fc.constantFrom("$root", "$x:test", `$${"a".repeat(300)}`), junk),
      key: fc.oneof(fc.constantFrom("👍", "🤔", "👎", "👍🏽"), junk),
      is_falling_back: junk,
      "m.in_reply_to": fc.oneof(fc.record({ event_id: fc.oneof(fc.constant("$x"), junk) }), junk),
    },
    { requiredKeys: [] },
  ),
);
const pollResponse = fc.record(
  { answers: fc.oneof(fc.array(fc.oneof(fc.constantFrom("1", "2", "99"), junk), { maxLength: 3 }), junk) },
  { requiredKeys: [] },
);
const content = fc.oneof(
  junk,
  fc.record(
    {
      msgtype: fc.oneof(fc.constantFrom("m.text", "m.notice", "m.emote"), junk),
      body: fc.oneof(commandLike, oddText, junk),
      format: fc.oneof(fc.constant("org.matrix.custom.html"), junk),
      formatted_body: fc.oneof(html, junk),
      "m.relates_to": relation,
      "m.mentions": fc.oneof(fc.record({ user_ids: fc.oneof(fc.constant([BOT]), junk) }), junk),
      "org.matrix.msc3381.poll.response": pollResponse,
      "m.poll.response": pollResponse,
      "org.matrix.msc3381.poll.start": fc.oneof(
        fc.record(
          {
            question: fc.oneof(fc.record({ body: oddText }), junk),
            answers: fc.oneof(
              fc.array(fc.record({ id: fc.oneof(fc.string(), junk), "org.matrix.msc1767.text": oddText })),
              junk,
            ),
          },
          { requiredKeys: [] },
        ),
        junk,
      ),
    },
    { requiredKeys: [] },
  ),
);
const eventType = fc.oneof(
  fc.constantFrom(
    "m.room.message",
    "m.room.message",
    "m.reaction",
    "org.matrix.msc3381.poll.response",
    "m.poll.response",
    "org.matrix.msc3381.poll.start",
    "org.matrix.msc3381.poll.end",
    "m.poll.end",
    "m.room.encrypted",
    "m.room.encryption",
  ),
  junk,
);
let counter = 0;
const malformed = fc.record(
  {
    type: eventType,
    sender: fc.oneof(fc.constantFrom(ALICE, BOB, BOT, "@mallory:elsewhere", "alice", ""), junk),
    event_id: fc.oneof(
      fc.constant(null).map(() => `$fuzz${++counter}`),
      junk,
    ),
    content,
  },
  { requiredKeys: [] },
);
/** Well-formed envelopes around hostile content: what a real client could send to a real room. */
const nearValid = fc.oneof(
  fc.record({
    type: fc.constant("m.room.message"),
    sender: fc.constantFrom(ALICE, BOB, "@mallory:elsewhere"),
    event_id: fc.constant(null).map(() => `$near${++counter}`),
    content: fc.record(
      {
        msgtype: fc.constant("m.text"),
        body: fc.oneof(commandLike, commandLike, oddText),
        format: fc.constant("org.matrix.custom.html"),
        formatted_body: fc.oneof(html, junk),
        "m.relates_to": relation,
        "m.mentions": fc.oneof(fc.record({ user_ids: fc.oneof(fc.constant([BOT]), junk) }), junk),
      },
      { requiredKeys: ["msgtype", "body"] },
    ),
  }),
  fc.record({
    type: fc.constantFrom("org.matrix.msc3381.poll.response", "m.poll.response", "m.reaction"),
    sender: fc.constantFrom(ALICE, BOB, "@mallory:elsewhere"),
    event_id: fc.constant(null).map(() => `$near${++counter}`),
    content: fc.record({
      "m.relates_to": fc.record(
        {
          rel_type: fc.constantFrom("m.reference", "m.annotation"),
          event_id: fc.constant(null).map(() => pollStartId),
          key: fc.oneof(fc.constantFrom("👍", "👎"), junk),
        },
        { requiredKeys: ["rel_type", "event_id"] },
      ),
      "org.matrix.msc3381.poll.response": pollResponse,
      "m.poll.response": pollResponse,
    }),
  }),
);
/** The start event of the poll opened in setup, for responses that reach a real poll. */
let pollStartId = "$unknown";
const roomId = fc.oneof(
  fc.constant(GARDEN),
  fc.constant(GARDEN),
  fc.constantFrom("!dm:test", "", "garbage"),
  junk,
);
/** What a run feeds the adapter: malformed events, with well-formed commands among them. */
const batch = fc.array(
  fc.oneof(
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("junk" as const), roomId, event: malformed }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant("junk" as const),
        roomId: fc.constant(GARDEN),
        event: nearValid,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("command" as const),
        sender: fc.constantFrom(ALICE, BOB),
        body: fc.constantFrom(
          "!jura circle show",
          "!jura help circle",
          "!jura circle list",
          "!jura poll list",
        ),
        thread: fc.boolean(),
        redeliver: fc.boolean(),
      }),
    },
  ),
  { minLength: 1, maxLength: 10 },
);

describe.each(backends())("the Matrix adapter fed malformed events on $name", (backend) => {
  let database: TestDatabase;
  let homeserver: FakeMatrixHomeserver;
  let adapter: MatrixAdapter;
  let captured: CapturedLog;

  beforeAll(async () => {
    database = await backend.open();
    captured = capturedLog("info");
    const { db } = database;
    homeserver = new FakeMatrixHomeserver(BOT, [GARDEN, "!dm:test"]);
    homeserver.members.set("!dm:test", [BOT, ALICE]);
    const client = homeserver as unknown as JuraMatrixClient;
    const storage = new PostgresStorageProvider(db, BOT);
    const polls = new PollStarts(db);
    const uow = unitOfWork(db);
    const jura = new Jura({
      registry: new Registry(),
      uow,
      clock: new TestClock(new Date()),
      log: captured.log,
      // The fuzz sends far more than a person's rate in a minute; the rate is tested elsewhere.
      limits: {
        ...DEFAULT_LIMITS,
        commandsPerPersonPerMinute: 1_000_000,
        commandsPerPlacePerMinute: 1_000_000,
      },
    });
    const sender = new MatrixSender(client, captured.log, polls);
    adapter = new MatrixAdapter({
      client,
      sender,
      spaces: new FederationSpaces(client, storage, captured.log),
      pending: new PendingReplies(storage),
      polls,
      proposals: new ProposalPosts(db),
      direct: new DirectRooms(client, storage, captured.log),
      convergenceOf: (eventId) => convergenceIdForMessage(db, eventId),
      jura,
      uow,
      registry: new Registry(),
      log: captured.log,
      bot: { userId: BOT, displayName: "Jura" },
      allowedInviters: [],
    });
    adapter.attach();
    const say = (sender: string, body: string) =>
      homeserver.emit("room.event", GARDEN, {
        type: "m.room.message",
        sender,
        event_id: `$setup${++counter}`,
        content: { msgtype: "m.text", body },
      });
    say(ALICE, "!jura circle create Fuzz Garden");
    say(BOB, "!jura circle join");
    say(ALICE, '!jura poll start Beans? options:"yes|no" closes:3d');
    await adapter.settle();
    // The poll's start, as the delivery worker would post it (no job runtime here).
    const transport = sender.transport(Promise.resolve());
    const rows = await db.selectFrom("outbox").selectAll().where("deliveredAt", "is", null).execute();
    for (const row of rows.filter((r) => r.place.startsWith("matrix:"))) {
      const platformMessageId = await transport.send(row);
      await db
        .updateTable("outbox")
        .set({ platformMessageId, deliveredAt: new Date() })
        .where("id", "=", row.id)
        .execute();
    }
    expect(homeserver.sent.map((e) => String(e.content.body)).join("\n")).toContain("“Fuzz Garden” is born");
    pollStartId = homeserver.sent.find((e) => e.type === "org.matrix.msc3381.poll.start")?.eventId ?? "";
    expect(pollStartId).not.toBe("");
  });

  afterAll(() => database?.close());

  it("GIVEN random batches of malformed events (wrong types, missing fields, huge fields, odd unicode, bad relations, polls and reactions) with commands among them THEN nothing fails inside, and each command is answered once", async () => {
    const seed = fuzzSeed("matrix adapter");
    const unhandled = watchUnhandled();
    let events = 0;
    let answeredJunk = 0;
    const started = performance.now();
    try {
      await fc.assert(
        fc.asyncProperty(batch, async (items) => {
          const commands: string[] = [];
          const before = homeserver.sent.length;
          const errorsBefore = captured.errors().length;
          for (const item of items) {
            events++;
            if (item.kind === "junk") {
              homeserver.emit("room.event", item.roomId, item.event);
              continue;
            }
            const eventId = `$command${++counter}`;
            commands.push(eventId);
            const event = {
              type: "m.room.message",
              sender: item.sender,
              event_id: eventId,
              content: {
                msgtype: "m.text",
                body: item.body,
                ...(item.thread ? { "m.relates_to": { rel_type: "m.thread", event_id: "$root" } } : {}),
              },
            };
            homeserver.emit("room.event", GARDEN, event);
            if (item.redeliver) homeserver.emit("room.event", GARDEN, structuredClone(event));
          }
          await adapter.settle();
          const replies = homeserver.sent.slice(before);
          answeredJunk += replies.filter(
            (r) => !commands.some((id) => homeserver.repliesTo(id).includes(r)),
          ).length;
          expect(captured.errors().slice(errorsBefore)).toEqual([]);
          expect(unhandled.rejections).toEqual([]);
          for (const reply of replies) {
            expect(String(reply.content.body)).not.toMatch(/something went wrong on my side|\n\s+at /);
          }
          for (const eventId of commands) {
            const answers = homeserver.repliesTo(eventId);
            expect(answers, `replies to ${eventId}`).toHaveLength(1);
            expect(answers[0]?.content.msgtype).toBe("m.notice");
          }
        }),
        { seed, numRuns: RUNS },
      );
    } finally {
      unhandled.stop();
    }
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `[matrix adapter fuzz] ${RUNS} runs, ${events} events in ${seconds.toFixed(1)} s; ${answeredJunk} answers to fuzzed events`,
    );
    expect(
      answeredJunk,
      "the fuzzed events never reached a command: the fuzzer proves nothing",
    ).toBeGreaterThan(RUNS / 4);
  }, 120_000);

  it("GIVEN a command in an envelope no homeserver sends (a NUL room id, an empty sender and event id) THEN it is dropped, nothing fails", async () => {
    const before = homeserver.sent.length;
    const errorsBefore = captured.errors().length;
    homeserver.emit("room.event", "\u0000", {
      type: "m.room.message",
      sender: "",
      event_id: "",
      content: { msgtype: "m.text", body: "!jura \u200b" },
    });
    homeserver.emit("room.event", "!nul\u0000:test", {
      type: "m.room.message",
      sender: ALICE,
      event_id: "$nul-room",
      content: { msgtype: "m.text", body: "!jura circle list" },
    });
    await adapter.settle();
    expect(captured.errors().slice(errorsBefore)).toEqual([]);
    expect(homeserver.sent.length).toBe(before);
  });
});

import { MessageType } from "discord-api-types/v10";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiscordBot } from "../../src/adapters/discord/bot.js";
import { RetryAfterError } from "../../src/core/errors.js";
import type { OutgoingMessage, PollStartPayload } from "../../src/core/ports.js";
import { type DiscordDouble, startDiscordDouble } from "../doubles/discord/index.js";
import { APP, BOT, GARDEN, GUILD, messageText, TOKEN } from "../support/discord-world.js";

const place = () => `discord:${GUILD}/${GARDEN}`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

function pollStart(pollId: number, patch: Partial<PollStartPayload> = {}): OutgoingMessage {
  const payload: PollStartPayload = {
    type: "poll-start",
    pollId,
    question: "Lunch on Friday?",
    options: ["Pizza", "Soup"],
    closesAt: inDays(2),
    secret: false,
    ...patch,
  };
  return {
    place: place(),
    key: `poll:${pollId}:start`,
    text: `Poll #${pollId} of “Green Valley”: ${payload.question}\n  1. Pizza\n  2. Soup\nVote with: /poll vote ${pollId} <number or option>, until 2026-03-03 12:00 (UTC). Quorum 50 %; an option needs more than 50 % of votes.`,
    payload,
  };
}

describe("The Discord transport: announcements, polls and their end, sent once", () => {
  let double: DiscordDouble;
  let bot: DiscordBot;

  beforeAll(async () => {
    double = await startDiscordDouble({
      token: TOKEN,
      applicationId: APP,
      botUserId: BOT,
      rateLimit: { limit: 50, windowSeconds: 1 },
      guilds: [
        {
          id: GUILD,
          name: "River",
          channels: [{ id: GARDEN, name: "garden" }],
        },
      ],
    });
    bot = new DiscordBot(
      {
        DISCORD_TOKEN: TOKEN,
        DISCORD_APPLICATION_ID: APP,
        DISCORD_ALLOWED_GUILDS: [],
        DISCORD_API_BASE: double.apiBase,
      },
      pino({ level: "silent" }),
    );
  });

  afterAll(async () => {
    await double?.close();
    expect(double.internalErrors).toEqual([]);
  });

  it("GIVEN the same outbox key sent twice THEN Discord's enforced nonce keeps it to one message", async () => {
    const message = {
      place: place(),
      key: "mandate:1:granted",
      text: "Mandate #1 @1300000000000000001 ends 2026-05-01 18:00 (Europe/Paris).",
    };
    const first = await bot.transport.send(message);
    const second = await bot.transport.send(message);
    expect(second).toBe(first);
    const sent = double.messages(GARDEN).filter((m) => m.id === first);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.content).toMatch(/^Mandate #1 <@1300000000000000001> ends <t:\d+:F>\.$/);
    expect(
      double.requests
        .filter((r) => r.route === "POST /channels/:channel_id/messages")
        .map((r) => (r.body as { enforce_nonce?: boolean }).enforce_nonce),
    ).toEqual([true, true]);
  });

  it("GIVEN a public poll within Discord's limits THEN it becomes a native poll lasting until it closes", async () => {
    const id = await bot.transport.send(pollStart(1));
    const [poll] = double.messages(GARDEN).filter((m) => m.id === id);
    expect(poll?.poll?.answers.map((a) => a.poll_media.text)).toEqual(["Pizza", "Soup"]);
    expect(poll?.poll?.question.text).toBe("Lunch on Friday?");
    expect(poll?.content).toContain("Quorum 50 %");
  });

  it.each([
    ["a secret ballot", { secret: true }],
    ["eleven options", { options: Array.from({ length: 11 }, (_, i) => `Day ${i + 1}`) }],
    ["an answer over 55 characters", { options: ["yes", "y".repeat(56)] }],
    ["a poll longer than 32 days", { closesAt: inDays(33) }],
  ])("GIVEN %s THEN the poll is text with one vote button per option", async (_what, patch) => {
    const pollId = 10 + Math.floor(Math.random() * 1000);
    const id = await bot.transport.send(pollStart(pollId, patch));
    const [message] = double.messages(GARDEN).filter((m) => m.id === id);
    expect(message?.poll).toBeUndefined();
    const buttons = (message?.components ?? []).flatMap((row): unknown[] =>
      "components" in row ? [...row.components] : [],
    );
    expect(buttons.length).toBe((patch as { options?: string[] }).options?.length ?? 2);
    expect(buttons[0]).toMatchObject({ custom_id: `jura:vote:${pollId}:1` });
  });

  it("GIVEN a poll's end, twice THEN the native poll is expired once and one result replies to it", async () => {
    const start = await bot.transport.send(pollStart(2));
    const end: OutgoingMessage = {
      place: place(),
      key: `poll:2:closed:${place()}`,
      text: "Poll #2 closed: “Lunch on Friday?”\nPizza: 1 · Soup: 2\nResult: Soup.",
      payload: { type: "poll-end", pollId: 2, counts: [1, 2], winner: 1, relatesToKey: "poll:2:start" },
      relatesTo: start,
    };
    const result = await bot.transport.send(end);
    expect(await bot.transport.send(end)).toBe(result);
    const messages = double.messages(GARDEN);
    expect(messages.find((m) => m.id === start)?.poll?.results?.is_finalized).toBe(true);
    expect(
      messages.filter((m) => m.type === MessageType.PollResult && m.message_reference?.message_id === start),
    ).toHaveLength(1);
    const reply = messages.find((m) => m.id === result);
    expect(reply?.message_reference?.message_id).toBe(start);
    expect(messageText(reply ?? { content: "" })).toContain("Result: Soup.");
  });

  it("GIVEN a 429 THEN the send throws RetryAfterError with Discord's delay and posts nothing; the retry posts once", async () => {
    const before = double.messages(GARDEN).length;
    double.inject429({ route: `POST /channels/${GARDEN}/messages`, retryAfter: 0.4 });
    const message = { place: place(), key: "rate:1", text: "After a pause" };
    const error = await bot.transport.send(message).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetryAfterError);
    expect((error as RetryAfterError).retryAfterMs).toBeGreaterThanOrEqual(400);
    expect(double.messages(GARDEN)).toHaveLength(before);
    await new Promise((r) => setTimeout(r, (error as RetryAfterError).retryAfterMs));
    await bot.transport.send(message);
    expect(
      double
        .messages(GARDEN)
        .map((m) => m.content)
        .filter((c) => c === "After a pause"),
    ).toHaveLength(1);
  });

  it("GIVEN a long announcement THEN it is sent as an embed rather than refused", async () => {
    const id = await bot.transport.send({ place: place(), key: "long:1", text: "x".repeat(2500) });
    const [message] = double.messages(GARDEN).filter((m) => m.id === id);
    expect(message?.embeds[0]?.description).toHaveLength(2500);
  });

  it("GIVEN a place on another platform THEN the transport refuses it clearly", async () => {
    await expect(
      bot.transport.send({ place: "matrix:!room:example.org", key: "k", text: "t" }),
    ).rejects.toThrow("is not a Discord channel");
  });
});

import { MessageType } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiscordWorld, GARDEN, messageText, PEOPLE } from "../support/discord-world.js";

const DAY = 86_400_000;

describe("Jura on Discord: a circle's poll as a native Discord poll", () => {
  let world: DiscordWorld;
  let pollMessage: string;

  beforeAll(async () => {
    world = await DiscordWorld.create();
    await world.start();
    await world.say("alice", "circle create", { name: "Green Valley", open: true });
    await world.say("bob", "circle join");
    await world.say("carol", "circle join");
  });

  afterAll(async () => {
    await world?.close();
  });

  it("GIVEN /poll start with three options THEN the channel gets a native poll that closes with Jura's poll", async () => {
    const started = await world.say("alice", "poll start", {
      question: "Lunch on Friday?",
      options: "Pizza|Soup|Salad",
      closes: "2d",
    });
    expect(started.ephemeral).toBe(false);
    const poll = await world.double.waitForMessage(GARDEN, (m) => m.poll !== undefined);
    pollMessage = poll.id;
    expect(poll.poll?.question.text).toBe("Lunch on Friday?");
    expect(poll.poll?.answers.map((a) => a.poll_media.text)).toEqual(["Pizza", "Soup", "Salad"]);
    expect(poll.poll?.allow_multiselect).toBe(false);
    const hours = (Date.parse(poll.poll?.expiry ?? "") - Date.parse(poll.timestamp)) / 3_600_000;
    expect(hours).toBe(48);
    expect(poll.content).toContain("Poll #1 of “Green Valley”");
    expect(poll.content).toMatch(/until <t:\d+:F>/);
    await world.delivered();
    const row = await world.db
      .selectFrom("outbox")
      .selectAll()
      .where("key", "=", "poll:1:start")
      .executeTakeFirst();
    expect(row?.platformMessageId).toBe(poll.id);
  });

  it("GIVEN members and a non-member vote natively THEN only the members' latest votes count", async () => {
    world.double.votePoll(GARDEN, pollMessage, PEOPLE.bob, 2);
    world.double.votePoll(GARDEN, pollMessage, PEOPLE.carol, 1);
    world.double.votePoll(GARDEN, pollMessage, PEOPLE.carol, 2);
    world.double.votePoll(GARDEN, pollMessage, PEOPLE.dave, 1);
    const counted = async () => {
      const voters = await world.db
        .selectFrom("pollVoter")
        .select(["person", "choice"])
        .where("pollId", "=", 1)
        .orderBy("person")
        .execute();
      return voters;
    };
    await expect.poll(counted, { timeout: 5_000 }).toEqual([
      { person: `discord:${PEOPLE.alice}`, choice: null },
      { person: `discord:${PEOPLE.bob}`, choice: 1 },
      { person: `discord:${PEOPLE.carol}`, choice: 1 },
    ]);
    const show = await world.say("erin", "poll show", { id: 1 });
    expect(show.text).toContain("Pizza: 0 · Soup: 2");
  });

  it("GIVEN a member withdraws a native vote THEN it no longer counts, and a stale withdrawal keeps the newer vote", async () => {
    const choiceOf = async (person: string) =>
      (
        await world.db
          .selectFrom("pollVoter")
          .select("choice")
          .where("pollId", "=", 1)
          .where("person", "=", `discord:${person}`)
          .executeTakeFirstOrThrow()
      ).choice;
    world.double.votePoll(GARDEN, pollMessage, PEOPLE.alice, 1);
    await expect.poll(() => choiceOf(PEOPLE.alice), { timeout: 5_000 }).toBe(0);
    world.double.unvotePoll(GARDEN, pollMessage, PEOPLE.alice, 1);
    await expect.poll(() => choiceOf(PEOPLE.alice), { timeout: 5_000 }).toBeNull();
    world.double.unvotePoll(GARDEN, pollMessage, PEOPLE.bob, 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(await choiceOf(PEOPLE.bob)).toBe(1);
  });

  it("GIVEN the closing time passes THEN the native poll is ended and Jura posts the counted result in reply to it", async () => {
    await world.advance(2 * DAY + 60_000);
    const result = await world.double.waitForMessage(
      GARDEN,
      (m) => m.message_reference?.message_id === pollMessage && m.type === MessageType.Reply,
    );
    expect(messageText(result)).toContain("Poll #1 closed: “Lunch on Friday?”");
    expect(messageText(result)).toContain("Result: Soup.");
    const ended = world.double.messages(GARDEN).find((m) => m.id === pollMessage);
    expect(ended?.poll?.results?.is_finalized).toBe(true);
    expect(world.double.messages(GARDEN).filter((m) => m.type === MessageType.PollResult)).toHaveLength(1);
  });

  it("GIVEN a secret ballot THEN it is posted with vote buttons, each click is counted and confirmed only to the voter, and nothing public changes per vote", async () => {
    await world.say("alice", "poll start", {
      question: "Spend the budget on seeds?",
      secret: true,
      closes: "1d",
    });
    const ballot = await world.double.waitForMessage(GARDEN, (m) => (m.components?.length ?? 0) > 0);
    expect(ballot.poll).toBeUndefined();
    const seen = () => JSON.stringify(world.double.messages(GARDEN, { as: PEOPLE.erin }));
    const before = seen();

    const answer = await world.click("bob", GARDEN, ballot.id, "jura:vote:2:1");
    expect(answer.data).toMatchObject({ flags: 64 });
    expect(JSON.stringify(answer.data)).toContain(
      "Your secret vote in poll #2 is counted; only you see this.",
    );
    const changed = await world.click("carol", GARDEN, ballot.id, "jura:vote:2:2");
    expect(JSON.stringify(changed.data)).toContain("Your secret vote in poll #2 is counted");
    const outsider = await world.click("dave", GARDEN, ballot.id, "jura:vote:2:2");
    expect(outsider.data).toMatchObject({ flags: 64 });
    expect(JSON.stringify(outsider.data)).toContain("Only members of “Green Valley” can do that");
    const voters = await world.db
      .selectFrom("pollVoter")
      .select(["person", "choice"])
      .where("pollId", "=", 2)
      .where("choice", "is not", null)
      .orderBy("person")
      .execute();
    expect(voters).toEqual([
      { person: `discord:${PEOPLE.bob}`, choice: 0 },
      { person: `discord:${PEOPLE.carol}`, choice: 1 },
    ]);
    // Someone else in the channel sees exactly what they saw before the votes: no new message,
    // no edited ballot, no acknowledgement.
    expect(seen()).toBe(before);
    expect(world.double.messages(GARDEN).find((m) => m.id === ballot.id)?.edited_timestamp).toBeNull();
    const show = await world.say("erin", "poll show", { id: 2 });
    expect(show.text).not.toMatch(/yes: \d|no: \d/);

    await world.advance(DAY + 60_000);
    const closed = await world.double.waitForMessage(GARDEN, (m) =>
      messageText(m).includes("Poll #2 closed"),
    );
    expect(messageText(closed)).toContain("yes: 1 · no: 1");
    expect(world.double.messages(GARDEN).find((m) => m.id === ballot.id)?.components).toEqual([]);
  });

  it("GIVEN a secret ballot WHEN a member votes with the /poll vote slash command THEN the vote counts and its acknowledgement is ephemeral, and so is a withdrawal", async () => {
    await world.say("alice", "poll start", { question: "Share the tools?", secret: true, closes: "1d" });
    await world.double.waitForMessage(GARDEN, (m) => messageText(m).includes("Share the tools?"));
    const quick = await world.say("alice", "poll vote", { id: 3, choice: "yes" });
    expect([quick.ephemeral, quick.text]).toEqual([
      true,
      expect.stringContaining("Your secret vote in poll #3"),
    ]);
    const unvoted = await world.say("alice", "poll unvote", { id: 3 });
    expect(unvoted.ephemeral).toBe(true);
    const count = await world.db
      .selectFrom("pollVoter")
      .select("choice")
      .where("pollId", "=", 3)
      .where("person", "=", `discord:${PEOPLE.alice}`)
      .executeTakeFirstOrThrow();
    expect(count.choice).toBeNull();
  });
});

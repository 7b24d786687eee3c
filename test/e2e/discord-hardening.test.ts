import { type APIMessage, MessageType } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiscordWorld, GARDEN, GUILD, messageText, PEOPLE, proposalIdIn } from "../support/discord-world.js";

const DELEGATE = "1400000000000000001";
const DAY = 86_400_000;
const pinged = (m: APIMessage | null | undefined) => (m?.mentions ?? []).map((u) => u.id).sort();

describe("Jura on Discord: roles follow mandates at once, names do not ping, options say their limits", () => {
  let world: DiscordWorld;

  beforeAll(async () => {
    world = await DiscordWorld.create({
      double: {
        guilds: [
          {
            id: GUILD,
            name: "River",
            channels: [{ id: GARDEN, name: "garden" }],
            roles: [{ id: DELEGATE, name: "Delegate", position: 1 }],
            members: Object.entries(PEOPLE).map(([username, id]) => ({ id, username })),
          },
        ],
      },
      // The periodic sync is the safety net; these tests must pass without it.
      bot: { roleSyncEveryMs: 3_600_000 },
    });
    await world.start();
    await world.say("alice", "circle create", { name: "Green Valley", open: true });
    for (const person of ["bob", "carol", "dave"] as const) await world.say(person, "circle join");
  });

  afterAll(async () => {
    await world?.close();
  });

  it("GIVEN a delegate who renounces, and one who leaves the circle THEN each loses the role at once", async () => {
    await world.say("erin", "circle join");
    await world.decide("alice", "mandate grant", { person: PEOPLE.dave, scope: "keys" }, ["dave"]);
    const proposed = await world.say("alice", "mandate grant", { person: PEOPLE.erin, scope: "money" });
    expect(pinged(proposed.record.original), "the person named in the proposal is told").toEqual([
      PEOPLE.erin,
    ]);
    const posted = await world.double.waitForMessage(GARDEN, (m) =>
      messageText(m).startsWith(`Proposal #${proposalIdIn(proposed.text)} of “Green Valley”`),
    );
    expect(pinged(posted), "the proposal posted for the circle pings nobody").toEqual([]);
    await world.say("erin", "proposal agree", { id: proposalIdIn(proposed.text) });
    await world.closeProposal(proposalIdIn(proposed.text));
    expect(world.double.memberRoles(GUILD, PEOPLE.dave)).toEqual([DELEGATE]);
    expect(world.double.memberRoles(GUILD, PEOPLE.erin)).toEqual([DELEGATE]);
    await world.say("dave", "mandate renounce", { id: 1 });
    await world.say("erin", "circle leave");
    await world.delivered();
    expect(world.double.memberRoles(GUILD, PEOPLE.dave)).toEqual([]);
    expect(world.double.memberRoles(GUILD, PEOPLE.erin)).toEqual([]);
  });

  it("GIVEN bob and carol hold mandates WHEN the circle recalls bob, then carol's expires, both in the sweep THEN each role is taken back at once, and the result pings nobody", async () => {
    await world.decide("alice", "mandate grant", { person: PEOPLE.bob, scope: "the assembly" }, ["bob"]);
    await world.decide("alice", "mandate grant", { person: PEOPLE.carol, scope: "seeds", until: "2d" }, [
      "carol",
    ]);
    expect(world.double.memberRoles(GUILD, PEOPLE.bob)).toEqual([DELEGATE]);
    expect(world.double.memberRoles(GUILD, PEOPLE.carol)).toEqual([DELEGATE]);

    await world.say("alice", "recall", { person: PEOPLE.bob, closes: "1d" });
    const poll = await world.double.waitForMessage(GARDEN, (m) => m.poll !== undefined);
    for (const voter of [PEOPLE.alice, PEOPLE.carol, PEOPLE.dave])
      world.double.votePoll(GARDEN, poll.id, voter, 1);
    await expect
      .poll(
        async () =>
          (await world.db.selectFrom("pollVoter").select("choice").where("choice", "=", 0).execute()).length,
        { timeout: 5_000 },
      )
      .toBe(3);
    await world.advance(DAY + 60_000);
    expect(world.double.memberRoles(GUILD, PEOPLE.bob)).toEqual([]);
    expect(world.double.memberRoles(GUILD, PEOPLE.carol)).toEqual([DELEGATE]);
    const result = world.double
      .messages(GARDEN)
      .find((m) => messageText(m).includes("closed") && messageText(m).includes("recalled"));
    expect(messageText(result as APIMessage)).toContain(`<@${PEOPLE.carol}>`);
    expect(pinged(result), "a result names its voters without pinging them").toEqual([]);

    await world.advance(DAY);
    expect(world.double.memberRoles(GUILD, PEOPLE.carol)).toEqual([]);
    const ended = world.double.messages(GARDEN).find((m) => messageText(m).includes("ended at"));
    expect(pinged(ended)).toEqual([]);

    const syncs = await world.db
      .selectFrom("outbox")
      .select(["key", "platformMessageId"])
      .where("key", "like", "role-sync:%")
      .orderBy("id")
      .execute();
    expect(syncs.map((s) => s.key.replace(/^role-sync:\d+:mandate:\d+:/, ""))).toEqual([
      "granted",
      "granted",
      "renounced",
      "left",
      "granted",
      "granted",
      "recalled",
      "expired",
    ]);
    expect(syncs.every((s) => s.platformMessageId === `role-sync:${GUILD}`)).toBe(true);
    const blank = (m: APIMessage) => m.type !== MessageType.PollResult && messageText(m).trim() === "";
    expect(world.double.messages(GARDEN).filter(blank), "a role sync posts nothing").toEqual([]);
  });

  it("GIVEN a rotation THEN the heads-up pings the person it asks to take over, and nobody else is pinged by the announcements", async () => {
    await world.decide("bob", "rotation create", { role: "cook", every: "daily at 9:30", lead: "12h" }, [
      "alice",
    ]);
    const before = world.double.messages(GARDEN).length;
    await world.advance(2 * DAY);
    const posted = world.double.messages(GARDEN).slice(before);
    const headsUps = posted.filter((m) => messageText(m).startsWith("Heads-up"));
    expect(headsUps.length).toBeGreaterThan(0);
    for (const headsUp of headsUps) {
      const holder = /^Heads-up <@(\d+)>/.exec(messageText(headsUp))?.[1];
      expect(holder).toBeDefined();
      expect(pinged(headsUp)).toEqual([holder]);
    }
    const handoffs = posted.filter((m) => messageText(m).includes("is now cook"));
    expect(handoffs.length).toBeGreaterThan(0);
    for (const handoff of handoffs) expect(pinged(handoff)).toEqual([]);
  });

  it("GIVEN the name option of /circle create THEN it says 1-64 characters, and Discord would not send 65", async () => {
    const registered = world.double.commands().find((c) => c.name === "circle");
    const create = registered?.options?.find((o) => o.name === "create") as
      | { options?: Array<{ name: string; min_length?: number; max_length?: number }> }
      | undefined;
    expect(create?.options?.find((o) => o.name === "name")).toMatchObject({ min_length: 1, max_length: 64 });
    expect(() =>
      world.double.injectChatInput({
        commandName: "circle",
        subcommand: "create",
        userId: PEOPLE.erin,
        guildId: GUILD,
        channelId: GARDEN,
        options: { name: "x".repeat(65) },
      }),
    ).toThrow('option "name" takes at most 64 characters, got 65');
    const fits = await world.say(
      "erin",
      "circle create",
      { name: `Y${"y".repeat(63)}` },
      { channel: GARDEN },
    );
    expect(fits.text).toContain("This place is already the home of circle “Green Valley”");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COUNCIL, DiscordWorld, GARDEN, GUILD, messageText, PEOPLE } from "../support/discord-world.js";

const isCommandPut = (route: string | null) =>
  route === "PUT /applications/:application_id/commands" ||
  route === "PUT /applications/:application_id/guilds/:guild_id/commands";

describe("Jura on Discord: slash commands through discord.js and the Discord double", () => {
  let world: DiscordWorld;

  beforeAll(async () => {
    world = await DiscordWorld.create();
    await world.start();
  });

  afterAll(async () => {
    await world?.close();
  });

  const commandId = (name: string) => world.double.commands().find((c) => c.name === name)?.id ?? "?";

  it("GIVEN a first start THEN every command group is registered once, globally, in one bulk overwrite", () => {
    const puts = world.double.requests.filter((r) => isCommandPut(r.route));
    expect(puts.map((r) => [r.route, r.status])).toEqual([
      ["PUT /applications/:application_id/commands", 200],
    ]);
    expect(
      world.double
        .commands()
        .map((c) => c.name)
        .sort(),
    ).toEqual([
      "aid",
      "calendar",
      "circle",
      "convergence",
      "credit",
      "federation",
      "fund",
      "help",
      "ledger",
      "mandate",
      "me",
      "poll",
      "proposal",
      "propose",
      "recall",
      "reflect",
      "rotation",
      "spokesperson",
      "story",
    ]);
  });

  it("GIVEN /circle create WHEN alice runs it in #garden THEN the channel is the circle's home and the reply is public", async () => {
    const created = await world.say("alice", "circle create", {
      name: "Green Valley",
      purpose: 'Gardens, "seeds" and \\ compost',
      tz: "Europe/Paris",
      open: true,
    });
    expect(created.ephemeral).toBe(false);
    // A command a reply names is a clickable command mention, with the id Discord gave it.
    expect(created.text).toMatch(
      /^Circle “Green Valley” is born, with its home here\. Anyone may join with: <\/circle join:\d+> Green Valley/,
    );
    const circle = await world.db.selectFrom("circle").selectAll().executeTakeFirstOrThrow();
    expect(circle).toMatchObject({
      homePlace: `discord:${GUILD}/${GARDEN}`,
      purpose: 'Gardens, "seeds" and \\ compost',
      createdBy: `discord:${PEOPLE.alice}`,
    });
  });

  it("GIVEN the circle WHEN others join without naming it THEN the circle at home in the channel is meant", async () => {
    for (const person of ["bob", "carol"] as const) {
      const joined = await world.say(person, "circle join");
      expect(joined.text).toMatch(/Welcome to “Green Valley”: \d members now\./);
    }
    const show = await world.say("dave", "circle show");
    expect(show.text).toContain(`Members (3): <@${PEOPLE.alice}>, <@${PEOPLE.bob}>, <@${PEOPLE.carol}>`);
  });

  it("GIVEN a person typing a circle's name THEN autocomplete offers matching circles", async () => {
    await world.say("erin", "circle create", { name: "Greenhouse Collective" }, { channel: COUNCIL });
    const typed = world.double.injectAutocomplete({
      commandName: "circle",
      subcommand: "join",
      userId: PEOPLE.dave,
      channelId: COUNCIL,
      options: { circle: "green" },
      focused: "circle",
    });
    const response = await world.double.interactionResponse(typed.id);
    expect(response).toMatchObject({
      type: 8,
      data: {
        choices: [
          { name: "Green Valley", value: "Green Valley" },
          { name: "Greenhouse Collective", value: "Greenhouse Collective" },
        ],
      },
    });
  });

  it("GIVEN a bad option value THEN the error is ephemeral, explains the problem, and nothing changes", async () => {
    const before = world.double.messages(COUNCIL).length;
    const bad = await world.say(
      "dave",
      "circle create",
      { name: "Moon Base", tz: "Mars/Olympus" },
      { channel: COUNCIL },
    );
    expect(bad.ephemeral).toBe(true);
    expect(bad.text).toContain("tz: unknown timezone");
    expect(bad.text).toMatch(/Usage: <\/circle create:\d+>/);
    expect(world.double.messages(COUNCIL)).toHaveLength(before);
    expect(world.double.messages(COUNCIL, { as: PEOPLE.dave }).at(-1)?.flags).toBe(64);
    const circles = await world.db.selectFrom("circle").select("name").execute();
    expect(circles.map((c) => c.name)).not.toContain("Moon Base");
  });

  it("GIVEN a person option and a mandate THEN the delegate is named with a Discord mention, in the proposal and in the decision's announcement, and dates are local timestamps", async () => {
    const proposed = await world.say("alice", "mandate grant", {
      person: PEOPLE.bob,
      scope: "carry our proposal to the assembly",
      until: "30d",
    });
    expect(proposed.text).toBe(
      `Proposal #1 is open: </mandate grant:${commandId("mandate")}> <@${PEOPLE.bob}> “carry our proposal to the assembly” until:30d. It is posted below for those who decide it.`,
    );
    expect(await world.db.selectFrom("mandate").selectAll().execute()).toEqual([]);
    await world.say("bob", "proposal agree", { id: 1 });
    await world.closeProposal(1);
    const announced = await world.double.waitForMessage(GARDEN, (m) =>
      messageText(m).startsWith("Proposal #1 of “Green Valley” passed"),
    );
    expect(messageText(announced)).toMatch(
      new RegExp(
        `\\nMandate #1 <@${PEOPLE.bob}> for “Green Valley”: carry our proposal .*\\(until <t:\\d+:F>\\).*as decided by “Green Valley” \\(proposal #1: 2 agree, 0 object\\)`,
      ),
    );
    const mandate = await world.db.selectFrom("mandate").selectAll().executeTakeFirstOrThrow();
    expect(mandate.delegate).toBe(`discord:${PEOPLE.bob}`);
  });

  it("GIVEN an open poll THEN autocomplete offers it by number, then its options once the number is given", async () => {
    await world.say("alice", "poll start", { question: "Lunch on Friday?", options: "Pizza|Soup" });
    const typing = (options: Record<string, string | number>, focused: string) =>
      world.double.injectAutocomplete({
        commandName: "poll",
        subcommand: "vote",
        userId: PEOPLE.bob,
        channelId: GARDEN,
        options,
        focused,
      });
    const polls = await world.double.interactionResponse(typing({ id: "" }, "id").id);
    expect(polls.data).toEqual({ choices: [{ name: "#1 Lunch on Friday? (Green Valley)", value: 1 }] });
    const choices = await world.double.interactionResponse(typing({ id: 1, choice: "so" }, "choice").id);
    expect(choices.data).toEqual({ choices: [{ name: "2. Soup", value: "2" }] });
    const voted = await world.say("bob", "poll vote", { id: 1, choice: "2" });
    expect([voted.ephemeral, voted.text]).toEqual([
      true,
      expect.stringContaining("Your vote “Soup” in poll #1"),
    ]);
  });

  it("GIVEN /help WHEN asked about a group THEN only the asker sees the generated help", async () => {
    const help = await world.say("dave", "help", { topic: "poll" });
    expect(help.ephemeral).toBe(true);
    expect(help.text).toContain("poll start");
  });

  it("GIVEN an unchanged set of specs WHEN Jura restarts THEN it registers nothing and still answers", async () => {
    const putsBefore = world.double.requests.filter((r) => isCommandPut(r.route)).length;
    await world.restart();
    expect(world.double.requests.filter((r) => isCommandPut(r.route))).toHaveLength(putsBefore);
    expect(world.double.gatewayStats.identifies).toBe(2);
    const list = await world.say("dave", "circle list");
    expect(list.text).toContain("Circles (2):");
    const messages = world.double.messages(GARDEN).map(messageText);
    expect(messages.some((m) => m.includes("Circles (2):"))).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiscordWorld, GARDEN, GUILD, messageText, PEOPLE } from "../support/discord-world.js";

const DELEGATE = "1400000000000000001";
const LOCKED_GUILD = "1500000000000000001";
const LOCKED_CHANNEL = "1500000000000000002";
const members = Object.entries(PEOPLE).map(([username, id]) => ({ id, username }));

describe("Jura on Discord: the Delegate role follows mandates", () => {
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
            members,
          },
          {
            id: LOCKED_GUILD,
            name: "Lake",
            channels: [{ id: LOCKED_CHANNEL, name: "lake" }],
            roles: [{ id: "1500000000000000003", name: "delegate", position: 1 }],
            members,
            botCanManageRoles: false,
          },
        ],
      },
    });
    await world.start();
  });

  afterAll(async () => {
    await world?.close();
  });

  it("GIVEN a server with a Delegate role WHEN the circle grants a mandate and the delegate gives it back THEN the role is given and taken back", async () => {
    await world.say("alice", "circle create", { name: "Green Valley", open: true });
    await world.say("bob", "circle join");
    await world.decide("alice", "mandate grant", { person: PEOPLE.bob, scope: "speak at the assembly" }, [
      "bob",
    ]);
    expect(await world.db.selectFrom("mandate").select("delegate").execute()).toEqual([
      { delegate: `discord:${PEOPLE.bob}` },
    ]);
    expect(world.double.memberRoles(GUILD, PEOPLE.bob)).toEqual([DELEGATE]);
    expect(world.double.memberRoles(GUILD, PEOPLE.alice)).toEqual([]);
    expect(world.double.messages(GARDEN).map(messageText).join("\n")).not.toContain("could not update");

    const renounced = await world.say("bob", "mandate renounce", { id: 1 });
    expect(renounced.text).not.toContain("could not update");
    expect(world.double.memberRoles(GUILD, PEOPLE.bob)).toEqual([]);
  });

  it("GIVEN a server where Jura lacks Manage Roles WHEN a decision grants a mandate THEN the mandate stands and the circle's channel is told what to fix", async () => {
    const where = { guild: LOCKED_GUILD, channel: LOCKED_CHANNEL };
    await world.say("carol", "circle create", { name: "Lake Circle", open: true }, where);
    await world.say("dave", "circle join", {}, where);
    const id = await world.decide(
      "carol",
      "mandate grant",
      { person: PEOPLE.dave, scope: "talk to the press" },
      ["dave"],
      where,
    );
    const texts = () => world.double.messages(LOCKED_CHANNEL).map(messageText);
    expect(texts().find((m) => m.startsWith(`Proposal #${id} of “Lake Circle” passed`))).toContain(
      "Mandate #2",
    );
    expect(texts()).toContain(
      "A decision changed who holds a mandate here, but Jura could not update the “delegate” role: give Jura the Manage Roles permission in this server.",
    );
    expect(world.double.memberRoles(LOCKED_GUILD, PEOPLE.dave)).toEqual([]);
    const refused = world.double.requests.filter((r) => r.status === 403);
    expect(refused).toEqual([]);
  });
});

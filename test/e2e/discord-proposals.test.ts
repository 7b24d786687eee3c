import { type APIMessage, ComponentType, InteractionType } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiscordWorld, GARDEN, messageText, PEOPLE, proposalIdIn } from "../support/discord-world.js";

const buttonsOf = (message: APIMessage) =>
  (message.components ?? []).flatMap(
    (row) => (row as { components: Array<{ label?: string; custom_id?: string }> }).components,
  );
const answers = (id: number) => ({
  agree: `jura:proposal:${id}:agree`,
  abstain: `jura:proposal:${id}:abstain`,
  object: `jura:proposal:${id}:object`,
  block: `jura:proposal:${id}:block`,
});
const shown = (data: unknown) => JSON.stringify(data);
const flagsOf = (data: unknown) => (data as { flags?: number } | null)?.flags;

describe("Jura on Discord: a circle decides with buttons", () => {
  let world: DiscordWorld;

  const voices = (id: number) =>
    world.db
      .selectFrom("proposalVoice")
      .select(["voice", "answer", "reason"])
      .where("proposalId", "=", id)
      .where("answer", "is not", null)
      .orderBy("voice")
      .execute();

  beforeAll(async () => {
    world = await DiscordWorld.create();
    await world.start();
    await world.say("alice", "circle create", { name: "Green Valley", open: true });
    for (const person of ["bob", "carol", "dave"] as const) await world.say(person, "circle join");
  });

  afterAll(async () => {
    await world?.close();
  });

  it("GIVEN a mandate proposed with a slash command WHEN members click Agree and one objects through the Object button's modal THEN it goes to a vote, passes, and the mandate is announced in the channel with its tally", async () => {
    const proposed = await world.say("alice", "mandate grant", {
      person: PEOPLE.bob,
      scope: "carry our seed list to the assembly",
      until: "60d",
    });
    expect(proposed.ephemeral).toBe(false);
    const id = proposalIdIn(proposed.text);
    const post = await world.double.waitForMessage(GARDEN, (m) =>
      messageText(m).startsWith(`Proposal #${id} of “Green Valley”, by <@${PEOPLE.alice}>`),
    );
    expect(messageText(post)).toContain("“Green Valley” decides by consent until <t:");
    expect(buttonsOf(post).map((b) => [b.label, b.custom_id])).toEqual([
      ["Agree", answers(id).agree],
      ["Abstain", answers(id).abstain],
      ["Object", answers(id).object],
      ["Block", answers(id).block],
    ]);

    const typing = world.double.injectAutocomplete({
      commandName: "proposal",
      subcommand: "agree",
      userId: PEOPLE.carol,
      channelId: GARDEN,
      options: { id: "" },
      focused: "id",
    });
    expect((await world.double.interactionResponse(typing.id)).data).toEqual({
      choices: [{ name: expect.stringMatching(new RegExp(`^#${id} /mandate grant <?@`)), value: id }],
    });

    for (const person of ["bob", "carol"] as const) {
      const agreed = await world.click(person, GARDEN, post.id, answers(id).agree);
      expect(agreed.data).toMatchObject({ flags: 64 });
      expect(shown(agreed.data)).toContain(`Your answer to proposal #${id} is recorded: agree.`);
    }
    const { modal, answer } = await world.answerWithReason(
      "dave",
      GARDEN,
      post.id,
      answers(id).object,
      "we have not talked about the scope yet",
    );
    expect(modal.type).toBe(9);
    expect(modal.data).toEqual({
      custom_id: `jura:proposal-why:${id}:object`,
      title: `Object to proposal #${id}`,
      components: [
        {
          type: ComponentType.Label,
          label: "Why?",
          description: "An objection turns the decision into a vote. Others read your reason.",
          component: {
            type: ComponentType.TextInput,
            custom_id: "reason",
            style: 2,
            min_length: 1,
            max_length: 500,
            required: true,
          },
        },
      ],
    });
    expect(answer.data).toMatchObject({ flags: 64 });
    expect(shown(answer.data)).toContain(`Your answer to proposal #${id} is recorded: object.`);
    expect(await voices(id)).toEqual([
      { voice: `discord:${PEOPLE.alice}`, answer: "agree", reason: "" },
      { voice: `discord:${PEOPLE.bob}`, answer: "agree", reason: "" },
      { voice: `discord:${PEOPLE.carol}`, answer: "agree", reason: "" },
      { voice: `discord:${PEOPLE.dave}`, answer: "object", reason: "we have not talked about the scope yet" },
    ]);
    expect(await world.db.selectFrom("mandate").selectAll().execute()).toEqual([]);

    await world.closeProposal(id);
    const toVote = await world.double.waitForMessage(GARDEN, (m) =>
      messageText(m).startsWith(`Proposal #${id} of “Green Valley” met objections`),
    );
    expect(messageText(toVote)).toContain(
      `- <@${PEOPLE.dave}> objects: we have not talked about the scope yet`,
    );
    expect(messageText(toVote)).toContain("It is now a vote until <t:");
    expect(await world.db.selectFrom("mandate").selectAll().execute()).toEqual([]);

    await world.closeProposal(id);
    const passed = await world.double.waitForMessage(GARDEN, (m) =>
      messageText(m).startsWith(`Proposal #${id} of “Green Valley” passed`),
    );
    expect(messageText(passed)).toContain(
      `passed (3 agree, 0 abstain, 1 objection, 0 blocks, 0 silent).\nMandate #1 <@${PEOPLE.bob}> for “Green Valley”: carry our seed list to the assembly`,
    );
    expect(messageText(passed)).toContain(
      `as decided by “Green Valley” (proposal #${id}: 3 agree, 1 object)`,
    );
    const mandate = await world.db.selectFrom("mandate").selectAll().executeTakeFirstOrThrow();
    expect(mandate.delegate).toBe(`discord:${PEOPLE.bob}`);
  });

  it("GIVEN a proposal WHEN a member abstains, another blocks with a reason, and a stranger clicks THEN each is told privately, the block ends it, and a closed proposal's buttons say so", async () => {
    const proposed = await world.say("alice", "rotation create", {
      role: "cook",
      every: "weekly on monday 18:00",
    });
    const id = proposalIdIn(proposed.text);
    const post = await world.double.waitForMessage(GARDEN, (m) =>
      messageText(m).startsWith(`Proposal #${id} of “Green Valley”`),
    );
    const abstained = await world.click("bob", GARDEN, post.id, answers(id).abstain);
    expect([flagsOf(abstained.data), shown(abstained.data)]).toEqual([
      64,
      expect.stringContaining(`Your answer to proposal #${id} is recorded: abstain.`),
    ]);
    const stranger = await world.click("erin", GARDEN, post.id, answers(id).agree);
    expect([flagsOf(stranger.data), shown(stranger.data)]).toEqual([
      64,
      expect.stringContaining("Only members of “Green Valley” can do that"),
    ]);

    // A submission that comes back without its reason (no Discord client sends one) records nothing.
    const base = world.double.chatInputPayload({
      commandName: "circle",
      subcommand: "show",
      userId: PEOPLE.carol,
    });
    const empty = world.double.injectRawInteraction({
      ...(base as unknown as Record<string, unknown>),
      type: InteractionType.ModalSubmit,
      data: { custom_id: `jura:proposal-why:${id}:block`, components: [] },
    });
    const refused = await world.double.interactionResponse(empty.id);
    expect([flagsOf(refused.data), shown(refused.data)]).toEqual([
      64,
      expect.stringContaining(
        `Your answer was not recorded: the form came back without a reason. Use the button again, or /proposal block ${id} <why>.`,
      ),
    ]);

    const { modal, answer } = await world.answerWithReason(
      "carol",
      GARDEN,
      post.id,
      answers(id).block,
      "mondays are the market",
    );
    expect(modal.data).toMatchObject({ title: `Block proposal #${id}` });
    expect(shown(answer.data)).toContain(`Your answer to proposal #${id} is recorded: block.`);
    expect(await voices(id)).toEqual([
      { voice: `discord:${PEOPLE.alice}`, answer: "agree", reason: "" },
      { voice: `discord:${PEOPLE.bob}`, answer: "abstain", reason: "" },
      { voice: `discord:${PEOPLE.carol}`, answer: "block", reason: "mondays are the market" },
    ]);

    await world.closeProposal(id);
    const blocked = await world.double.waitForMessage(GARDEN, (m) =>
      messageText(m).startsWith(`Proposal #${id} of “Green Valley” is blocked`),
    );
    expect(messageText(blocked)).toContain(`- <@${PEOPLE.carol}> blocks: mondays are the market`);
    expect(await world.db.selectFrom("rotation").selectAll().execute()).toEqual([]);
    const late = await world.click("dave", GARDEN, post.id, answers(id).agree);
    expect(shown(late.data)).toContain(`Proposal #${id} is already blocked.`);
  });
});

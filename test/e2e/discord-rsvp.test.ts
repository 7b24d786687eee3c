import { ComponentType } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COUNCIL, DiscordWorld, messageText, PEOPLE } from "../support/discord-world.js";

const DAY = 86_400_000;

describe("Jura on Discord: RSVP to a convergence with its announcement's buttons", () => {
  let world: DiscordWorld;

  const rsvps = () =>
    world.db
      .selectFrom("convergenceRsvp")
      .select(["person", "answer"])
      .where("convergenceId", "=", 1)
      .orderBy("person")
      .execute();

  beforeAll(async () => {
    world = await DiscordWorld.create();
    await world.start();
    await world.foundGreenValleyInJura();
  });

  afterAll(async () => {
    await world?.close();
  });

  it("GIVEN a convergence reminder THEN it carries Yes/Maybe/No buttons; a member's click is noted and confirmed only to them, an outsider's refused", async () => {
    const start = new Date(world.clock.now().getTime() + 3 * DAY);
    const at = `${start.toISOString().slice(0, 10)}T10:00`;
    const scheduled = await world.say("alice", "convergence schedule", {
      title: "Seasonal assembly",
      federation: "Jura",
      at,
      tz: "UTC",
      remind: "1d",
    });
    expect(scheduled.text).toContain("Convergence #1");
    await world.delivered();
    const due = await world.db
      .selectFrom("convergence")
      .select("nextDueAt")
      .where("id", "=", 1)
      .executeTakeFirstOrThrow();
    if (!due.nextDueAt) throw new Error("no reminder is due");
    await world.advance(new Date(due.nextDueAt).getTime() - world.clock.now().getTime() + 60_000);
    const reminder = await world.double.waitForMessage(COUNCIL, (m) =>
      messageText(m).startsWith("Reminder: “Seasonal assembly”"),
    );
    const [row] = reminder.components ?? [];
    expect(row?.type).toBe(ComponentType.ActionRow);
    const buttons = (row as { components: Array<{ label?: string; custom_id?: string }> }).components;
    expect(buttons.map((b) => [b.label, b.custom_id])).toEqual([
      ["Yes", "jura:rsvp:1:yes"],
      ["Maybe", "jura:rsvp:1:maybe"],
      ["No", "jura:rsvp:1:no"],
    ]);

    const answer = await world.click("alice", COUNCIL, reminder.id, "jura:rsvp:1:maybe");
    expect(answer.data).toMatchObject({ flags: 64 });
    expect(JSON.stringify(answer.data)).toContain("Noted: maybe for “Seasonal assembly”");
    const again = await world.click("alice", COUNCIL, reminder.id, "jura:rsvp:1:yes");
    expect(JSON.stringify(again.data)).toContain("1 coming, 0 maybe");
    expect(await rsvps()).toEqual([{ person: `discord:${PEOPLE.alice}`, answer: "yes" }]);

    const refused = await world.click("dave", COUNCIL, reminder.id, "jura:rsvp:1:yes");
    expect(refused.data).toMatchObject({ flags: 64 });
    expect(JSON.stringify(refused.data)).toContain("Only members of a circle in “Jura” can do that.");
    expect(await rsvps()).toHaveLength(1);
  });
});

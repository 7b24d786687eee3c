import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CircleRoom, circleRoom } from "../support/matrix-circle-room.js";
import type { MatrixEvent } from "../support/matrix-people.js";
import { synapseUnavailable } from "../support/synapse.js";

const skip = synapseUnavailable();
if (skip) console.warn(`[matrix e2e] ${skip}`);

const annotation = (eventId: string, key: string) => ({
  "m.relates_to": { rel_type: "m.annotation", event_id: eventId, key },
});

describe.skipIf(skip)("Jura on a real Synapse: RSVP to a convergence with a reaction", () => {
  let o: CircleRoom;

  beforeAll(async () => {
    o = await circleRoom(["alice", "bob", "dan"], "Orchard");
    expect((await o.ask(o.person(1), "!jura circle join")).content.body).toMatch(/Welcome to “Orchard”/);
    await o.ask(o.person(0), "!jura federation create Jura tz:UTC");
    const joined = await o.decide(o.person(0), "!jura federation join Jura", [o.person(1)]);
    expect(joined.content.body).toContain("“Orchard” is now part of “Jura”, as decided by “Orchard”");
  }, 120_000);

  afterAll(async () => {
    await o?.world.close();
  });

  it("GIVEN a convergence reminder THEN 👍/🤔 from members are RSVPs, and a non-member's 👎 is refused in a reply", async () => {
    // Starts in 65 s with a 1-minute reminder: the reminder is due in about 5 s.
    const at = new Date(Date.now() + 65_000).toISOString().slice(0, 19);
    const scheduled = await o.ask(
      o.person(0),
      `!jura convergence schedule Harvest at:${at} tz:UTC remind:1m federation:Jura`,
    );
    expect(scheduled.content.body).toContain("Convergence #1");
    const events = await o.log.until(
      (es) =>
        es.some(
          (e) => e.sender === o.botId && String(e.content.body ?? "").startsWith("Reminder: “Harvest”"),
        ),
      { what: "the convergence reminder" },
    );
    const reminder = events.find(
      (e) => e.sender === o.botId && String(e.content.body ?? "").startsWith("Reminder: “Harvest”"),
    ) as MatrixEvent;

    await o.person(0).send(o.room, annotation(reminder.event_id, "👍️"), "m.reaction");
    await o.person(1).send(o.room, annotation(reminder.event_id, "🤔"), "m.reaction");
    await o.logged("an RSVP by reaction was noted", 2);
    await o.person(2).send(o.room, annotation(reminder.event_id, "👎"), "m.reaction");
    const refusalOf = () =>
      o.log
        .repliesTo(reminder.event_id, o.botId)
        .find((e) => String(e.content.body).includes("Only members"));
    await o.log.until(() => refusalOf() !== undefined, { what: "the refusal of dan's RSVP" });
    expect(refusalOf()?.content.body).toBe("Only members of a circle in “Jura” can do that.");
    expect(refusalOf()?.content["m.mentions"]).toEqual({ user_ids: [o.person(2).userId] });

    const shown = await o.ask(o.person(0), "!jura convergence show 1");
    const body = String(shown.content.body);
    expect(body).toMatch(/Coming on [^:]+:\d\d \([^)]+\): /);
    expect(body).toContain(`: ${o.person(0).name} · maybe: ${o.person(1).name} · not coming: —`);
    // Only the refusal was answered: members' reactions got no reply.
    expect(o.log.repliesTo(reminder.event_id, o.botId)).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import { parseRsvpButton, rsvpBody, rsvpButtonId } from "../../src/adapters/discord/rsvp-buttons.js";
import { readReaction, rsvpAnswer } from "../../src/adapters/matrix/reactions.js";

describe("RSVP inputs", () => {
  it("Discord RSVP buttons round-trip and refuse other ids", () => {
    expect(parseRsvpButton(rsvpButtonId(12, "maybe"))).toEqual({ convergenceId: 12, answer: "maybe" });
    expect(parseRsvpButton("jura:rsvp:12:perhaps")).toBeUndefined();
    expect(parseRsvpButton("jura:vote:12:1")).toBeUndefined();
    const body = rsvpBody({ type: "rsvp", convergenceId: 3 }, "Reminder");
    expect(body.content).toBe("Reminder");
    expect(JSON.stringify(body.components)).toContain("jura:rsvp:3:no");
  });

  it("Matrix reactions: 👍 🤔 👎 (with variation selectors or skin tones) are answers; others are not", () => {
    expect(rsvpAnswer("👍")).toBe("yes");
    expect(rsvpAnswer("👍️")).toBe("yes");
    expect(rsvpAnswer("👍🏽")).toBe("yes");
    expect(rsvpAnswer("🤔")).toBe("maybe");
    expect(rsvpAnswer("👎")).toBe("no");
    expect(rsvpAnswer("🎉")).toBeUndefined();
    expect(readReaction({ "m.relates_to": { rel_type: "m.annotation", event_id: "$a", key: "👍" } })).toEqual(
      {
        eventId: "$a",
        key: "👍",
      },
    );
    expect(
      readReaction({ "m.relates_to": { rel_type: "m.reference", event_id: "$a", key: "👍" } }),
    ).toBeUndefined();
    expect(readReaction(null)).toBeUndefined();
  });
});

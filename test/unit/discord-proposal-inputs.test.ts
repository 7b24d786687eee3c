import { MessageFlags } from "discord.js";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import {
  parseProposalButton,
  parseWhyModal,
  proposalBody,
  proposalButtonId,
  whyModal,
  whyModalId,
} from "../../src/adapters/discord/proposal-buttons.js";
import { respond } from "../../src/adapters/discord/respond.js";
import type { Outcome } from "../../src/app/jura.js";
import { checkModal } from "../doubles/discord/modals.js";

/** An interaction that records what Jura does with it, in order. */
function fakeInteraction() {
  const calls: Array<[string, unknown]> = [];
  const record =
    (name: string) =>
    async (arg?: unknown): Promise<void> => {
      calls.push([name, arg]);
    };
  return {
    calls,
    interaction: {
      id: "1",
      reply: record("reply"),
      deferReply: record("deferReply"),
      editReply: record("editReply"),
      deleteReply: record("deleteReply"),
      followUp: record("followUp"),
    },
  };
}

const later = (outcome: Outcome, ms: number) =>
  new Promise<Outcome>((resolve) => setTimeout(() => resolve(outcome), ms));
const log = pino({ level: "silent" });

describe("Discord proposal buttons and the why-modal", () => {
  it("GIVEN the custom ids Jura sends THEN they read back, and nothing else does", () => {
    for (const answer of ["agree", "abstain", "object", "block"] as const)
      expect(parseProposalButton(proposalButtonId(4_000_000_000, answer))).toEqual({
        proposalId: 4_000_000_000,
        answer,
      });
    expect(parseWhyModal(whyModalId(7, "block"))).toEqual({ proposalId: 7, answer: "block" });
    for (const other of [
      "jura:proposal:7:maybe",
      "jura:proposal:7:agree:x",
      "jura:proposal:12345678901:agree",
      "jura:proposal-why:7:agree",
      "jura:vote:7:1",
      "jura:proposal:-1:agree",
    ]) {
      expect(parseProposalButton(other), other).toBeUndefined();
      expect(parseWhyModal(other), other).toBeUndefined();
    }
  });

  it("GIVEN the largest proposal number THEN the buttons and the modal stay within Discord's documented limits", () => {
    const body = proposalBody({ type: "proposal", proposalId: 9_999_999_999, level: "circle" }, "Proposal");
    const [row] = body.components ?? [];
    const buttons = (row as { components: Array<{ custom_id: string; label: string }> }).components;
    expect(buttons.map((b) => b.label)).toEqual(["Agree", "Abstain", "Object", "Block"]);
    for (const b of buttons) expect([b.custom_id.length <= 100, b.label.length <= 80]).toEqual([true, true]);
    for (const answer of ["object", "block"] as const) {
      const modal = whyModal(9_999_999_999, answer);
      expect(modal.title.length).toBeLessThanOrEqual(45);
      expect(() => checkModal(modal)).not.toThrow();
    }
  });
});

describe("Discord answers: what is private stays private", () => {
  it("GIVEN a private outcome after a public deferral THEN the thinking message is deleted and the answer follows up ephemerally", async () => {
    const { calls, interaction } = fakeInteraction();
    const work = later({ kind: "reply", text: "Your secret vote in poll #2 is counted", private: true }, 30);
    await respond(interaction as never, work, { private: false, deferAfterMs: 1, log });
    expect(calls.map(([name]) => name)).toEqual(["deferReply", "deleteReply", "followUp"]);
    expect(calls[0]?.[1]).toEqual({});
    expect(calls[2]?.[1]).toMatchObject({
      content: "Your secret vote in poll #2 is counted",
      flags: MessageFlags.Ephemeral,
    });
  });

  it("GIVEN a quick private outcome to a public command THEN the reply is ephemeral; a public one stays public", async () => {
    const secret = fakeInteraction();
    await respond(secret.interaction as never, Promise.resolve({ kind: "reply", text: "s", private: true }), {
      private: false,
      deferAfterMs: 1000,
      log,
    });
    expect(secret.calls).toEqual([["reply", expect.objectContaining({ flags: MessageFlags.Ephemeral })]]);
    const open = fakeInteraction();
    await respond(open.interaction as never, Promise.resolve({ kind: "reply", text: "o" }), {
      private: false,
      deferAfterMs: 1000,
      log,
    });
    expect(open.calls).toEqual([["reply", expect.not.objectContaining({ flags: MessageFlags.Ephemeral })]]);
  });
});

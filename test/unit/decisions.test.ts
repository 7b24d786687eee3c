import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ANSWERS,
  type Answer,
  type DecisionState,
  decide,
  reminderAt,
  type VoiceAnswer,
} from "../../src/core/decisions.js";

const voices = (answers: Record<string, Answer | null>): VoiceAnswer[] =>
  Object.entries(answers).map(([voice, answer]) => ({ voice, answer }));

const consent = (
  answers: Record<string, Answer | null>,
  extra: Partial<DecisionState> = {},
): DecisionState => ({
  rule: "consent",
  stage: "consent",
  proposer: "ana",
  concerned: null,
  voices: voices(answers),
  ...extra,
});

describe("consent", () => {
  it("GIVEN another member agrees and nobody objects WHEN the window ends THEN it passes", () => {
    expect(decide(consent({ ana: "agree", ben: "agree", cleo: null }), true)).toEqual({ kind: "passed" });
  });

  it("GIVEN only the proposer agrees THEN it lapses: nobody decides alone", () => {
    expect(decide(consent({ ana: "agree", ben: null, cleo: "abstain" }), true)).toEqual({
      kind: "lapsed",
      why: "no_support",
    });
  });

  it("GIVEN an objection at the end of the window THEN it becomes a vote, not a rejection", () => {
    expect(decide(consent({ ana: "agree", ben: "agree", cleo: "object" }), true)).toEqual({
      kind: "to_vote",
    });
  });

  it("GIVEN a block THEN it is blocked, whatever else was said", () => {
    expect(decide(consent({ ana: "agree", ben: "agree", cleo: "block" }), true)).toEqual({ kind: "blocked" });
  });

  it("GIVEN the window is still open THEN nothing is settled, however many agree", () => {
    expect(decide(consent({ ana: "agree", ben: "agree", cleo: "agree" }), false)).toEqual({ kind: "open" });
  });

  it("GIVEN a person named in it THEN it needs their acceptance, and their refusal ends it at once", () => {
    const named = { concerned: "ben" };
    expect(decide(consent({ ana: "agree", ben: null, cleo: "agree" }, named), true)).toEqual({
      kind: "lapsed",
      why: "not_accepted",
    });
    expect(decide(consent({ ana: "agree", ben: "agree", cleo: null }, named), true)).toEqual({
      kind: "passed",
    });
    expect(decide(consent({ ana: "agree", ben: "object", cleo: "agree" }, named), false)).toEqual({
      kind: "rejected",
      why: "declined",
    });
  });

  it("GIVEN someone proposes a mandate for themselves THEN another member must agree (G1)", () => {
    const self = { proposer: "ben", concerned: "ben" };
    expect(decide(consent({ ana: null, ben: "agree", cleo: null }, self), true)).toMatchObject({
      kind: "lapsed",
    });
    expect(decide(consent({ ana: "agree", ben: "agree", cleo: null }, self), true)).toEqual({
      kind: "passed",
    });
  });
});

describe("a vote (majority, or consent after an objection)", () => {
  const vote = (answers: Record<string, Answer | null>) => consent(answers, { stage: "vote" });

  it("GIVEN more than half of the answers agree and half the voices answered THEN it passes", () => {
    expect(decide(vote({ ana: "agree", ben: "agree", cleo: "object", dev: null }), true)).toEqual({
      kind: "passed",
    });
  });

  it("GIVEN a tie THEN it does not pass", () => {
    expect(decide(vote({ ana: "agree", ben: "object", cleo: null, dev: null }), true)).toEqual({
      kind: "rejected",
      why: "vote",
    });
  });

  it("GIVEN fewer than half the voices answered THEN it fails for want of a quorum", () => {
    expect(decide(vote({ ana: "agree", ben: null, cleo: null, dev: null, eli: null }), true)).toEqual({
      kind: "rejected",
      why: "quorum",
    });
  });
});

describe("acceptance", () => {
  const ask = (answer: Answer | null): DecisionState => ({
    rule: "acceptance",
    stage: "consent",
    proposer: "ana",
    concerned: "ben",
    voices: voices({ ben: answer }),
  });

  it("passes the moment the person agrees, is declined the moment they object, and lapses unanswered", () => {
    expect(decide(ask("agree"), false)).toEqual({ kind: "passed" });
    expect(decide(ask("object"), false)).toEqual({ kind: "rejected", why: "declined" });
    expect(decide(ask(null), false)).toEqual({ kind: "open" });
    expect(decide(ask(null), true)).toEqual({ kind: "lapsed", why: "not_accepted" });
  });
});

describe("properties of every decision", () => {
  const people = ["ana", "ben", "cleo", "dev", "eli", "fay", "gus"];
  const state = fc.record({
    rule: fc.constantFrom("consent" as const, "majority" as const),
    stage: fc.constantFrom("consent" as const, "vote" as const),
    size: fc.integer({ min: 1, max: people.length }),
    answers: fc.array(fc.option(fc.constantFrom(...ANSWERS), { nil: null }), {
      minLength: people.length,
      maxLength: people.length,
    }),
    concerned: fc.option(fc.constantFrom(...people), { nil: null }),
  });
  type Drawn = typeof state extends fc.Arbitrary<infer T> ? T : never;
  const build = (s: Drawn): DecisionState => {
    const { size, answers } = s;
    return {
      rule: s.rule,
      stage: s.rule === "majority" ? "vote" : s.stage,
      proposer: "ana",
      concerned: s.concerned,
      voices: people
        .slice(0, size)
        .map((voice, i) => ({ voice, answer: voice === "ana" ? "agree" : (answers[i] ?? null) })),
    };
  };

  it("never passes without an agreement from someone other than the proposer", () => {
    fc.assert(
      fc.property(state, (s) => {
        const d = build(s);
        const verdict = decide(d, true);
        if (verdict.kind === "passed") {
          expect(d.voices.some((v) => v.voice !== "ana" && v.answer === "agree")).toBe(true);
        }
      }),
    );
  });

  it("never passes over a block, nor without the acceptance of the person it names", () => {
    fc.assert(
      fc.property(state, (s) => {
        const d = build(s);
        if (decide(d, true).kind !== "passed") return;
        expect(d.voices.some((v) => v.answer === "block")).toBe(false);
        if (d.concerned && d.concerned !== "ana") {
          expect(d.voices.find((v) => v.voice === d.concerned)?.answer).toBe("agree");
        }
      }),
    );
  });

  it("never settles a circle's decision before its window ends, except a named person's refusal", () => {
    fc.assert(
      fc.property(state, (s) => {
        const verdict = decide(build(s), false);
        expect(["open", "rejected"]).toContain(verdict.kind);
        if (verdict.kind === "rejected") expect(verdict.why).toBe("declined");
      }),
    );
  });
});

describe("reminders", () => {
  it("come a quarter of the window before it closes, and at most twelve hours before", () => {
    const open = new Date("2026-03-01T00:00:00Z");
    expect(reminderAt(open, new Date("2026-03-03T00:00:00Z")).toISOString()).toBe("2026-03-02T12:00:00.000Z");
    expect(reminderAt(open, new Date("2026-03-01T12:00:00Z")).toISOString()).toBe("2026-03-01T09:00:00.000Z");
  });
});

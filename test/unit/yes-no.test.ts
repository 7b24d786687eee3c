import { describe, expect, it } from "vitest";
import { choiceIndex } from "../../src/core/commands/poll/vote.js";
import type { Poll } from "../../src/core/model.js";
import { yesOrNo } from "../../src/core/yes-no.js";

const poll = (kind: string, options: string[]) => ({ id: 1, kind, options }) as unknown as Poll;

describe("yes and no in votes", () => {
  it("GIVEN a recall poll THEN yes recalls and no keeps, in each language's words", () => {
    const recall = poll("recall", ["Recall", "Keep"]);
    for (const yes of ["yes", "Yes", "oui", "sí"]) expect(choiceIndex(recall, yes), yes).toBe(0);
    for (const no of ["no", "NO", "non"]) expect(choiceIndex(recall, no), no).toBe(1);
    expect(choiceIndex(recall, "keep")).toBe(1);
  });

  it("GIVEN a yes/no poll written in another language THEN yes and no find their option", () => {
    expect(choiceIndex(poll("poll", ["oui", "non"]), "yes")).toBe(0);
    expect(choiceIndex(poll("poll", ["Yes", "No", "Later"]), "non")).toBe(1);
    expect(choiceIndex(poll("poll", ["yes", "no"]), "no")).toBe(1);
  });

  it("GIVEN a poll without a single yes option THEN yes is not guessed", () => {
    expect(() => choiceIndex(poll("poll", ["soup", "bread"]), "yes")).toThrow();
    expect(yesOrNo("maybe")).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { sizeAdviceText } from "../../src/core/circles.js";
import { t } from "../../src/core/i18n.js";

describe("replies that count say one and many right", () => {
  it("GIVEN one of something THEN it is said in the singular", () => {
    expect(t("circle.joined", { circle: "G", size: 1 })).toBe("Welcome to “G”: 1 member now.");
    expect(t("circle.left", { circle: "G", size: 1 })).toBe("You left “G”; 1 member remains.");
    expect(t("circle.left_mandates", { count: 1, ids: "#2" })).toBe("Your mandate #2 ended.");
    expect(t("circle.left_mandates", { count: 2, ids: "#2, #3" })).toBe("Your mandates #2, #3 ended.");
    expect(sizeAdviceText("G", 1)).toContain("has 1 member:");
    expect(t("story.list_row", { id: 2, title: "Barn", founding: "no", told: 1 })).toBe(
      "- #2 Barn · told once",
    );
    expect(t("poll.opened", { id: 1, until: "soon", voters: 1 })).toBe(
      "Poll #1 is open until soon; 1 member may vote.",
    );
  });

  it("GIVEN a story kept THEN the sentence reads as English", () => {
    expect(t("story.added", { id: 2, title: "Barn", founding: "no", federation: "Jura" })).toBe(
      "“Jura” keeps story #2 “Barn”. Retell it with: /story tell 2 federation:Jura",
    );
  });

  it("GIVEN a setting changed THEN history names it as people do, not by its field name", () => {
    expect(t("record.setting", { name: "recallQuorum", spaced: "recall quorum" })).toBe("recall quorum");
    expect(t("record.setting", { name: "decisionRule", spaced: "decision rule" })).toBe("how it decides");
    expect(t("record.setting", { name: "somethingNew", spaced: "something new" })).toBe("something new");
  });
});

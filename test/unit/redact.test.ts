import { describe, expect, it } from "vitest";
import { mentionedIn, redactMentions } from "../../src/core/redact.js";

describe("handles in free text, for exports and pages", () => {
  it("reads each platform's mentions back to the person", () => {
    expect(mentionedIn("/mandate grant @gina “talk” and @a:example.org, @123456789012345678.")).toEqual([
      "shell:gina",
      "matrix:@a:example.org",
      "discord:123456789012345678",
    ]);
    expect(mentionedIn("write to x@example.org")).toEqual([]);
  });

  it("GIVEN who agreed THEN only their handles stay", () => {
    const shown = new Set(["shell:bob"]);
    expect(redactMentions("@bob asks @gina, and @gina.", shown, "a member")).toBe(
      "@bob asks a member, and a member.",
    );
    expect(redactMentions("nobody named", shown, "a member")).toBe("nobody named");
  });
});

import { describe, expect, it } from "vitest";
import { shellPerson, shellPlace } from "../../src/adapters/shell/identity.js";
import { parseScriptLine } from "../../src/adapters/shell/script-line.js";

describe("shell script lines", () => {
  it("reads as <person> in <place>: <command>", () => {
    expect(parseScriptLine("as alice in #garden: circle join Garden")).toEqual({
      kind: "command",
      person: "alice",
      place: "#garden",
      text: "circle join Garden",
    });
    expect(parseScriptLine("as bob in #x:help circle")).toMatchObject({ place: "#x", text: "help circle" });
    expect(parseScriptLine("AS matrix:@a:x.org in matrix:!r:x.org: help")).toMatchObject({
      person: "matrix:@a:x.org",
      place: "matrix:!r:x.org",
      text: "help",
    });
  });

  it("skips blank lines and comments, and takes bare commands as they are", () => {
    expect(parseScriptLine("   ")).toEqual({ kind: "skip" });
    expect(parseScriptLine("# as alice in #x: nothing")).toEqual({ kind: "skip" });
    expect(parseScriptLine("circle list")).toEqual({ kind: "command", text: "circle list" });
  });

  it.each(["as alice", "as alice in", "as alice in #x circle list"])("explains the form of %j", (line) => {
    expect(parseScriptLine(line)).toMatchObject({
      kind: "invalid",
      reason: expect.stringContaining("as <person> in <place>"),
    });
  });
});

describe("shell identities", () => {
  it.each([
    ["alice", "shell:alice"],
    ["@alice", "shell:alice"],
    ["bob:example.org", "matrix:@bob:example.org"],
    ["@bob:example.org", "matrix:@bob:example.org"],
    ["discord:1234", "discord:1234"],
    ["a b", undefined],
    ["a:b:c", undefined],
    ["discord:abc", undefined],
  ])("person %j is %s", (text, id) => expect(shellPerson(text)).toBe(id));

  it.each([
    ["#garden", "shell:#garden"],
    ["garden", "shell:garden"],
    ["matrix:!room:x.org", "matrix:!room:x.org"],
    ["discord:1/2", "discord:1/2"],
    ["#a!", undefined],
  ])("place %j is %s", (text, id) => expect(shellPlace(text)).toBe(id));
});

import { describe, expect, it } from "vitest";
import { shellPerson } from "../../src/adapters/shell/identity.js";
import { bindArgs } from "../../src/core/commands/bind.js";
import { tokenize } from "../../src/core/commands/parser.js";
import { Registry } from "../../src/core/commands/registry.js";
import { usageLine } from "../../src/core/commands/usage.js";

const registry = new Registry();
const spec = (group: string, name: string) => {
  const found = registry.get(group, name);
  if (!found) throw new Error(`no ${group} ${name}`);
  return found;
};
const bind = (group: string, name: string, text: string) =>
  bindArgs(spec(group, name), tokenize(text), { mention: shellPerson });

describe("bindArgs", () => {
  it("fills positionals in order and lets the last one take the remaining words", () => {
    expect(bind("mandate", "grant", "@bob speak for us at the assembly until:30d")).toMatchObject({
      person: "shell:bob",
      scope: "speak for us at the assembly",
      until: "30d",
    });
    expect(bind("circle", "create", "Green   Valley")).toMatchObject({
      name: "Green Valley",
      tz: "UTC",
      open: false,
    });
  });

  it("applies defaults and coerces yes/no", () => {
    expect(bind("circle", "create", "Garden open:no tz:Europe/Paris")).toMatchObject({
      open: false,
      tz: "Europe/Paris",
    });
  });

  it("GIVEN an unknown option THEN it names it", () => {
    expect(() => bind("circle", "create", "Garden colour:red")).toThrow("`colour:` is not an option");
  });

  it("GIVEN an option twice THEN it refuses", () => {
    expect(() => bind("circle", "create", "Garden tz:UTC tz:UTC")).toThrow("given twice");
  });

  it("GIVEN too many values for a command without free text THEN it names the extra one", () => {
    expect(() => bind("circle", "invite", "@bob @carol")).toThrow("`shell:carol` is not expected");
  });

  it("GIVEN invalid values THEN every problem is listed with the usage line", () => {
    let message = "";
    try {
      bind("circle", "create", "Garden tz:Mars/Olympus open:maybe");
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("tz: unknown timezone");
    expect(message).toContain("open:");
    expect(message).toContain(`Usage: ${usageLine(spec("circle", "create"))}`);
  });

  it("GIVEN a missing required argument THEN it says so", () => {
    expect(() => bind("circle", "invite", "")).toThrow("person: is required");
  });

  it("GIVEN a mention nobody can resolve THEN it says so", () => {
    expect(() => bind("circle", "invite", "@a:b:c")).toThrow("does not name a person");
  });

  it("binds every example that help shows", () => {
    for (const command of registry.commands) {
      for (const example of command.examples) {
        const tokens = tokenize(example);
        const args = tokens.slice(command.name === "" ? 1 : 2);
        expect(() => bindArgs(command, args, { mention: shellPerson }), example).not.toThrow();
      }
    }
  });
});

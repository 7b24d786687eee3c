import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { checkLimits, slashCommands, specOptions } from "../../src/adapters/discord/slash-commands.js";
import { Registry } from "../../src/core/commands/registry.js";
import { DiscordApiError } from "../doubles/discord/api-error.js";
import { validateCommandList } from "../doubles/discord/validate-commands.js";

const registry = new Registry();
const commands = slashCommands(registry);

interface Option {
  name: string;
  type: number;
  min_length?: number;
  max_length?: number;
  min_value?: number;
  max_value?: number;
  options?: Option[];
}

const subOptions = (group: string, name: string): Option[] => {
  const top = commands.find((c) => c.name === group)?.options as Option[] | undefined;
  return top?.find((o) => o.name === name)?.options ?? [];
};
const option = (group: string, name: string, key: string): Option | undefined =>
  subOptions(group, name).find((o) => o.name === key);

/** The error tree of a 50035 refusal, as JSON, for matching paths and codes. */
const refusal = (body: unknown): string => {
  try {
    validateCommandList(body);
  } catch (error) {
    if (error instanceof DiscordApiError) return JSON.stringify(error.body);
    throw error;
  }
  return "accepted";
};
const withOption = (extra: Record<string, unknown>) => [
  { name: "t", description: "d", options: [{ name: "o", description: "d", ...extra }] },
];

describe("Discord option bounds generated from the argument schemas", () => {
  it("GIVEN circle create and federation create THEN the name option says 1 to 64 characters", () => {
    for (const group of ["circle", "federation"]) {
      expect(option(group, "create", "name")).toMatchObject({ type: 3, min_length: 1, max_length: 64 });
    }
    expect(option("circle", "join", "circle")).toMatchObject({ min_length: 1, max_length: 64 });
    expect(option("circle", "create", "purpose")).toMatchObject({ min_length: 1, max_length: 500 });
    expect(option("mandate", "renew", "id")).toMatchObject({ min_value: 1, max_value: 2_147_483_647 });
    expect(option("rotation", "show", "count")).toMatchObject({ min_value: 1, max_value: 20 });
  });

  it("GIVEN every option of every command THEN each bound is exactly the schema's: one past it is refused, the bound itself accepted", () => {
    let checked = 0;
    for (const spec of registry.commands) {
      const shape = spec.args.shape as Record<string, z.ZodType>;
      const generated = spec.name
        ? subOptions(spec.group, spec.name)
        : ((commands.find((c) => c.name === spec.group)?.options ?? []) as Option[]);
      for (const { name, key } of specOptions(spec)) {
        const field = shape[key] as z.ZodType;
        const o = generated.find((g) => g.name === name) as Option;
        const where = `${spec.group} ${spec.name} ${key}`;
        if (o.max_length !== undefined) {
          expect(field.safeParse("x".repeat(o.max_length + 1)).success, `${where}: longer`).toBe(false);
          checked++;
        }
        if (o.min_length !== undefined) {
          expect(field.safeParse("x".repeat(o.min_length - 1)).success, `${where}: shorter`).toBe(false);
          checked++;
        }
        const number = o.type === ApplicationCommandOptionType.Integer;
        if (number && o.min_value !== undefined) {
          expect(field.safeParse(String(o.min_value - 1)).success, `${where}: below`).toBe(false);
          expect(field.safeParse(String(o.min_value)).success, `${where}: at the minimum`).toBe(true);
          checked++;
        }
        if (number && o.max_value !== undefined) {
          expect(field.safeParse(String(o.max_value + 1)).success, `${where}: above`).toBe(false);
          expect(field.safeParse(String(o.max_value)).success, `${where}: at the maximum`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(() => validateCommandList(commands)).not.toThrow();
  });

  it("GIVEN bounds outside Discord's documented ranges THEN generation fails naming them", () => {
    const bad = {
      name: "t",
      description: "d",
      options: [
        { type: 3, name: "a", description: "d", max_length: 6001 },
        { type: 4, name: "b", description: "d", min_length: 1 },
        { type: 4, name: "c", description: "d", min_value: 5, max_value: 1 },
        { type: 10, name: "e", description: "d", max_value: 2 ** 54 },
      ],
    };
    expect(() => checkLimits(bad as never)).toThrow(
      [
        "Discord would reject these commands:",
        "/t a: lengths must be 0-6000 (max at least 1)",
        "/t b: min_length/max_length on a non-string option",
        "/t c: min_value above max_value",
        "/t e: values must be within ±2^53",
      ].join("\n"),
    );
  });
});

describe("the Discord double checks option bounds as Discord documents them", () => {
  it.each([
    [{ type: 3, max_length: 6001 }, "max_length", "NUMBER_TYPE_MAX"],
    [{ type: 3, max_length: 0 }, "max_length", "NUMBER_TYPE_MIN"],
    [{ type: 3, min_length: -1 }, "min_length", "NUMBER_TYPE_MIN"],
    [{ type: 3, min_length: 10, max_length: 5 }, "min_length", "APPLICATION_COMMAND_OPTION_INVALID"],
    [{ type: 4, max_length: 10 }, "max_length", "APPLICATION_COMMAND_OPTION_INVALID"],
    [{ type: 3, min_value: 1 }, "min_value", "APPLICATION_COMMAND_OPTION_INVALID"],
    [{ type: 4, min_value: 1.5 }, "min_value", "NUMBER_TYPE_COERCE"],
    [{ type: 10, max_value: 2 ** 53 + 2 }, "max_value", "NUMBER_TYPE_MAX"],
    [{ type: 4, min_value: 3, max_value: 2 }, "min_value", "APPLICATION_COMMAND_OPTION_INVALID"],
  ])("GIVEN an option %j THEN the bulk overwrite is refused at %s with %s", (extra, field, code) => {
    const body = refusal(withOption(extra));
    expect(body).toContain('"code":50035');
    expect(body).toContain(`"${field}":{"_errors":[{"code":"${code}"`);
  });

  it.each([
    { type: 3, min_length: 0, max_length: 6000 },
    { type: 3, min_length: 1, max_length: 1 },
    { type: 4, min_value: -(2 ** 53), max_value: 2 ** 53 },
    { type: 10, min_value: 0.5, max_value: 1.5 },
  ])("GIVEN an option %j within the documented ranges THEN it is accepted", (extra) => {
    expect(refusal(withOption(extra))).toBe("accepted");
  });
});

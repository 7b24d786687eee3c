import { ApplicationCommandOptionType, ChannelType } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { commandText } from "../../src/adapters/discord/command-text.js";
import { mentionResolver, placeResolver } from "../../src/adapters/discord/identity.js";
import { announcementMentions, onlyUsers } from "../../src/adapters/discord/mentions.js";
import {
  fitsNativePoll,
  parseVoteButton,
  pollHours,
  voteButtonId,
} from "../../src/adapters/discord/poll-body.js";
import { commandsHash } from "../../src/adapters/discord/registration.js";
import { discordTimes, renderText } from "../../src/adapters/discord/render.js";
import { RequestGovernor } from "../../src/adapters/discord/request-governor.js";
import { checkLimits, slashCommands, specOptions } from "../../src/adapters/discord/slash-commands.js";
import { nonceFor } from "../../src/adapters/discord/transport.js";
import { personArg, placeArg } from "../../src/core/commands/args.js";
import { bindArgs } from "../../src/core/commands/bind.js";
import { tokenize } from "../../src/core/commands/parser.js";
import { Registry } from "../../src/core/commands/registry.js";
import { type AnyCommandSpec, defineCommand } from "../../src/core/commands/spec.js";
import type { PollStartPayload } from "../../src/core/ports.js";
import { validateCommandList } from "../doubles/discord/validate-commands.js";

const registry = new Registry();
const commands = slashCommands(registry);
const command = (name: string) => {
  const found = commands.find((c) => c.name === name);
  if (!found) throw new Error(`no /${name}`);
  return found;
};
const sub = (group: string, name: string) =>
  (command(group).options ?? []).find((o) => o.name === name) as { options?: Array<Record<string, unknown>> };
const spec = (group: string, name: string): AnyCommandSpec => {
  const found = registry.get(group, name);
  if (!found) throw new Error(`no spec ${group} ${name}`);
  return found;
};

describe("Discord slash commands generated from the command specs", () => {
  it("GIVEN every spec THEN Discord's validation (as the double applies it) accepts the whole set", () => {
    expect(() => validateCommandList(commands)).not.toThrow();
    expect(commands.map((c) => c.name)).toEqual([...registry.groups(), "help"]);
  });

  it("GIVEN a group THEN each spec is a subcommand; a single-command group is a command with options", () => {
    expect(sub("circle", "create")).toMatchObject({ type: ApplicationCommandOptionType.Subcommand });
    expect(command("recall").options?.map((o) => [o.name, o.type])).toEqual([
      ["person", ApplicationCommandOptionType.User],
      ["mandate", ApplicationCommandOptionType.Integer],
      ["closes", ApplicationCommandOptionType.String],
    ]);
  });

  it("GIVEN argument schemas THEN options get Discord types, bounds, defaults and autocomplete", () => {
    const create = sub("circle", "create").options ?? [];
    expect(create).toEqual([
      expect.objectContaining({ name: "name", type: 3, required: true }),
      expect.objectContaining({ name: "purpose", type: 3, max_length: 500, required: false }),
      expect.objectContaining({
        name: "tz",
        type: 3,
        description: "an IANA timezone, e.g. Europe/Paris or America/Mexico_City (default: UTC)",
      }),
      expect.objectContaining({ name: "place", type: 7, channel_types: [ChannelType.GuildText, 5, 11, 12] }),
      expect.objectContaining({
        name: "open",
        type: 5,
        description: expect.stringContaining("(default: no)"),
      }),
    ]);
    const vote = sub("poll", "vote").options ?? [];
    expect(vote[0]).toMatchObject({
      name: "id",
      type: 4,
      min_value: 1,
      max_value: 2_147_483_647,
      autocomplete: true,
    });
    expect(vote[1]).toMatchObject({ name: "choice", type: 3, autocomplete: true });
    const set = sub("circle", "set").options ?? [];
    expect(set.map((o) => o.name)).toContain("recall_quorum");
    expect(sub("rotation", "create").options?.find((o) => o.name === "role")?.autocomplete).toBeUndefined();
    expect(sub("rotation", "show").options?.find((o) => o.name === "role")?.autocomplete).toBe(true);
  });

  it("GIVEN required options after optional ones in a spec THEN Discord's order (required first) is used", () => {
    const grant = specOptions(spec("mandate", "grant")).map((o) => [o.name, o.shape.required]);
    expect(grant).toEqual([
      ["person", true],
      ["scope", true],
      ["until", false],
      ["from", false],
      ["circle", false],
      ["reason", false],
    ]);
  });

  it("GIVEN an enum argument and a capitalised key THEN choices are listed and the name is made valid", () => {
    const custom = defineCommand({
      group: "test",
      name: "pick",
      summary: "x".repeat(140),
      args: z.object({
        Colour: z.enum(["red", "green"]).describe("a colour"),
        who: personArg,
        where: placeArg,
      }),
      positional: [],
      policy: "anyone",
      examples: [],
      handler: async () => ({ text: "" }),
    }) as unknown as AnyCommandSpec;
    const [generated] = slashCommands(new Registry([custom]));
    const pick = generated?.options?.[0] as unknown as {
      description: string;
      options: Array<Record<string, unknown>>;
    };
    expect(pick.description.length).toBeLessThanOrEqual(100);
    expect(pick.options[0]).toMatchObject({
      name: "colour",
      choices: [
        { name: "red", value: "red" },
        { name: "green", value: "green" },
      ],
    });
    expect(() => validateCommandList(slashCommands(new Registry([custom])))).not.toThrow();
  });

  it("GIVEN a command over Discord's limits THEN generation fails naming the problem", () => {
    const options = Array.from({ length: 26 }, (_, i) => ({ type: 3, name: `o${i}`, description: "d" }));
    expect(() => checkLimits({ name: "big", description: "d", options } as never)).toThrow(
      "more than 25 options",
    );
    expect(() => checkLimits({ name: "Big", description: "d" })).toThrow('invalid name "Big"');
  });

  it("GIVEN the same definitions in another key order THEN the hash is the same; any change changes it", () => {
    const a = [{ name: "x", description: "d", options: [] }];
    const b = [{ options: [], description: "d", name: "x" }];
    expect(commandsHash(a)).toBe(commandsHash(b));
    expect(commandsHash(a)).not.toBe(commandsHash([{ name: "x", description: "e", options: [] }]));
  });
});

describe("Slash command options as the text command the core parses", () => {
  it("GIVEN quotes, backslashes, a person and a channel THEN the core reads back exactly what was given", () => {
    const text = commandText(
      spec("circle", "create"),
      [
        { name: "name", type: ApplicationCommandOptionType.String, value: "Green Valley" },
        { name: "purpose", type: ApplicationCommandOptionType.String, value: 'Seeds "and" \\ compost: yes' },
        { name: "place", type: ApplicationCommandOptionType.Channel, value: "1200000000000000009" },
        { name: "open", type: ApplicationCommandOptionType.Boolean, value: false },
      ],
      "1200000000000000001",
    );
    expect(text.startsWith("circle create ")).toBe(true);
    const args = bindArgs(spec("circle", "create"), tokenize(text).slice(2), { mention: mentionResolver });
    expect(args).toEqual({
      name: "Green Valley",
      purpose: 'Seeds "and" \\ compost: yes',
      place: "discord:1200000000000000001/1200000000000000009",
      open: false,
      tz: "UTC",
    });
    const grant = commandText(
      spec("mandate", "grant"),
      [
        { name: "person", type: ApplicationCommandOptionType.User, value: "1300000000000000002" },
        { name: "scope", type: ApplicationCommandOptionType.String, value: "talk" },
      ],
      "1",
    );
    expect(
      bindArgs(spec("mandate", "grant"), tokenize(grant).slice(2), { mention: mentionResolver }),
    ).toMatchObject({
      person: "discord:1300000000000000002",
    });
    expect(commandText(spec("recall", ""), [], "1")).toBe("recall");
  });

  it("GIVEN typed mentions and channels THEN they resolve to Discord people and places", () => {
    expect(
      ["<@1300000000000000002>", "<@!1300000000000000002>", "discord:1300000000000000002"].map(
        mentionResolver,
      ),
    ).toEqual(Array(3).fill("discord:1300000000000000002"));
    expect(mentionResolver("bob")).toBeUndefined();
    expect(placeResolver("1200000000000000001")("<#1200000000000000002>")).toBe(
      "discord:1200000000000000001/1200000000000000002",
    );
  });
});

describe("Discord rendering, polls, nonces and the request governor", () => {
  it("GIVEN core text THEN moments become local timestamps, people mentions, and long text an embed", () => {
    expect(discordTimes("until 2027-01-25 23:34 (Europe/Paris).")).toBe("until <t:1800916440:F>.");
    expect(renderText("Hi @1300000000000000001, mail a@b.c").content).toBe(
      "Hi <@1300000000000000001>, mail a@b.c",
    );
    expect(renderText("x".repeat(2001))).toMatchObject({ embeds: [{ description: "x".repeat(2001) }] });
    expect(renderText("@everyone").allowed_mentions).toEqual({ parse: [] });
  });

  it("GIVEN announcements by outbox key THEN only a heads-up pings, and only its holder", () => {
    expect(announcementMentions("rotation:3:term:7:heads-up:discord:1300000000000000002")).toEqual({
      parse: [],
      users: ["1300000000000000002"],
    });
    for (const key of [
      "poll:1:closed:discord:1/2",
      "rotation:3:term:7:heads-up:circle:4",
      "rotation:3:term:7:handoff:discord:1/2",
      "aid:digest:1:2026-03-01",
      "audit:12:discord:1/2",
    ])
      expect(announcementMentions(key), key).toEqual({ parse: [] });
    expect(onlyUsers(["1", "1", "2"])).toEqual({ parse: [], users: ["1", "2"] });
    expect(onlyUsers([])).toEqual({ parse: [] });
  });

  it("GIVEN Discord's native poll limits THEN only polls within them are native", () => {
    const now = new Date("2026-03-01T12:00:00Z");
    const poll = (patch: Partial<PollStartPayload>): PollStartPayload => ({
      type: "poll-start",
      pollId: 1,
      question: "q",
      options: ["a", "b"],
      closesAt: new Date(now.getTime() + 48 * 3_600_000).toISOString(),
      secret: false,
      ...patch,
    });
    const days = (n: number) => new Date(now.getTime() + n * 86_400_000).toISOString();
    expect(fitsNativePoll(poll({}), now)).toBe(true);
    expect(fitsNativePoll(poll({ secret: true }), now)).toBe(false);
    expect(fitsNativePoll(poll({ options: Array.from({ length: 10 }, (_, i) => `${i}`) }), now)).toBe(true);
    expect(fitsNativePoll(poll({ options: Array.from({ length: 11 }, (_, i) => `${i}`) }), now)).toBe(false);
    expect(fitsNativePoll(poll({ options: ["a", "b".repeat(55)] }), now)).toBe(true);
    expect(fitsNativePoll(poll({ options: ["a", "b".repeat(56)] }), now)).toBe(false);
    expect(fitsNativePoll(poll({ question: "q".repeat(301) }), now)).toBe(false);
    expect(fitsNativePoll(poll({ closesAt: days(32) }), now)).toBe(true);
    expect(fitsNativePoll(poll({ closesAt: days(32.1) }), now)).toBe(false);
    expect(pollHours(new Date(now.getTime() + 60_000), now)).toBe(1);
    expect(parseVoteButton(voteButtonId(12, 3))).toEqual({ pollId: 12, n: 3 });
    expect(parseVoteButton("other")).toBeUndefined();
  });

  it("GIVEN outbox keys THEN nonces are stable, distinct and within Discord's 25 characters", () => {
    const key = "poll:1:closed:discord:1200000000000000001/1200000000000000002";
    expect(nonceFor(key)).toBe(nonceFor(key));
    expect(nonceFor(key)).toHaveLength(25);
    expect(nonceFor(`${key}x`)).not.toBe(nonceFor(key));
  });

  it("GIVEN a burst of requests THEN the governor lets at most its limit through in any window", async () => {
    const governor = new RequestGovernor(4);
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 8 }, () => governor.take().then(() => times.push(performance.now()))),
    );
    times.sort((a, b) => a - b);
    for (let i = 4; i < times.length; i++)
      expect((times[i] ?? 0) - (times[i - 4] ?? 0)).toBeGreaterThanOrEqual(950);
    expect(governor.delayed).toBeGreaterThanOrEqual(4);
  });
});

import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord-api-types/v10";
import type { z } from "zod";
import { HELP_TEXTS } from "../../core/commands/command-texts.js";
import { GROUPS, type Registry } from "../../core/commands/registry.js";
import type { AnyCommandSpec } from "../../core/commands/spec.js";
import { commandKey, commandText, type Locale, TRANSLATED_LOCALES } from "../../core/i18n.js";
import { DISCORD_MAX_LENGTH, DISCORD_MAX_NUMBER, type FieldShape, fieldShape } from "./fields.js";

/** What an option's autocomplete offers (see autocomplete.ts). */
export type Completion =
  | "circle"
  | "federation"
  | "rotation"
  | "poll"
  | "mandate"
  | "proposal"
  | "choice"
  | "topic";

/** One Discord option of a spec: its Discord name, the spec's argument key, and its shape. */
export interface SpecOption {
  name: string;
  key: string;
  shape: FieldShape;
  completion: Completion | undefined;
}

/** The extra `/help` command, answered by the core's `help`. */
export const HELP_COMMAND = "help";

/** Discord's rule for chat-input command and option names (lowercase where a case exists). */
const NAME = /^[-_'\p{Ll}\p{Lm}\p{Lo}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const CHANNELS = [
  ChannelType.GuildText,
  ChannelType.GuildAnnouncement,
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
] as const;

/** An argument key as a valid Discord option name (`recall_quorum` stays as it is). */
export function optionName(key: string): string {
  return key
    .toLowerCase()
    .replace(/[^-_'\p{L}\p{N}]/gu, "_")
    .slice(0, 32);
}

/** Discord's locales for each language Jura speaks (Spanish: Spain's and Latin America's). */
const DISCORD_LOCALES: Readonly<Record<Exclude<Locale, "en">, readonly string[]>> = {
  fr: ["fr"],
  es: ["es-ES", "es-419"],
  it: ["it"],
};

/**
 * `description_localizations` from the command catalogues: each language that translates the
 * text, clipped to Discord's 100 characters; absent when none does (Discord then shows English).
 */
export function descriptionLocalizations(key: string, english: string): Record<string, string> | undefined {
  const found: Record<string, string> = {};
  for (const locale of TRANSLATED_LOCALES) {
    const text = commandText(locale, key, english);
    if (text === english) continue;
    for (const tag of DISCORD_LOCALES[locale]) found[tag] = clipDescription(text);
  }
  return Object.keys(found).length ? found : undefined;
}

/** The description and its localizations, for a command or an option. */
function described(key: string, english: string) {
  const localizations = descriptionLocalizations(key, english);
  return {
    description: clipDescription(english),
    ...(localizations ? { description_localizations: localizations } : {}),
  };
}

/** Cuts a description to Discord's 100 characters, on a word when it can. */
export function clipDescription(text: string, max = 100): string {
  // Runs of white space become one space; French no-break spaces (before “:”, inside « ») stay.
  const clean = text.replace(/[^\S\u00a0\u202f]+/g, " ").trim();
  if ([...clean].length <= max) return clean;
  const cut = [...clean].slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

function completionOf(spec: AnyCommandSpec, key: string): Completion | undefined {
  if (key === "circle") return "circle";
  if (key === "federation") return "federation";
  if (key === "role" && spec.group === "rotation" && spec.name !== "create") return "rotation";
  if (key === "id" && spec.group === "poll") return "poll";
  if (key === "id" && spec.group === "proposal") return "proposal";
  if ((key === "id" && spec.group === "mandate") || (key === "mandate" && spec.group === "recall"))
    return "mandate";
  if (key === "choice" && spec.group === "poll") return "choice";
  return undefined;
}

/** The spec's options in Discord order: positional ones first, then required before optional. */
export function specOptions(spec: AnyCommandSpec): SpecOption[] {
  const shape = spec.args.shape as Record<string, z.ZodType>;
  const keys = [...spec.positional, ...Object.keys(shape).filter((k) => !spec.positional.includes(k))];
  const options = keys.flatMap((key) => {
    const field = shape[key];
    if (!field) return [];
    const shaped = fieldShape(field);
    const completion = shaped.choices ? undefined : completionOf(spec, key);
    return [{ name: optionName(key), key, shape: shaped, completion }];
  });
  return [...options.filter((o) => o.shape.required), ...options.filter((o) => !o.shape.required)];
}

function toOption(spec: AnyCommandSpec, option: SpecOption): APIApplicationCommandBasicOption {
  const { shape } = option;
  const base = shape.description ?? option.key;
  const text = shape.fallback && !/default/i.test(base) ? `${base} (default: ${shape.fallback})` : base;
  const localizations = descriptionLocalizations(commandKey(spec.group, spec.name, option.key), base);
  const common = {
    name: option.name,
    description: clipDescription(text),
    ...(localizations ? { description_localizations: localizations } : {}),
    required: shape.required,
  };
  switch (shape.type) {
    case ApplicationCommandOptionType.User:
    case ApplicationCommandOptionType.Boolean:
      return { ...common, type: shape.type };
    case ApplicationCommandOptionType.Channel:
      return { ...common, type: shape.type, channel_types: [...CHANNELS] };
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number:
      return {
        ...common,
        type: shape.type,
        ...(shape.minValue !== undefined ? { min_value: shape.minValue } : {}),
        ...(shape.maxValue !== undefined ? { max_value: shape.maxValue } : {}),
        ...(option.completion ? { autocomplete: true } : {}),
      } as APIApplicationCommandBasicOption;
    default:
      return {
        ...common,
        type: ApplicationCommandOptionType.String,
        ...(shape.minLength !== undefined ? { min_length: shape.minLength } : {}),
        ...(shape.maxLength !== undefined ? { max_length: shape.maxLength } : {}),
        ...(shape.choices
          ? { choices: shape.choices.slice(0, 25).map((c) => ({ name: clipDescription(c), value: c })) }
          : option.completion
            ? { autocomplete: true }
            : {}),
      } as APIApplicationCommandBasicOption;
  }
}

const scoping = {
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
};

function helpCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    name: HELP_COMMAND,
    ...described("help", HELP_TEXTS.help),
    ...scoping,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "topic",
        ...described("help|topic", HELP_TEXTS["help|topic"]),
        required: false,
        autocomplete: true,
        max_length: 60,
      },
    ],
  };
}

/**
 * The slash commands for every spec: each group is a top-level command and each spec one of its
 * subcommands; a single-command group (`recall`) is a command with options. Checked against
 * Discord's limits here, so a spec that cannot be registered fails the tests, not the start-up.
 */
export function slashCommands(registry: Registry): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const commands = registry.groups().map((group): RESTPostAPIChatInputApplicationCommandsJSONBody => {
    const single = registry.get(group, "");
    if (single) {
      return {
        name: optionName(group),
        ...described(commandKey(group, ""), single.summary),
        ...scoping,
        options: specOptions(single).map((o) => toOption(single, o)),
      };
    }
    const subcommands = registry.inGroup(group).map(
      (spec): APIApplicationCommandSubcommandOption => ({
        type: ApplicationCommandOptionType.Subcommand,
        name: optionName(spec.name),
        ...described(commandKey(spec.group, spec.name), spec.summary),
        options: specOptions(spec).map((o) => toOption(spec, o)),
      }),
    );
    return {
      name: optionName(group),
      ...described(group, GROUPS[group] ?? group),
      ...scoping,
      options: subcommands,
    };
  });
  commands.push(helpCommand());
  for (const command of commands) checkLimits(command);
  return commands;
}

interface Bounds {
  type?: number;
  min_length?: number;
  max_length?: number;
  min_value?: number;
  max_value?: number;
}

/** Discord's documented ranges for option bounds: lengths 0-6000 (max ≥ 1), values within ±2^53. */
function boundProblems(where: string, node: Bounds): string[] {
  const problems: string[] = [];
  const { min_length: minLength, max_length: maxLength, min_value: minValue, max_value: maxValue } = node;
  const isString = node.type === ApplicationCommandOptionType.String;
  const isNumber =
    node.type === ApplicationCommandOptionType.Integer || node.type === ApplicationCommandOptionType.Number;
  if ((minLength !== undefined || maxLength !== undefined) && !isString)
    problems.push(`${where}: min_length/max_length on a non-string option`);
  if ((minValue !== undefined || maxValue !== undefined) && !isNumber)
    problems.push(`${where}: min_value/max_value on a non-number option`);
  const inRange = (value: number | undefined, low: number, high: number) =>
    value === undefined || (Number.isInteger(value) && value >= low && value <= high);
  if (!inRange(minLength, 0, DISCORD_MAX_LENGTH) || !inRange(maxLength, 1, DISCORD_MAX_LENGTH))
    problems.push(`${where}: lengths must be 0-${DISCORD_MAX_LENGTH} (max at least 1)`);
  const finite = (v: number | undefined) =>
    v === undefined || (Number.isFinite(v) && Math.abs(v) <= DISCORD_MAX_NUMBER);
  if (!finite(minValue) || !finite(maxValue)) problems.push(`${where}: values must be within ±2^53`);
  if (minLength !== undefined && maxLength !== undefined && minLength > maxLength)
    problems.push(`${where}: min_length above max_length`);
  if (minValue !== undefined && maxValue !== undefined && minValue > maxValue)
    problems.push(`${where}: min_value above max_value`);
  return problems;
}

/** Throws when a generated command breaks one of Discord's documented limits. */
export function checkLimits(command: RESTPostAPIChatInputApplicationCommandsJSONBody): void {
  const problems: string[] = [];
  let size = 0;
  const visit = (
    where: string,
    node: {
      name: string;
      description?: string;
      description_localizations?: Record<string, string | null> | null;
      options?: unknown[];
      choices?: unknown[];
    },
  ) => {
    if (!NAME.test(node.name)) problems.push(`${where}: invalid name "${node.name}"`);
    for (const [locale, text] of Object.entries(node.description_localizations ?? {}))
      if (text !== null && (text.length < 1 || [...text].length > 100))
        problems.push(`${where}: the ${locale} description must be 1-100 characters`);
    const description = node.description ?? "";
    if (description.length < 1 || [...description].length > 100)
      problems.push(`${where}: description must be 1-100 characters`);
    size += [...node.name].length + [...description].length;
    problems.push(...boundProblems(where, node as Bounds));
    for (const choice of (node.choices ?? []) as Array<{ name: string; value: unknown }>)
      size += [...choice.name].length + String(choice.value).length;
    const children = (node.options ?? []) as Array<typeof node>;
    if (children.length > 25) problems.push(`${where}: more than 25 options`);
    const names = new Set<string>();
    for (const child of children) {
      if (names.has(child.name)) problems.push(`${where}: option "${child.name}" appears twice`);
      names.add(child.name);
      visit(`${where} ${child.name}`, child);
    }
  };
  visit(`/${command.name}`, command as never);
  if (size > 8000) problems.push(`/${command.name}: larger than 8000 characters`);
  if (problems.length > 0) throw new Error(`Discord would reject these commands:\n${problems.join("\n")}`);
}

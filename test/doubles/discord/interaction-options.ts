import {
  type APIApplicationCommand,
  type APIApplicationCommandInteractionDataOption,
  type APIApplicationCommandOption,
  type APIInteractionDataResolved,
  type APIInteractionDataResolvedChannel,
  ApplicationCommandOptionType,
} from "discord-api-types/v10";
import { partialMember } from "./payloads.js";
import { memberPermissions } from "./permissions.js";
import type { DoubleState, GuildRecord } from "./state.js";
import type { ChatInputInjection } from "./types.js";

/** The `data.options` tree and `data.resolved` of an injected chat-input interaction. */
export interface BuiltOptions {
  options: APIApplicationCommandInteractionDataOption[];
  resolved: APIInteractionDataResolved | undefined;
}

const NESTED = [ApplicationCommandOptionType.Subcommand, ApplicationCommandOptionType.SubcommandGroup];

function childOptions(option: APIApplicationCommandOption): APIApplicationCommandOption[] {
  return "options" in option && Array.isArray(option.options)
    ? (option.options as APIApplicationCommandOption[])
    : [];
}

function pick(
  defs: APIApplicationCommandOption[],
  type: ApplicationCommandOptionType,
  name: string,
  where: string,
) {
  const def = defs.find((d) => d.type === type && d.name === name);
  if (!def)
    throw new Error(
      `${where} has no ${type === ApplicationCommandOptionType.Subcommand ? "subcommand" : "subcommand group"} "${name}"`,
    );
  return def;
}

class Resolver {
  readonly resolved: Required<Pick<APIInteractionDataResolved, "users" | "members" | "roles" | "channels">> =
    {
      users: {},
      members: {},
      roles: {},
      channels: {},
    };
  used = false;

  constructor(
    private readonly state: DoubleState,
    private readonly guild: GuildRecord,
  ) {}

  user(id: string): void {
    this.used = true;
    this.resolved.users[id] = this.state.user(id);
    const member = this.guild.members.get(id);
    if (member) this.resolved.members[id] = partialMember(member, memberPermissions(this.guild, id));
  }

  role(id: string): void {
    const role = this.guild.roles.get(id);
    if (!role) throw new Error(`role ${id} is not in guild ${this.guild.id}`);
    this.used = true;
    this.resolved.roles[id] = role;
  }

  channel(id: string): void {
    const channel = this.guild.channels.get(id);
    if (!channel) throw new Error(`channel ${id} is not in guild ${this.guild.id}`);
    this.used = true;
    const resolved = {
      id,
      name: channel.name,
      type: channel.type,
      permissions: String(memberPermissions(this.guild, this.state.bot.id)),
      parent_id: channel.parentId,
    };
    this.resolved.channels[id] = resolved as APIInteractionDataResolvedChannel;
  }

  mentionable(id: string): void {
    if (this.guild.roles.has(id)) this.role(id);
    else this.user(id);
  }
}

/**
 * The Discord client refuses to send a value outside an option's min/max length or value, so an
 * injection asking for one is a test bug (autocomplete's partial values are not checked).
 */
function checkBounds(
  def: APIApplicationCommandOption,
  value: string | number | boolean,
  where: string,
): void {
  const bounds = def as { min_length?: number; max_length?: number; min_value?: number; max_value?: number };
  if (typeof value === "string") {
    const length = [...value].length;
    if (bounds.min_length !== undefined && length < bounds.min_length)
      throw new Error(`${where} takes at least ${bounds.min_length} characters, got ${length}`);
    if (bounds.max_length !== undefined && length > bounds.max_length)
      throw new Error(`${where} takes at most ${bounds.max_length} characters, got ${length}`);
  }
  if (typeof value === "number") {
    if (bounds.min_value !== undefined && value < bounds.min_value)
      throw new Error(`${where} takes at least ${bounds.min_value}, got ${value}`);
    if (bounds.max_value !== undefined && value > bounds.max_value)
      throw new Error(`${where} takes at most ${bounds.max_value}, got ${value}`);
  }
}

function leaf(
  def: APIApplicationCommandOption,
  value: string | number | boolean,
  focused: boolean,
  resolver: Resolver,
): APIApplicationCommandInteractionDataOption {
  const where = `option "${def.name}"`;
  if (!focused) {
    const expect: Partial<Record<ApplicationCommandOptionType, string>> = {
      [ApplicationCommandOptionType.String]: "string",
      [ApplicationCommandOptionType.Integer]: "number",
      [ApplicationCommandOptionType.Number]: "number",
      [ApplicationCommandOptionType.Boolean]: "boolean",
    };
    const wanted = expect[def.type] ?? "string";
    if (typeof value !== wanted) throw new Error(`${where} takes a ${wanted}, got ${JSON.stringify(value)}`);
    if (def.type === ApplicationCommandOptionType.Integer && !Number.isInteger(value))
      throw new Error(`${where} takes an integer`);
    checkBounds(def, value, where);
    const choices = "choices" in def && Array.isArray(def.choices) ? def.choices : undefined;
    if (choices && !choices.some((c) => c.value === value))
      throw new Error(`${where} must be one of its choices`);
    const id = String(value);
    if (def.type === ApplicationCommandOptionType.User) resolver.user(id);
    if (def.type === ApplicationCommandOptionType.Role) resolver.role(id);
    if (def.type === ApplicationCommandOptionType.Channel) resolver.channel(id);
    if (def.type === ApplicationCommandOptionType.Mentionable) resolver.mentionable(id);
  }
  const option = { name: def.name, type: def.type, value, ...(focused ? { focused: true } : {}) };
  return option as APIApplicationCommandInteractionDataOption;
}

/**
 * Turns `{ name: value }` into the option tree Discord sends, checked against the registered
 * command: unknown options, wrong types, values outside choices and missing required options
 * throw (the Discord client would never send them), and user/role/channel values are resolved.
 */
export function buildOptions(
  state: DoubleState,
  guild: GuildRecord,
  command: APIApplicationCommand,
  input: ChatInputInjection,
  focused: string | null,
): BuiltOptions {
  const resolver = new Resolver(state, guild);
  let defs = command.options ?? [];
  let where = `/${command.name}`;
  const wrap: { type: ApplicationCommandOptionType; name: string }[] = [];
  if (input.subcommandGroup) {
    defs = childOptions(
      pick(defs, ApplicationCommandOptionType.SubcommandGroup, input.subcommandGroup, where),
    );
    where += ` ${input.subcommandGroup}`;
    wrap.push({ type: ApplicationCommandOptionType.SubcommandGroup, name: input.subcommandGroup });
  }
  if (input.subcommand) {
    defs = childOptions(pick(defs, ApplicationCommandOptionType.Subcommand, input.subcommand, where));
    where += ` ${input.subcommand}`;
    wrap.push({ type: ApplicationCommandOptionType.Subcommand, name: input.subcommand });
  } else if (defs.some((d) => NESTED.includes(d.type))) {
    throw new Error(`${where} needs a subcommand`);
  }
  const values = input.options ?? {};
  const leaves = Object.entries(values).map(([name, value]) => {
    const def = defs.find((d) => d.name === name && !NESTED.includes(d.type));
    if (!def) throw new Error(`${where} has no option "${name}"`);
    return leaf(def, value, focused === name, resolver);
  });
  if (focused === null) {
    const missing = defs.filter((d) => "required" in d && d.required && !(d.name in values));
    if (missing.length > 0)
      throw new Error(`${where} is missing required option(s) ${missing.map((d) => d.name).join(", ")}`);
  } else if (!(focused in values)) {
    throw new Error(`focused option "${focused}" needs a (partial) value`);
  }
  let options = leaves;
  for (const level of wrap.reverse()) {
    options = [{ type: level.type, name: level.name, options } as APIApplicationCommandInteractionDataOption];
  }
  return { options, resolved: resolver.used ? resolver.resolved : undefined };
}

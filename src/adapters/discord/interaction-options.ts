import {
  ApplicationCommandOptionType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
} from "discord.js";
import type { Registry } from "../../core/commands/registry.js";
import type { AnyCommandSpec } from "../../core/commands/spec.js";
import type { GivenOption } from "./command-text.js";
import { optionName } from "./slash-commands.js";

type CommandLike = ChatInputCommandInteraction | AutocompleteInteraction;

/** The options under the subcommand (or the command itself for single-command groups). */
function leaves(interaction: CommandLike): readonly CommandInteractionOption[] {
  const top = interaction.options.data;
  const [first] = top;
  if (first?.type === ApplicationCommandOptionType.Subcommand) return first.options ?? [];
  if (first?.type === ApplicationCommandOptionType.SubcommandGroup) return first.options?.[0]?.options ?? [];
  return top;
}

/** The filled-in options of a slash command or an autocomplete request, as name → value. */
export function leafOptions(interaction: CommandLike): GivenOption[] {
  return leaves(interaction).map((o) => ({ name: o.name, type: o.type, value: o.value ?? undefined }));
}

/** The spec a slash command runs, or undefined when the registration is stale. */
export function specFor(registry: Registry, interaction: CommandLike): AnyCommandSpec | undefined {
  const group = registry.groups().find((g) => optionName(g) === interaction.commandName);
  if (!group) return undefined;
  const single = registry.get(group, "");
  if (single) return single;
  const sub = interaction.options.getSubcommand(false);
  return registry.inGroup(group).find((s) => optionName(s.name) === sub);
}

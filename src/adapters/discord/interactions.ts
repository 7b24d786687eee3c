import { randomUUID } from "node:crypto";
import {
  ApplicationCommandOptionType,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Client,
  Events,
  type Interaction,
  MessageFlags,
  type ModalSubmitInteraction,
} from "discord.js";
import type { Jura, Outcome } from "../../app/jura.js";
import type { Registry } from "../../core/commands/registry.js";
import { t } from "../../core/i18n.js";
import type { Log } from "../../log.js";
import type { Db } from "../../store/db.js";
import { complete } from "./autocomplete.js";
import { commandText, quote } from "./command-text.js";
import { mentionResolver, personOf, placeOf, placeResolver } from "./identity.js";
import { leafOptions, specFor } from "./interaction-options.js";
import type { Lanes } from "./lanes.js";
import { learnDiscordNames } from "./names.js";
import { parseVoteButton } from "./poll-body.js";
import { parseProposalButton, parseWhyModal, REASON_FIELD, whyModal } from "./proposal-buttons.js";
import { respond } from "./respond.js";
import type { RoleSync } from "./roles.js";
import { parseRsvpButton } from "./rsvp-buttons.js";
import { HELP_COMMAND } from "./slash-commands.js";

export interface InteractionDeps {
  jura: Jura;
  registry: Registry;
  db: Db;
  log: Log;
  roles: RoleSync;
  lanes: Lanes;
  allowed(guildId: string): boolean;
  /** Defer the reply when a command has not finished after this long (Discord allows 3 s). */
  deferAfterMs: number;
  /** True while the bot shuts down: new commands are turned away politely. */
  stopping(): boolean;
}

/**
 * Commands answered only to the person who ran them (a vote must not show); they are private
 * places for the core too, so a secret ballot may be cast with them. Help is ephemeral as well.
 */
const PRIVATE = new Set(["poll vote", "poll unvote"]);
/** Commands that change who holds the Delegate/Spokesperson roles (the rest: a periodic sync). */
const ROLE_COMMANDS = new Set(["mandate grant", "mandate renounce", "spokesperson name", "circle leave"]);

const NOT_HERE = "Jura works in server channels: run its commands in your circle's channel.";
const NOT_ENABLED = "Jura is not enabled on this server.";
const RESTARTING = "Jura is restarting; try again in a moment.";
const STALE =
  "This command is out of date (Jura was updated); Discord will show the new version in a moment.";

/**
 * Turns interactions into commands: a slash command becomes the text command the core parses
 * (one parsing and validation path for every platform), autocomplete reads the database, vote
 * buttons become `poll vote`, RSVP buttons `convergence rsvp`, and a proposal's Agree/Abstain
 * buttons `proposal agree|abstain`; its Object/Block buttons open a modal asking why, whose
 * submission becomes `proposal object|block <id> <why>`. Everything a button or modal starts is
 * answered only to the person who clicked, and runs as a private command (nobody else sees it).
 * Each interaction runs on its own; `lanes` tracks them so a stop can wait for the ones in flight.
 */
export function attachInteractions(client: Client, deps: InteractionDeps): void {
  client.on(Events.InteractionCreate, (interaction) => {
    void deps.lanes.run(`interaction:${interaction.id}`, () =>
      handle(interaction, deps).catch((err: unknown) => apologise(interaction, deps.log, err)),
    );
  });
}

/** Logs a failure with a reference and, unless it was already answered, tells the person so. */
async function apologise(interaction: Interaction, log: Log, err: unknown): Promise<void> {
  const ref = randomUUID().slice(0, 8);
  log.error({ err, ref, interactionId: interaction.id }, "an interaction could not be handled");
  const content = t("internal.apology", { ref });
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
    } else if (interaction.isRepliable() && !interaction.replied) {
      if (interaction.deferred) await interaction.editReply({ content });
      else await interaction.reply({ content, flags: MessageFlags.Ephemeral });
    }
  } catch (error) {
    log.warn({ err: error, ref, interactionId: interaction.id }, "could not tell the person about a failure");
  }
}

async function handle(interaction: Interaction, deps: InteractionDeps): Promise<void> {
  if (!interaction.inGuild() || !interaction.channelId) {
    if (interaction.isRepliable())
      await interaction.reply({ content: NOT_HERE, flags: MessageFlags.Ephemeral });
    return;
  }
  const { guildId, channelId } = interaction;
  const refusal = deps.stopping() ? RESTARTING : deps.allowed(guildId) ? undefined : NOT_ENABLED;
  if (refusal) {
    if (interaction.isAutocomplete()) await interaction.respond([]);
    else if (interaction.isRepliable())
      await interaction.reply({ content: refusal, flags: MessageFlags.Ephemeral });
    return;
  }
  const place = placeOf(guildId, channelId);
  learnDiscordNames(interaction);
  if (interaction.isAutocomplete()) return autocomplete(interaction, deps, place);
  if (interaction.isChatInputCommand()) return command(interaction, deps, place);
  if (interaction.isButton()) return button(interaction, deps, place);
  if (interaction.isModalSubmit()) return modalSubmit(interaction, deps, place);
  // Jura sends no menus or context-menu commands: anything else gets a clear answer.
  if (interaction.isRepliable())
    await interaction.reply({ content: t("discord.stale_component"), flags: MessageFlags.Ephemeral });
}

async function autocomplete(interaction: AutocompleteInteraction, deps: InteractionDeps, place: string) {
  let choices: Awaited<ReturnType<typeof complete>> = [];
  try {
    choices = await complete(interaction, { db: deps.db, registry: deps.registry, place });
  } catch (err) {
    deps.log.warn({ err, command: interaction.commandName }, "autocomplete failed");
  }
  await interaction.respond(choices);
}

async function command(interaction: ChatInputCommandInteraction, deps: InteractionDeps, place: string) {
  const guildId = interaction.guildId ?? "";
  let text: string;
  let key = interaction.commandName;
  let isPrivate = true;
  let named: string[] = [];
  if (interaction.commandName === HELP_COMMAND) {
    const given = interaction.options.get("topic")?.value;
    const topic = (typeof given === "string" ? given : "").replace(/[^\p{L}\p{N}_ -]/gu, " ");
    text = `help ${topic}`.trim();
  } else {
    const spec = specFor(deps.registry, interaction);
    if (!spec) {
      await interaction.reply({ content: STALE, flags: MessageFlags.Ephemeral });
      return;
    }
    key = `${spec.group} ${spec.name}`;
    isPrivate = PRIVATE.has(key);
    const given = leafOptions(interaction);
    text = commandText(spec, given, guildId);
    named = given.filter((o) => o.type === ApplicationCommandOptionType.User).map((o) => String(o.value));
  }
  const started = performance.now();
  const work = run(deps, interaction, place, text, { syncRoles: ROLE_COMMANDS.has(key), private: isPrivate });
  await respond(interaction, work, {
    private: isPrivate,
    deferAfterMs: deps.deferAfterMs,
    log: deps.log,
    mentions: named,
  });
  const outcome = await work;
  deps.log.debug(
    {
      interactionId: interaction.id,
      // A private command's text may be a secret vote: only its name is logged.
      ...(isPrivate ? { command: key } : { text }),
      kind: outcome.kind,
      ms: Math.round(performance.now() - started),
    },
    "slash command handled",
  );
}

/** The text command a button stands for, or a modal to open first (Object, Block). */
function buttonCommand(
  customId: string,
): { text: string } | { modal: ReturnType<typeof whyModal> } | undefined {
  const vote = parseVoteButton(customId);
  if (vote) return { text: `poll vote ${vote.pollId} #${vote.n}` };
  const rsvp = parseRsvpButton(customId);
  if (rsvp) return { text: `convergence rsvp ${rsvp.convergenceId} ${rsvp.answer}` };
  const proposal = parseProposalButton(customId);
  if (!proposal) return undefined;
  const { proposalId, answer } = proposal;
  if (answer === "object" || answer === "block") return { modal: whyModal(proposalId, answer) };
  return { text: `proposal ${answer} ${proposalId}` };
}

async function button(interaction: ButtonInteraction, deps: InteractionDeps, place: string) {
  const command = buttonCommand(interaction.customId);
  if (!command) {
    await interaction.reply({ content: t("discord.stale_component"), flags: MessageFlags.Ephemeral });
    return;
  }
  // A modal must be the first answer to the click, within Discord's 3 s: nothing runs before it.
  if ("modal" in command) return interaction.showModal(command.modal);
  const work = run(deps, interaction, place, command.text, { syncRoles: false, private: true });
  await respond(interaction, work, { private: true, deferAfterMs: deps.deferAfterMs, log: deps.log });
}

/** The why-modal of an Object or Block button, submitted: `proposal object|block <id> <why>`. */
async function modalSubmit(interaction: ModalSubmitInteraction, deps: InteractionDeps, place: string) {
  const why = parseWhyModal(interaction.customId);
  if (!why) {
    await interaction.reply({ content: t("discord.stale_component"), flags: MessageFlags.Ephemeral });
    return;
  }
  const field = interaction.fields.fields.get(REASON_FIELD);
  const value = field && "value" in field && typeof field.value === "string" ? field.value.trim() : "";
  if (!value) {
    deps.log.info({ interactionId: interaction.id, ...why }, "a why-modal came back without a reason");
    const content = t("discord.proposal_why_missing", { answer: why.answer, id: why.proposalId });
    await interaction.reply({ content, flags: MessageFlags.Ephemeral });
    return;
  }
  const text = `proposal ${why.answer} ${why.proposalId} reason:${quote(value)}`;
  const work = run(deps, interaction, place, text, { syncRoles: false, private: true });
  await respond(interaction, work, { private: true, deferAfterMs: deps.deferAfterMs, log: deps.log });
}

async function run(
  deps: InteractionDeps,
  interaction: ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction,
  place: string,
  text: string,
  options: { syncRoles: boolean; private: boolean },
): Promise<Outcome> {
  const guildId = interaction.guildId ?? "";
  const outcome = await deps.jura.handle({
    actor: personOf(interaction.user.id),
    place,
    text,
    eventId: `discord:interaction:${interaction.id}`,
    // The language the person's Discord client is set to (`fr`, `es-ES`…), after their own choice.
    locale: interaction.locale,
    resolveMention: mentionResolver,
    resolvePlace: placeResolver(guildId),
    private: options.private,
  });
  if (outcome.kind !== "reply" || !options.syncRoles) return outcome;
  const problem = await deps.roles.sync(guildId).catch((err: unknown) => {
    deps.log.warn({ err, guildId }, "role sync failed");
    return undefined;
  });
  return problem ? { ...outcome, text: `${outcome.text}\n${problem}` } : outcome;
}

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
} from "discord.js";
import type { Jura, Outcome } from "../../app/jura.js";
import type { Registry } from "../../core/commands/registry.js";
import { t } from "../../core/i18n.js";
import type { Log } from "../../log.js";
import type { Db } from "../../store/db.js";
import { complete } from "./autocomplete.js";
import { commandText } from "./command-text.js";
import { mentionResolver, personOf, placeOf, placeResolver } from "./identity.js";
import { leafOptions, specFor } from "./interaction-options.js";
import type { Lanes } from "./lanes.js";
import { parseVoteButton } from "./poll-body.js";
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

/** Commands answered only to the person who ran them: a vote must not show, help is personal. */
const PRIVATE = new Set(["poll vote"]);
/** Commands that change who holds the Delegate/Spokesperson roles (the rest: a periodic sync). */
const ROLE_COMMANDS = new Set(["mandate grant", "mandate renounce", "spokesperson name", "circle leave"]);

const NOT_HERE = "Jura works in server channels: run its commands in your circle's channel.";
const NOT_ENABLED = "Jura is not enabled on this server.";
const RESTARTING = "Jura is restarting; try again in a moment.";
const STALE =
  "This command is out of date (Jura was updated); Discord will show the new version in a moment.";

/**
 * Turns interactions into commands: a slash command becomes the text command the core parses
 * (one parsing and validation path for every platform), autocomplete reads the database, and
 * vote buttons become `poll vote`, RSVP buttons `convergence rsvp`. Each interaction runs on its own; `lanes` tracks them so a
 * stop can wait for the ones in flight.
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
  if (interaction.isAutocomplete()) return autocomplete(interaction, deps, place);
  if (interaction.isChatInputCommand()) return command(interaction, deps, place);
  if (interaction.isButton()) return button(interaction, deps, place);
  // Jura sends no menus, modals or context-menu commands: anything else gets a clear answer.
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
  const work = run(deps, interaction, place, text, ROLE_COMMANDS.has(key));
  await respond(interaction, work, {
    private: isPrivate,
    deferAfterMs: deps.deferAfterMs,
    log: deps.log,
    mentions: named,
  });
  const outcome = await work;
  deps.log.debug(
    { interactionId: interaction.id, text, kind: outcome.kind, ms: Math.round(performance.now() - started) },
    "slash command handled",
  );
}

async function button(interaction: ButtonInteraction, deps: InteractionDeps, place: string) {
  const vote = parseVoteButton(interaction.customId);
  const rsvp = vote ? undefined : parseRsvpButton(interaction.customId);
  const text = vote
    ? `poll vote ${vote.pollId} #${vote.n}`
    : rsvp
      ? `convergence rsvp ${rsvp.convergenceId} ${rsvp.answer}`
      : undefined;
  if (!text) {
    await interaction.reply({ content: t("discord.stale_component"), flags: MessageFlags.Ephemeral });
    return;
  }
  const work = run(deps, interaction, place, text, false);
  await respond(interaction, work, { private: true, deferAfterMs: deps.deferAfterMs, log: deps.log });
}

async function run(
  deps: InteractionDeps,
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  place: string,
  text: string,
  syncRoles: boolean,
): Promise<Outcome> {
  const guildId = interaction.guildId ?? "";
  const outcome = await deps.jura.handle({
    actor: personOf(interaction.user.id),
    place,
    text,
    eventId: `discord:interaction:${interaction.id}`,
    resolveMention: mentionResolver,
    resolvePlace: placeResolver(guildId),
  });
  if (outcome.kind !== "reply" || !syncRoles) return outcome;
  const problem = await deps.roles.sync(guildId).catch((err: unknown) => {
    deps.log.warn({ err, guildId }, "role sync failed");
    return undefined;
  });
  return problem ? { ...outcome, text: `${outcome.text}\n${problem}` } : outcome;
}

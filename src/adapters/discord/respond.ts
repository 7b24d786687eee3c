import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  DiscordAPIError,
  type InteractionReplyOptions,
  MessageFlags,
  type ModalSubmitInteraction,
} from "discord.js";
import type { Outcome } from "../../app/jura.js";
import type { Log } from "../../log.js";
import { onlyUsers } from "./mentions.js";
import { renderText } from "./render.js";

type Answerable = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/**
 * How Jura answers one interaction: replies stay public unless `private`; errors, and outcomes
 * the core marks private (a secret vote's acknowledgement), are always private.
 */
export interface RespondOptions {
  /** Answer only the person who asked (a vote, help, a button). */
  private: boolean;
  /** Defer (show "thinking…") when the outcome is not ready after this long; Discord allows 3 s. */
  deferAfterMs: number;
  log: Log;
  /** Users the answer may ping: those the command's author named in it (see mentions.ts). */
  mentions?: readonly string[];
}

function body(text: string, ephemeral: boolean, mentions: readonly string[] = []): InteractionReplyOptions {
  const rendered = renderText(text, onlyUsers(mentions));
  return {
    ...(rendered.content !== undefined ? { content: rendered.content } : {}),
    ...(rendered.embeds ? { embeds: rendered.embeds } : {}),
    allowedMentions: { parse: [], users: rendered.allowed_mentions.users ?? [] },
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

const SLOW = Symbol("slow");

/** Whether only the person who asked may see this outcome. */
const personal = (outcome: Outcome, options: RespondOptions) =>
  options.private || outcome.kind === "error" || outcome.private === true;

/**
 * Answers within Discord's 3 s: replies directly when the outcome is quick; otherwise defers
 * and edits the deferred reply. An error or a private outcome after a public deferral deletes
 * the "thinking" message and answers privately instead, so neither a mistake nor a secret is
 * ever shown to the whole channel.
 */
export async function respond(
  interaction: Answerable,
  work: Promise<Outcome>,
  options: RespondOptions,
): Promise<void> {
  const timer = new Promise<typeof SLOW>((resolve) =>
    setTimeout(() => resolve(SLOW), options.deferAfterMs).unref(),
  );
  try {
    const first = await Promise.race([work, timer]);
    if (first !== SLOW) {
      if (first.kind === "duplicate") return;
      await interaction.reply(body(first.text, personal(first, options), options.mentions));
      return;
    }
    await interaction.deferReply(options.private ? { flags: MessageFlags.Ephemeral } : {});
    const outcome = await work;
    if (outcome.kind === "duplicate") {
      await interaction.deleteReply();
    } else if (personal(outcome, options) && !options.private) {
      await interaction.deleteReply();
      await interaction.followUp(body(outcome.text, true, options.mentions));
    } else {
      const { flags: _ephemeralIsSetByTheDeferral, ...edit } = body(outcome.text, false, options.mentions);
      await interaction.editReply(edit);
    }
  } catch (error) {
    const late = error instanceof DiscordAPIError && error.code === 10062;
    options.log.warn(
      { err: error, interactionId: interaction.id },
      late ? "an interaction expired before Jura could answer it" : "could not answer an interaction",
    );
  }
}

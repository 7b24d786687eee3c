import type { APIAllowedMentions, APIEmbed } from "discord-api-types/v10";
import { DateTime } from "luxon";
import { accountOf, accountOn, plainName } from "../../core/people.js";
import { peopleDirectory } from "../../core/people-directory.js";
import { renderFor, renderPlain, type Surface, slashCommand } from "../../core/people-text.js";
import { userOf } from "./identity.js";
import { NOBODY } from "./mentions.js";

/** A message body Discord accepts (content ≤ 2000, or one embed for longer texts). */
export interface RenderedText {
  content?: string;
  embeds?: APIEmbed[];
  allowed_mentions: APIAllowedMentions;
}

const CONTENT_MAX = 2000;
const EMBED_MAX = 4096;
const MOMENT = /(\d{4}-\d{2}-\d{2} \d{2}:\d{2}) \(([A-Za-z][\w+-]*(?:\/[\w+-]+){0,2})\)/g;

/** `yyyy-MM-dd HH:mm (Zone)`, as the core writes moments, as `<t:unix:F>`: each reader's own time. */
export function discordTimes(text: string): string {
  return text.replace(MOMENT, (whole, local: string, zone: string) => {
    const moment = DateTime.fromFormat(local, "yyyy-MM-dd HH:mm", { zone });
    return moment.isValid ? `<t:${Math.floor(moment.toSeconds())}:F>` : whole;
  });
}

/** `@123…` (how the core shows a Discord person) as a real mention `<@123…>`. */
export function discordMentions(text: string): string {
  return text.replace(/(^|[^\w<@])@(\d{15,25})\b/g, "$1<@$2>");
}

/**
 * Slash command ids by `group sub` (or `group`), learnt when the commands are registered: a
 * command a text names becomes a clickable `</group sub:id>` mention.
 */
const commandIds = new Map<string, string>();

/** Records the ids Discord gave the application's commands (from the registration's answer). */
export function learnCommandIds(
  commands: ReadonlyArray<{ id?: string; name: string; options?: unknown }>,
): void {
  for (const command of commands) {
    if (!command.id) continue;
    commandIds.set(command.name, command.id);
    const options = Array.isArray(command.options)
      ? (command.options as Array<{ type?: number; name?: string }>)
      : [];
    for (const option of options)
      if (option.type === 1 && option.name) commandIds.set(`${command.name} ${option.name}`, command.id);
  }
}

/** How a Discord message writes people and commands: mentions, names from elsewhere, command mentions. */
const DISCORD_SURFACE: Surface = {
  person: ({ id, code }) => {
    const account = accountOn(peopleDirectory, id, "discord");
    const user = account ? userOf(account.id) : undefined;
    return user && !code ? `<@${user}>` : plainName(account ?? accountOf(peopleDirectory, id), "discord");
  },
  command: (piece) => {
    const typed = slashCommand(piece);
    const id = piece.code ? undefined : commandIds.get(typed.slice(1));
    return id ? `<${typed}:${id}>` : typed;
  },
};

/** A core text's people and commands as Discord writes them (see people-text.ts). */
export function discordPeople(text: string): string {
  return renderFor(text, DISCORD_SURFACE);
}

/** A core text for a plain Discord surface (a poll question or answer, an event): names, never ids. */
export function discordPlain(text: string): string {
  return renderPlain(text, peopleDirectory, "discord");
}

/** Core text as Discord markup: people, commands and local times. */
export function toDiscord(text: string): string {
  return discordMentions(discordTimes(discordPeople(text)));
}

/** Cuts to `max` characters, ending with an ellipsis when it had to cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * A core text as a message: plain content when it fits, else an embed (never rejected for
 * length). It pings nobody unless `mentions` says whom (see mentions.ts).
 */
export function renderText(text: string, mentions: APIAllowedMentions = NOBODY): RenderedText {
  const body = toDiscord(text).trim() || "…";
  if (body.length <= CONTENT_MAX) return { content: body, allowed_mentions: mentions };
  return { embeds: [{ description: clip(body, EMBED_MAX) }], allowed_mentions: mentions };
}

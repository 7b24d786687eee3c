import type { APIAllowedMentions, APIEmbed } from "discord-api-types/v10";
import { DateTime } from "luxon";
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

/** Core text as Discord markup: mentions and local times. */
export function toDiscord(text: string): string {
  return discordMentions(discordTimes(text));
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

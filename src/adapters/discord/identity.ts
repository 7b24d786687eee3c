import type { MentionResolver, PlaceResolver } from "../../core/commands/bind.js";
import { isPersonId, isPlaceId, type PersonId, type PlaceId } from "../../core/ids.js";
import { withDirectory } from "../../core/people-resolve.js";

/** A Discord user as a Jura person: `discord:<userId>`. */
export const personOf = (userId: string): PersonId => `discord:${userId}`;

/** A guild channel as a Jura place: `discord:<guildId>/<channelId>`; a circle's home is one. */
export const placeOf = (guildId: string, channelId: string): PlaceId => `discord:${guildId}/${channelId}`;

/** The guild and channel of a `discord:` place, or undefined for any other place. */
export function channelOf(place: PlaceId): { guildId: string; channelId: string } | undefined {
  const match = /^discord:(\d{1,25})\/(\d{1,25})$/.exec(place);
  return match?.[1] && match[2] ? { guildId: match[1], channelId: match[2] } : undefined;
}

/** The user id of a `discord:` person, or undefined. */
export function userOf(person: PersonId): string | undefined {
  return /^discord:(\d{1,25})$/.exec(person)?.[1];
}

/**
 * Reads what a person may type for someone in a text option: `<@123>`, `<@!123>`, `@123`,
 * `123` or `discord:123`. Slash commands pass people as USER options, so this is the fallback.
 */
export const mentionResolver: MentionResolver = withDirectory((raw) => {
  const text = raw.trim();
  const id = /^<?@?!?(\d{15,25})>?$/.exec(text)?.[1] ?? /^discord:(\d{1,25})$/.exec(text)?.[1];
  const person = id ? personOf(id) : undefined;
  return person && isPersonId(person) ? person : undefined;
});

/** Reads `<#123>` or a bare channel id as a channel of `guildId`, and full place ids as they are. */
export function placeResolver(guildId: string): PlaceResolver {
  return (raw) => {
    const text = raw.trim();
    if (isPlaceId(text)) return text;
    const id = /^<#(\d{15,25})>$/.exec(text)?.[1] ?? /^(\d{15,25})$/.exec(text)?.[1];
    return id ? placeOf(guildId, id) : undefined;
  };
}

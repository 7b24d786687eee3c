import type { MentionResolver, PlaceResolver } from "../../core/commands/bind.js";
import { UserError } from "../../core/errors.js";
import { isPersonId, type PersonId, type PlaceId } from "../../core/ids.js";
import { withDirectory } from "../../core/people-resolve.js";

/** `@alice:example.org` → `matrix:@alice:example.org`. */
export const personOf = (userId: string): PersonId => `matrix:${userId}`;

/** `!room:example.org` → `matrix:!room:example.org`. */
export const placeOf = (roomId: string): PlaceId => `matrix:${roomId}`;

/** Control characters (NUL among them, which PostgreSQL cannot store). */
const CONTROL = /\p{Cc}/u;

/**
 * A Matrix identifier as the specification bounds it: its sigil (`!` a room, `@` a user, `$` an
 * event), at most 255 bytes, no control characters. Anything else in an event's envelope did not
 * come from a homeserver keeping the rules, and is not acted on.
 */
export function isMatrixId(value: unknown, sigil: "!" | "@" | "$"): value is string {
  return (
    typeof value === "string" &&
    value.length > 1 &&
    value.startsWith(sigil) &&
    Buffer.byteLength(value) <= 255 &&
    !CONTROL.test(value)
  );
}

/** The room id of a Matrix place, or undefined for other platforms' places. */
export function roomOf(place: PlaceId): string | undefined {
  return place.startsWith("matrix:!") ? place.slice("matrix:".length) : undefined;
}

/** The server part of a user id or room alias (`@a:example.org:8448` → `example.org:8448`). */
export function serverOf(id: string): string {
  return id.slice(id.indexOf(":") + 1);
}

/** A link Element and other clients open: `https://matrix.to/#/!room:server`. */
export const permalink = (roomOrUser: string): string => `https://matrix.to/#/${roomOrUser}`;

/**
 * `@bob:example.org` is that person; a bare `@bob` means bob on the speaker's own server; ids of
 * other platforms (`discord:123`) pass through. Returns undefined for anything else.
 */
export function mentionResolver(actorUserId: string): MentionResolver {
  return withDirectory((raw) => {
    const text = raw.trim().replace(/^@/, "");
    if (/^(discord|matrix|shell):/.test(text)) return isPersonId(text) ? text : undefined;
    const userId = text.includes(":") ? `@${text}` : `@${text}:${serverOf(actorUserId)}`;
    const person = personOf(userId);
    return isPersonId(person) ? person : undefined;
  });
}

/** Room aliases a message mentions (`#garden:example.org`), to resolve before the command runs. */
export function aliasesIn(text: string): string[] {
  return [...new Set(text.match(/#[^\s"'#:]+:[A-Za-z0-9.\-:[\]]+/g) ?? [])].slice(0, 5);
}

/**
 * Places as Matrix users write them: a room id, an alias already resolved to one (`aliases`),
 * a matrix.to link, or a `matrix:` place id. The core validates the result. A place of another
 * platform is refused: nobody in Matrix can show they may post in a Discord channel.
 */
export function placeResolver(aliases: ReadonlyMap<string, string>): PlaceResolver {
  return (raw) => {
    let text = raw.trim();
    if (/^matrix:/i.test(text)) return text;
    if (/^(discord|shell):/i.test(text))
      throw new UserError("matrix.place_other_platform", { place: text.slice(0, 80) });
    const link = /^https:\/\/matrix\.to\/#\/([^?\s]+)/.exec(text);
    if (link?.[1]) {
      try {
        text = decodeURIComponent(link[1]);
      } catch {
        return undefined;
      }
    }
    if (text.startsWith("#")) {
      const roomId = aliases.get(text);
      return roomId ? placeOf(roomId) : undefined;
    }
    return text.startsWith("!") ? placeOf(text) : undefined;
  };
}

/**
 * Whether `userId` may invite the bot: patterns are user ids or `*:server` (also `@*:server`);
 * no patterns means anyone may.
 */
export function inviterAllowed(patterns: readonly string[], userId: string): boolean {
  if (patterns.length === 0) return true;
  return patterns.some((pattern) => {
    const wildcard = /^@?\*:(.+)$/.exec(pattern);
    return wildcard ? serverOf(userId).toLowerCase() === wildcard[1]?.toLowerCase() : pattern === userId;
  });
}

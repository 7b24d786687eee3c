import type { APIAllowedMentions } from "discord-api-types/v10";
import { peopleDirectory } from "../../core/people-directory.js";
import { userOf } from "./identity.js";

/**
 * Who a message of Jura's may ping. Its messages name people as information (who voted what,
 * who holds which mandate, what a digest lists), and Discord would notify every `<@id>` in
 * them. So nobody is pinged unless the message is addressed to them: the person a rotation's
 * heads-up asks to take over, and in a command's answer the people its author named in the
 * command (as if they had written it themselves). @everyone, @here and roles never: a circle's
 * name may contain them.
 */
export const NOBODY: APIAllowedMentions = { parse: [] };

/** Pings exactly these users (Discord accepts up to 100), nobody else. */
export function onlyUsers(userIds: Iterable<string>): APIAllowedMentions {
  const users = [...new Set(userIds)].slice(0, 100);
  return users.length > 0 ? { parse: [], users } : NOBODY;
}

/** Outbox key of a heads-up to a person: `rotation:<id>:term:<n>:heads-up:<holder>`. */
const HEADS_UP = /^rotation:\d{1,10}:term:\d{1,10}:heads-up:((?:discord|matrix):.{1,300})$/;

/**
 * Whom an announcement, known by its outbox key, may ping: the holder of a heads-up (through
 * their Discord account when the person is a linked Matrix one), or nobody.
 */
export function announcementMentions(key: string): APIAllowedMentions {
  const holder = HEADS_UP.exec(key)?.[1];
  const account = holder
    ? peopleDirectory.accountsOf(holder).find((a) => a.startsWith("discord:"))
    : undefined;
  const user = account ? userOf(account) : undefined;
  return user ? onlyUsers([user]) : NOBODY;
}

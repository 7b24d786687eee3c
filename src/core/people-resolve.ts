import type { MentionResolver } from "./commands/bind.js";
import { UserError } from "./errors.js";
import { t } from "./i18n.js";
import { isPersonId, type PersonId } from "./ids.js";
import { type Account, plainName, readTypedName } from "./people.js";
import { type PeopleDirectory, peopleDirectory } from "./people-directory.js";

/** How many candidates an ambiguous name lists. */
const MAX_CANDIDATES = 8;

/**
 * A platform's mention resolver that also reads every form Jura shows a person in, so a person
 * of one platform can be named from the other: `@"Bob (Discord)"`, `@"Bob (Discord ~bob2)"`,
 * `@~bob2`, Discord's `<@123>`, any platform's id (`@discord:123`, `@matrix:@a:b`), and, when
 * the platform's own reading names nobody, a bare display name. A name that fits several
 * accounts is a UserError listing them (never a guess); one that fits nobody says how to name
 * people. The platform's own forms come first for everything else (`@bob` on Matrix is bob on
 * the speaker's server), except digits that name a Discord member Jura knows.
 */
export function withDirectory(
  base: MentionResolver,
  directory: PeopleDirectory = peopleDirectory,
): MentionResolver {
  const read = reader(base, directory);
  // A linked account is its person: whoever names it names them.
  return (raw) => {
    const id = read(raw);
    return id === undefined ? undefined : directory.canonical(id);
  };
}

function reader(base: MentionResolver, directory: PeopleDirectory): MentionResolver {
  return (raw) => {
    const text = raw.trim();
    const discord = /^<@!?(\d{1,25})>$/.exec(text)?.[1] ?? /^@?(\d{15,25})$/.exec(text)?.[1];
    if (discord && (text.startsWith("<") || directory.get(`discord:${discord}`))) return `discord:${discord}`;
    const bare = text.replace(/^@/, "");
    if (/^(discord|matrix|shell):/.test(bare)) return isPersonId(bare) ? bare : undefined;
    const typed = readTypedName(text);
    if (typed && (typed.platform || typed.handle)) return pick(text, directory.find(typed));
    const own = base(raw);
    if (own !== undefined) return own;
    if (!typed?.name) return undefined;
    const found = directory.find(typed);
    return found.length === 0 ? undefined : pick(text, found);
  };
}

function pick(typed: string, found: readonly Account[]): PersonId {
  const [only, ...others] = found;
  if (only && others.length === 0) return only.id;
  if (!only) {
    const handle = readTypedName(typed)?.handle;
    if (handle) throw new UserError("people.unknown_handle", { handle });
    throw new UserError("people.unknown_name", { name: typed.slice(0, 80) });
  }
  const candidates = found
    .slice(0, MAX_CANDIDATES)
    .map((a) =>
      t("people.candidate", { person: plainName({ ...a, ambiguous: false }), handle: a.handle ?? "?" }),
    )
    .join(", ");
  throw new UserError("people.ambiguous", {
    name: typed.slice(0, 80),
    count: found.length,
    candidates,
    example: only.handle ?? "bob",
  });
}

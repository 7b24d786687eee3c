import { t } from "./i18n.js";
import { isPersonId, type PersonId, type Platform, platformOf } from "./ids.js";
import { nameKey } from "./names.js";

/**
 * People across platforms. Jura keeps a directory of accounts (`discord:<id>`, `matrix:@u:s`,
 * `shell:<name>`): each account's display name as its platform gives it, a short handle Jura
 * assigns (`~bob`), and the person it belongs to. An account is its own person until `me link`
 * makes a Matrix and a Discord account one person: from then on the person's id is the account
 * that asked for the link code, and adapters resolve either account to it at the door.
 */

/** One account as the directory knows it. */
export interface Account {
  id: PersonId;
  platform: Platform;
  /** The display name its platform gives (Discord nickname or global name, Matrix displayname). */
  name?: string | undefined;
  /** Jura's short handle, unique, typed back as `@~handle`. */
  handle?: string | undefined;
  /** Another account on the same platform shows the same name: the handle tells them apart. */
  ambiguous?: boolean | undefined;
}

/** A person: the accounts that are them (one, or one per platform once linked). */
export interface PersonView {
  person: PersonId;
  accounts: readonly Account[];
}

/**
 * What a renderer knows of the people a text names: each token's id (an account) to its person.
 * A token missing from the book is still rendered, from its id alone (never shown raw).
 */
export interface PeopleBook {
  get(id: PersonId): PersonView | undefined;
}

export const EMPTY_BOOK: PeopleBook = new Map<PersonId, PersonView>();

/** The account a token names, as far as the book knows it. */
export function accountOf(book: PeopleBook, id: PersonId): Account {
  const view = book.get(id);
  const known = view?.accounts.find((a) => a.id === id);
  return known ?? { id, platform: platformOf(id) ?? "shell" };
}

/** The person's account on `platform`, if they have one: a linked person is mentioned there. */
export function accountOn(book: PeopleBook, id: PersonId, platform: Platform): Account | undefined {
  const own = accountOf(book, id);
  if (own.platform === platform) return own;
  return book.get(id)?.accounts.find((a) => a.platform === platform);
}

/** The local part of an id: `alice` (shell), `@a:server` (Matrix). */
function localPart(id: PersonId): string {
  return id.slice(id.indexOf(":") + 1);
}

/**
 * How a person is named where no mention is possible, for a reader on `reader` (or nowhere in
 * particular: exports, pages, the shell). People of the reader's platform by name (`@Bob`),
 * others by name and platform (`Bob (Discord)`, with the handle when another account there has
 * the same name: `Bob (Discord ~bob2)`), shell people as `@alice`. Never a Discord id: a Discord
 * member whose name Jura has not seen yet is "a Discord member".
 */
export function plainName(account: Account, reader?: Platform): string {
  const { platform, name } = account;
  if (platform === "shell") return `@${name ?? localPart(account.id)}`;
  if (name === undefined || name === "") {
    if (platform === "matrix") return localPart(account.id);
    return t("people.unnamed", { platform });
  }
  if (platform === reader) return `@${name}`;
  return account.ambiguous && account.handle
    ? t("people.elsewhere_handle", { name, platform, handle: account.handle })
    : t("people.elsewhere", { name, platform });
}

/** What a person typed to name someone, read as a name Jura shows: `Bob (Discord)`, `Bob (Discord ~bob2)`, `~bob2`. */
export interface TypedName {
  /** The name part, as typed (compared with nameKey). */
  name?: string;
  platform?: Platform;
  handle?: string;
}

const HANDLE = /^[a-z0-9][a-z0-9-]{0,23}$/;
const LABELS: Record<string, Platform> = { discord: "discord", matrix: "matrix", shell: "shell" };

/**
 * Reads `Bob (Discord)`, `Bob (Discord ~bob2)`, `~bob2` or a bare name. Undefined for text that
 * names nobody (empty, or a platform id, which callers read themselves).
 */
export function readTypedName(raw: string): TypedName | undefined {
  const text = raw.trim();
  if (text === "" || isPersonId(text)) return undefined;
  if (text.startsWith("~")) {
    const handle = text.slice(1).toLowerCase();
    return HANDLE.test(handle) ? { handle } : undefined;
  }
  if (text.endsWith(")")) {
    const open = text.lastIndexOf(" (");
    if (open > 0) {
      const [label, handle, ...extra] = text
        .slice(open + 2, -1)
        .trim()
        .split(/\s+/);
      const platform = LABELS[(label ?? "").toLowerCase()];
      const tilde = handle?.startsWith("~") ? handle.slice(1).toLowerCase() : undefined;
      if (platform && extra.length === 0 && (handle === undefined || (tilde && HANDLE.test(tilde))))
        return { name: text.slice(0, open).trim(), platform, ...(tilde ? { handle: tilde } : {}) };
    }
  }
  return { name: text };
}

/**
 * The handle Jura offers for a display name: lower-case letters and digits of its first words
 * (accents dropped), at most 16 characters, `p` when nothing is left. Uniqueness is the
 * directory's (it adds a number).
 */
export function handleStem(name: string): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-");
  let start = 0;
  let end = ascii.length;
  while (start < end && ascii[start] === "-") start++;
  while (end > start && ascii[end - 1] === "-") end--;
  const stem = ascii.slice(start, end).slice(0, 16).replace(/-$/, "");
  return stem || "p";
}

/** The key display names are compared by (as circle names are: case and spacing do not matter). */
export const displayNameKey = nameKey;

/**
 * A display name as Jura keeps it: one line, no control or invisible characters (a platform
 * allows more than Jura shows), at most 64 characters. Undefined when nothing readable is left.
 */
export function cleanDisplayName(raw: string | null | undefined): string | undefined {
  if (typeof raw !== "string") return undefined;
  const cleaned = raw
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u27e6\u27e7]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  const clipped = [...cleaned].slice(0, 64).join("").trim();
  return clipped === "" ? undefined : clipped;
}

/** Link codes: 8 characters of an alphabet without look-alikes (about 40 bits). */
export const LINK_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const LINK_CODE_LENGTH = 8;
/** How long a link code works. */
export const LINK_CODE_MINUTES = 10;
/** Wrong codes an account may enter per hour before it must wait. */
export const LINK_TRIES_PER_HOUR = 5;

/** A code as typed: spaces and dashes dropped, upper case. Undefined when it cannot be one. */
export function normalizeLinkCode(typed: string): string | undefined {
  const code = typed.replace(/[\s-]/g, "").toUpperCase();
  if (code.length !== LINK_CODE_LENGTH) return undefined;
  for (const c of code) if (!LINK_CODE_ALPHABET.includes(c)) return undefined;
  return code;
}

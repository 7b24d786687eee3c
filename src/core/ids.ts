/**
 * People and places are strings with a platform prefix, so one federation can span Matrix,
 * Discord and the local shell without a lookup table:
 * - person: `discord:<userId>`, `matrix:@user:server`, `shell:<name>`
 * - place:  `discord:<guildId>/<channelId>`, `matrix:!room:server`, `shell:<name>` (`shell:@alice`:
 *   alice's direct conversation with Jura, which only she sees)
 */
export const PLATFORMS = ["shell", "matrix", "discord"] as const;
export type Platform = (typeof PLATFORMS)[number];
export type PersonId = string;
export type PlaceId = string;

const PERSON_PATTERNS: Record<Platform, RegExp> = {
  discord: /^discord:\d{1,25}$/,
  matrix: /^matrix:@[a-z0-9._=\-/+]+:[a-z0-9.\-[\]]+(:\d{1,5})?$/i,
  shell: /^shell:[\p{L}\p{N}_.-]{1,64}$/u,
};

const PLACE_PATTERNS: Record<Platform, RegExp> = {
  discord: /^discord:\d{1,25}\/\d{1,25}$/,
  // Room version 12 ids have no `:server` part.
  matrix: /^matrix:![A-Za-z0-9._~=\-/+]+(:[a-z0-9.\-[\]]+(:\d{1,5})?)?$/i,
  shell: /^shell:[#@]?[\p{L}\p{N}_.-]{1,64}$/u,
};

export function platformOf(id: string): Platform | undefined {
  const prefix = id.slice(0, id.indexOf(":"));
  return prefix === "discord" || prefix === "matrix" || prefix === "shell" ? prefix : undefined;
}

export function isPersonId(id: string): boolean {
  const platform = platformOf(id);
  return platform !== undefined && PERSON_PATTERNS[platform].test(id);
}

export function isPlaceId(id: string): boolean {
  const platform = platformOf(id);
  return platform !== undefined && PLACE_PATTERNS[platform].test(id);
}

/** The brackets of a person token: never typed by people (the door refuses them), never shown. */
export const TOKEN_OPEN = "\u27e6";
export const TOKEN_CLOSE = "\u27e7";

/**
 * How the core names a person in any text it writes: a token, `⟦discord:1577…⟧`, that every
 * surface text leaves Jura through renders for its reader in one step (see people-text.ts): a
 * real mention on the person's own platform, their display name and platform elsewhere
 * ("Bob (Discord)"), display names on plain-text surfaces (polls, events, exports, pages, the
 * shell). Readers never see the token itself, and its brackets are refused in what people type,
 * so a token in a text is always one the core wrote.
 */
export function displayPerson(id: PersonId): string {
  return `${TOKEN_OPEN}${id}${TOKEN_CLOSE}`;
}

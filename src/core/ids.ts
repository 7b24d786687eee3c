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

/** How a person is shown in chat: the platform-local part (`alice`, `@a:server`, `<@123>` later). */
export function displayPerson(id: PersonId): string {
  const local = id.slice(id.indexOf(":") + 1);
  return local.startsWith("@") ? local : `@${local}`;
}

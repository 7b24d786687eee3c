import { isPersonId, isPlaceId, type PersonId, type PlaceId } from "../../core/ids.js";

/**
 * In the shell anyone can be anyone: `alice` is `shell:alice`, and full ids from other platforms
 * (`matrix:@a:example.org`, `discord:123`) are accepted as they are, so scripts can rehearse a
 * federation that spans platforms.
 */
export function shellPerson(text: string): PersonId | undefined {
  const raw = text.trim().replace(/^@(?=[^:]+$)/, "");
  if (/^(discord|matrix|shell):/.test(raw)) return isPersonId(raw) ? raw : undefined;
  if (/^@?[^:@\s]+:[^:\s]+$/.test(raw)) {
    const matrix = `matrix:@${raw.replace(/^@/, "")}`;
    return isPersonId(matrix) ? matrix : undefined;
  }
  const shell = `shell:${raw}`;
  return isPersonId(shell) ? shell : undefined;
}

export function shellPlace(text: string): PlaceId | undefined {
  const raw = text.trim();
  const place = /^(discord|matrix|shell):/.test(raw) ? raw : `shell:${raw}`;
  return isPlaceId(place) ? place : undefined;
}

/** A person's direct conversation with Jura in the shell (`shell:@alice`): only they see it. */
export function directPlace(person: PersonId): PlaceId {
  return `shell:@${person.slice(person.indexOf(":") + 1)}`;
}

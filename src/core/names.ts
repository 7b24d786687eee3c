/** Names of circles and federations: what people type, compared without case or spacing accidents. */
const NAME = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} _.'&-]{0,63}$/u;

export function isValidName(name: string): boolean {
  return NAME.test(name) && !name.endsWith(" ");
}

/** Canonical form used for uniqueness and look-ups: NFKC, lower case, single spaces. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKC")
    .trim()
    .replace(/[\p{Zs}\t]+/gu, " ")
    .toLowerCase(); // the root locale's mapping, as toLocaleLowerCase("und") (and cheaper)
}

/** Normalises what a person typed before validation: NFC, trimmed, single spaces. */
export function cleanName(name: string): string {
  return name
    .normalize("NFC")
    .trim()
    .replace(/[\p{Zs}\t]+/gu, " ");
}

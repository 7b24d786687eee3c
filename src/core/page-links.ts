/**
 * Signed, expiring links to a federation's page and exports, for federations whose page is for
 * members only. A link carries `key=<expiry>.<signature>`: an HMAC-SHA256, with the
 * federation's own page key, of the federation's id and the expiry (seconds since 1970). Nobody
 * can make one without the key, a link stops working when it expires, and a new page key (set
 * whenever the federation changes its page's visibility) revokes every link given before.
 * Web Crypto (no Node import), so the core can make links and the HTTP server check them.
 */

/** How long a link Jura gives a member works. */
export const LINK_DAYS = 7;

const encoder = new TextEncoder();

async function hmac(key: string, message: string): Promise<string> {
  const cryptoKey = await crypto.subtle.importKey(
    "raw",
    encoder.encode(key),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const signature = new Uint8Array(await crypto.subtle.sign("HMAC", cryptoKey, encoder.encode(message)));
  let text = btoa(String.fromCharCode(...signature))
    .replaceAll("+", "-")
    .replaceAll("/", "_");
  while (text.endsWith("=")) text = text.slice(0, -1);
  return text;
}

/** The `key` parameter of a link to federation `federationId`'s page, valid until `expires`. */
export async function signLink(pageKey: string, federationId: number, expires: Date): Promise<string> {
  const seconds = Math.floor(expires.getTime() / 1000);
  return `${seconds}.${await hmac(pageKey, `federation:${federationId}:${seconds}`)}`;
}

/** Whether `token` is a link key for this federation that has not expired at `now`. */
export async function checkLink(
  pageKey: string,
  federationId: number,
  token: string,
  now: Date,
): Promise<boolean> {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return false;
  const seconds = Number(match[1]);
  if (seconds * 1000 <= now.getTime()) return false;
  const expected = await hmac(pageKey, `federation:${federationId}:${seconds}`);
  // Constant-time comparison of two equal-length strings.
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ (match[2]?.charCodeAt(i) ?? 0);
  return diff === 0;
}

/** The path of a federation's page (and, under it, its exports), its name URL-encoded. */
export function federationPath(name: string): string {
  return `/federations/${encodeURIComponent(name)}`;
}

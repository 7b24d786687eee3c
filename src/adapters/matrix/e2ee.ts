import { createRequire, registerHooks } from "node:module";

/** The package matrix-bot-sdk 0.8 requires at import for its Rust crypto. */
export const CRYPTO_PACKAGE = "@matrix-org/matrix-sdk-crypto-nodejs";

/** Whether end-to-end encryption can work in this process, and why not. */
export interface CryptoSupport {
  available: boolean;
  /** The loader's error when the native library is missing. */
  reason?: string;
}

let support: CryptoSupport | undefined;

/**
 * Must run before `matrix-bot-sdk` is imported. A plain `require` of the crypto package is tried
 * first; only when it fails (its native library is downloaded by a postinstall that often cannot
 * run) is a resolve hook installed that maps exactly that one specifier to a stand-in which loads
 * fine and throws only when used. So the bot runs in unencrypted rooms, and a real library, once
 * present, is used untouched. Idempotent.
 */
export function prepareCrypto(): CryptoSupport {
  if (support) return support;
  const require = createRequire(import.meta.url);
  try {
    require(CRYPTO_PACKAGE);
    support = { available: true };
  } catch (error) {
    const standIn = new URL("./crypto-stand-in.cjs", import.meta.url).href;
    registerHooks({
      resolve: (specifier, context, next) =>
        specifier === CRYPTO_PACKAGE
          ? { url: standIn, format: "commonjs", shortCircuit: true }
          : next(specifier, context),
    });
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    support = { available: false, reason: message };
  }
  return support;
}

/** How an operator turns encryption on; shown in logs and start-up errors. */
export const E2EE_HOWTO = [
  `End-to-end encryption needs the native library of ${CRYPTO_PACKAGE}, which its install script`,
  "downloads from GitHub (npm blocks install scripts by default, and offline installs skip it).",
  "To enable it: `node node_modules/@matrix-org/matrix-sdk-crypto-nodejs/download-lib.js`",
  "(or `npm rebuild @matrix-org/matrix-sdk-crypto-nodejs --foreground-scripts`), then set",
  "MATRIX_E2EE=true and restart Jura. Until then Jura works in unencrypted rooms only.",
].join(" ");

/** Posted (unencrypted) in an encrypted room Jura cannot read. */
export const ENCRYPTED_ROOM_NOTICE =
  "This room is end-to-end encrypted, and this Jura cannot read encrypted messages yet, so " +
  "commands sent here will not reach me. Use an unencrypted room for Jura, or ask whoever runs " +
  "Jura to enable encryption (MATRIX_E2EE=true with the native crypto library; see the README's " +
  "Matrix section).";

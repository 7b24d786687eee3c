import { type CryptoSupport, prepareCrypto } from "./e2ee.js";

/** Whether matrix-bot-sdk's Rust crypto can work here (decided before the SDK is loaded). */
export const cryptoSupport: CryptoSupport = prepareCrypto();

/**
 * matrix-bot-sdk, imported only after {@link prepareCrypto}: a static import would load the
 * crypto package first and crash where its native library is missing. Every module of this
 * adapter takes SDK values from here and only types from "matrix-bot-sdk" directly.
 */
export const sdk: typeof import("matrix-bot-sdk") = await import("matrix-bot-sdk");

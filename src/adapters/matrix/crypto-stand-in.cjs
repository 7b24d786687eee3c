// Stand-in for @matrix-org/matrix-sdk-crypto-nodejs when its native library is missing (see
// e2ee.ts). Loading it succeeds so matrix-bot-sdk can be imported; using any export throws.
"use strict";

const unavailable = (name) => {
  throw new Error(
    `End-to-end encryption is unavailable: @matrix-org/matrix-sdk-crypto-nodejs has no native library here (tried to use ${name}).`,
  );
};

const member = (name) =>
  new Proxy(function standIn() {}, {
    apply: () => unavailable(name),
    construct: () => unavailable(name),
    get: (_target, prop) => (prop === "prototype" ? {} : undefined),
  });

module.exports = new Proxy(
  {},
  {
    get: (_target, prop) =>
      typeof prop === "symbol" || prop === "__esModule" || prop === "then" || prop === "default"
        ? undefined
        : member(prop),
  },
);

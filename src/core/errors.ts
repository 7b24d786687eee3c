import { english, type MessageCode, type MessageParams, msg, type Text, type Translator } from "./i18n.js";

/**
 * A failure the user caused and can fix: rendered to them in their language (ephemeral on
 * Discord), never logged as an incident. Anything else thrown from a handler is an internal
 * error. `message` is the English text, for logs and tests.
 */
export class UserError extends Error {
  readonly code: MessageCode;
  readonly params: MessageParams;
  /** Set when a command's declared policy refused the person (see commands/policy.ts). */
  refusedByPolicy = false;

  constructor(code: MessageCode, params: MessageParams = {}) {
    super(english(code, params));
    this.name = "UserError";
    this.code = code;
    this.params = params;
  }

  /** What the person is told, in their language. */
  get text(): Text {
    return msg(this.code, this.params);
  }

  render(t: Translator): string {
    return t(this.code, this.params);
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/**
 * Thrown by a transport when the platform asked us to slow down (HTTP 429, Matrix
 * M_LIMIT_EXCEEDED): the delivery waits `retryAfterMs` and tries again without counting it as
 * a failure.
 */
export class RetryAfterError extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`rate limited: retry after ${retryAfterMs} ms`);
    this.name = "RetryAfterError";
  }
}

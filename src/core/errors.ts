import { type MessageCode, type MessageParams, t } from "./i18n.js";

/**
 * A failure the user caused and can fix: rendered to them as-is (ephemeral on Discord), never
 * logged as an incident. Anything else thrown from a handler is an internal error.
 */
export class UserError extends Error {
  readonly code: MessageCode;
  readonly params: MessageParams;

  constructor(code: MessageCode, params: MessageParams = {}) {
    super(t(code, params));
    this.name = "UserError";
    this.code = code;
    this.params = params;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

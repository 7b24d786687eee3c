/**
 * The Matrix adapter cannot start for a reason the operator must fix (a refused token, an
 * unreachable homeserver, encryption requested but unavailable). Its message says what to do;
 * it is printed without a stack trace. Kept free of SDK imports so `main.ts` can import it.
 */
export class MatrixStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "MatrixStartError";
  }
}

/** The Matrix error code of an SDK error (`M_LIMIT_EXCEEDED`, `M_FORBIDDEN`…), if it has one. */
export function errcodeOf(error: unknown): string | undefined {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  return typeof code === "string" ? code : undefined;
}

/** How long the homeserver asked us to wait, for a rate-limit error; undefined otherwise. */
export function retryAfterOf(error: unknown): number | undefined {
  const e = error as { errcode?: unknown; statusCode?: unknown; retryAfterMs?: unknown } | null;
  if (e?.errcode !== "M_LIMIT_EXCEEDED" && e?.statusCode !== 429) return undefined;
  return typeof e.retryAfterMs === "number" && e.retryAfterMs >= 0 ? e.retryAfterMs : 1000;
}

/** A short description of any error, for logs and user-facing explanations. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  const e = error as { statusCode?: unknown; body?: unknown } | null;
  if (e && typeof e.statusCode === "number") return `HTTP ${e.statusCode}`;
  return String(error);
}

import { pino } from "pino";

export type Log = pino.Logger;

/**
 * Structured logs on stderr (stdout belongs to the shell transcript), with secrets redacted
 * wherever they appear in a logged object.
 */
export function createLog(level: string): Log {
  return pino(
    {
      level,
      redact: {
        paths: ["*.password", "*.token", "*.accessToken", "*.url", "config.DATABASE_URL", "config.REDIS_URL"],
        censor: "[redacted]",
      },
    },
    pino.destination(2),
  );
}

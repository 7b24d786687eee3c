import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";

const optionalUrl = (protocols: string[], example: string) =>
  z
    .string()
    .trim()
    .transform((v) => (v === "" ? undefined : v))
    .optional()
    .refine(
      (v) => v === undefined || (URL.canParse(v) && protocols.includes(new URL(v).protocol)),
      `must be a ${protocols.join(" or ")} URL such as ${example}`,
    );

/**
 * Every setting Jura reads, with its default. `.env.example` documents each one; this is the
 * only module that touches `process.env`.
 */
export const configSchema = z.object({
  JURA_DATA_DIR: z
    .string()
    .trim()
    .min(1)
    .default("./data")
    .transform((p) => resolve(p)),
  DATABASE_URL: optionalUrl(["postgres:", "postgresql:"], "postgresql://jura@localhost/jura"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  REDIS_URL: optionalUrl(["redis:", "rediss:"], "redis://127.0.0.1:6379"),
  JURA_QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]{1,32}$/i, "letters, digits, - and _ only")
    .default("jura"),
  JURA_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
});

export type Config = z.infer<typeof configSchema>;

/** Raised when settings are missing or wrong; its message lists every problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Jura cannot start: the configuration has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example for every setting.`,
    );
    this.name = "ConfigError";
  }
}

/** Reads the configuration once, from `.env` (if present) and the environment. */
export function loadConfig(env: NodeJS.ProcessEnv = readEnvironment()): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  return parsed.data;
}

function readEnvironment(): NodeJS.ProcessEnv {
  const file = resolve(".env");
  if (existsSync(file)) process.loadEnvFile(file);
  return process.env;
}

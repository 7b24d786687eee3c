import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { DEFAULT_LIMITS, LIMIT_SETTINGS, type Limits } from "./core/limits.js";

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

/** Messages per second for a platform's deliveries, across all processes; 0 means unlimited. */
const ratePerSecond = (fallback: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce.number().min(0).max(10_000).default(fallback),
  );

/** A comma-separated list, trimmed, empty entries dropped (empty when unset). */
const commaList = () =>
  z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((p) => p.trim())
        .filter((p) => p !== ""),
    );

const optionalText = z
  .string()
  .transform((v) => (v.trim() === "" ? undefined : v))
  .optional();

/** `@user:server` (a person) or `*:server` / `@*:server` (anyone on that server). */
const INVITER_PATTERN = /^(@[^:\s]+|@?\*):[A-Za-z0-9.\-[\]]+(:\d{1,5})?$/;

/** The Matrix adapter's settings: it runs when MATRIX_HOMESERVER_URL is set. */
const matrixSettings = {
  MATRIX_HOMESERVER_URL: optionalUrl(["http:", "https:"], "https://matrix.example.org"),
  MATRIX_ACCESS_TOKEN: optionalText,
  MATRIX_USER_ID: z
    .string()
    .trim()
    .transform((v) => (v === "" ? undefined : v))
    .optional()
    .refine(
      (v) => v === undefined || /^@[^:\s]+:\S+$/.test(v),
      "must be a Matrix user id such as @jura:example.org",
    ),
  MATRIX_PASSWORD: optionalText,
  MATRIX_ALLOWED_INVITERS: commaList().refine(
    (patterns) => patterns.every((p) => INVITER_PATTERN.test(p)),
    "must be comma-separated Matrix user ids (@jura:example.org) or *:server patterns",
  ),
  MATRIX_E2EE: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.stringbool().default(false),
  ),
};

function checkMatrixSettings(
  c: {
    MATRIX_HOMESERVER_URL?: string;
    MATRIX_ACCESS_TOKEN?: string;
    MATRIX_USER_ID?: string;
    MATRIX_PASSWORD?: string;
  },
  ctx: z.RefinementCtx,
): void {
  const problem = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (!c.MATRIX_HOMESERVER_URL) {
    if (c.MATRIX_ACCESS_TOKEN || c.MATRIX_USER_ID || c.MATRIX_PASSWORD)
      problem("MATRIX_HOMESERVER_URL", "is required when other MATRIX_ settings are set");
    return;
  }
  if (!c.MATRIX_ACCESS_TOKEN && !(c.MATRIX_USER_ID && c.MATRIX_PASSWORD))
    problem("MATRIX_ACCESS_TOKEN", "is required, or else both MATRIX_USER_ID and MATRIX_PASSWORD");
  if (c.MATRIX_PASSWORD && !c.MATRIX_USER_ID) problem("MATRIX_USER_ID", "is required with MATRIX_PASSWORD");
}

/** A Discord id (snowflake): 17 to 20 digits. */
const SNOWFLAKE = /^\d{17,20}$/;

/** The Discord adapter's settings: it runs when DISCORD_TOKEN is set. */
const discordSettings = {
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: z
    .string()
    .trim()
    .transform((v) => (v === "" ? undefined : v))
    .optional()
    .refine((v) => v === undefined || SNOWFLAKE.test(v), "must be the application's id (17-20 digits)"),
  DISCORD_ALLOWED_GUILDS: commaList().refine(
    (ids) => ids.every((id) => SNOWFLAKE.test(id)),
    "must be comma-separated server (guild) ids",
  ),
  DISCORD_API_BASE: z
    .string()
    .trim()
    .transform((v) => (v === "" ? undefined : v))
    .optional()
    .refine(
      (v) => v === undefined || (URL.canParse(v) && ["http:", "https:"].includes(new URL(v).protocol)),
      "must be an http(s) URL such as https://discord.com/api",
    )
    .transform((v) => (v ?? "https://discord.com/api").replace(/\/+$/, "")),
};

function checkDiscordSettings(
  c: { DISCORD_TOKEN?: string; DISCORD_APPLICATION_ID?: string },
  ctx: z.RefinementCtx,
): void {
  if (c.DISCORD_TOKEN && !c.DISCORD_APPLICATION_ID)
    ctx.addIssue({
      code: "custom",
      path: ["DISCORD_APPLICATION_ID"],
      message: "is required with DISCORD_TOKEN (Developer Portal > your application > Application ID)",
    });
  if (!c.DISCORD_TOKEN && c.DISCORD_APPLICATION_ID)
    ctx.addIssue({
      code: "custom",
      path: ["DISCORD_TOKEN"],
      message: "is required when DISCORD_APPLICATION_ID is set",
    });
}

/** `JURA_LIMIT_*`: one setting per limit (see core/limits.ts), a whole number of at least 1. */
const limitSettings = Object.fromEntries(
  (Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]).map((name) => [
    LIMIT_SETTINGS[name],
    z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z.coerce.number().int().min(1).max(1_000_000).default(DEFAULT_LIMITS[name]),
    ),
  ]),
) as Record<(typeof LIMIT_SETTINGS)[keyof Limits], z.ZodType<number>>;

/** The limits a configuration sets. */
export function limitsOf(config: Config): Limits {
  const settings = config as unknown as Record<string, number>;
  return Object.fromEntries(
    (Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]).map((name) => [name, settings[LIMIT_SETTINGS[name]]]),
  ) as unknown as Limits;
}

/**
 * Every setting Jura reads, with its default. `.env.example` documents each one; this is the
 * only module that touches `process.env`.
 */
export const configSchema = z
  .object({
    JURA_DATA_DIR: z
      .string()
      .trim()
      .min(1)
      .default("./data")
      .transform((p) => resolve(p)),
    DATABASE_URL: optionalUrl(["postgres:", "postgresql:"], "postgresql://jura@localhost/jura"),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    DATABASE_PREPARED_STATEMENTS: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z.stringbool().default(true),
    ),
    REDIS_URL: optionalUrl(["redis:", "rediss:"], "redis://127.0.0.1:6379"),
    JURA_QUEUE_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]{1,32}$/i, "letters, digits, - and _ only")
      .default("jura"),
    JURA_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
    JURA_RATE_LIMIT_MATRIX: ratePerSecond(20),
    JURA_RATE_LIMIT_DISCORD: ratePerSecond(40),
    JURA_RATE_LIMIT_SHELL: ratePerSecond(0),
    JURA_HTTP_PORT: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z.coerce.number().int().min(0).max(65_535).default(8080),
    ),
    JURA_HTTP_HOST: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z.string().trim().default("127.0.0.1"),
    ),
    JURA_PUBLIC_URL: optionalUrl(["http:", "https:"], "https://jura.example.org"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
    ...limitSettings,
    ...matrixSettings,
    ...discordSettings,
  })
  .superRefine(checkMatrixSettings)
  .superRefine(checkDiscordSettings);

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

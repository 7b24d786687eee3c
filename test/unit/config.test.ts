import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, configSchema, loadConfig } from "../../src/config.js";

describe("configuration", () => {
  it("runs with no settings at all, on embedded services in ./data", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      JURA_DATA_DIR: resolve("./data"),
      DATABASE_POOL_SIZE: 10,
      DATABASE_PREPARED_STATEMENTS: true,
      JURA_QUEUE_PREFIX: "jura",
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.REDIS_URL).toBeUndefined();
  });

  it("switches prepared statements off with false, as behind an old PgBouncer", () => {
    expect(loadConfig({ DATABASE_PREPARED_STATEMENTS: "false" }).DATABASE_PREPARED_STATEMENTS).toBe(false);
    expect(() => loadConfig({ DATABASE_PREPARED_STATEMENTS: "maybe" })).toThrow(ConfigError);
  });

  it("treats an empty URL as unset, as a copied .env.example would leave it", () => {
    const config = loadConfig({ DATABASE_URL: "", REDIS_URL: " " });
    expect([config.DATABASE_URL, config.REDIS_URL]).toEqual([undefined, undefined]);
  });

  it("GIVEN several bad values THEN one error lists every problem", () => {
    let error: unknown;
    try {
      loadConfig({ DATABASE_URL: "http://x", REDIS_URL: "nope", DATABASE_POOL_SIZE: "0", LOG_LEVEL: "loud" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.map((p) => p.split(":")[0])).toEqual([
      "DATABASE_URL",
      "DATABASE_POOL_SIZE",
      "REDIS_URL",
      "LOG_LEVEL",
    ]);
    expect((error as Error).message).toContain("4 problem(s)");
  });

  it(".env.example documents every setting, each with a comment", () => {
    const example = readFileSync(new URL("../../.env.example", import.meta.url), "utf8");
    for (const key of Object.keys(configSchema.shape)) {
      const at = example.indexOf(`${key}=`);
      expect(at, key).toBeGreaterThan(0);
      expect(example.slice(0, at).trimEnd().split("\n").at(-1), key).toMatch(/^#/);
    }
  });
});

import { describe, expect, it } from "vitest";
import { type ConfigError, loadConfig } from "../../src/config.js";

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    return (error as ConfigError).problems;
  }
};

describe("Matrix configuration", () => {
  it("GIVEN nothing about Matrix THEN the Matrix bot is off", () => {
    const config = loadConfig({});
    expect(config.MATRIX_HOMESERVER_URL).toBeUndefined();
    expect(config).toMatchObject({ MATRIX_ALLOWED_INVITERS: [], MATRIX_E2EE: false });
  });

  it("GIVEN a homeserver and a token, or a user id and password THEN it is complete", () => {
    const config = loadConfig({
      MATRIX_HOMESERVER_URL: "https://matrix.example.org",
      MATRIX_ACCESS_TOKEN: "syt_x",
      MATRIX_ALLOWED_INVITERS: " @alice:example.org , *:example.org,@*:other.net ",
      MATRIX_E2EE: "",
    });
    expect(config.MATRIX_ALLOWED_INVITERS).toEqual(["@alice:example.org", "*:example.org", "@*:other.net"]);
    expect(config.MATRIX_E2EE).toBe(false);
    expect(
      problemsOf({
        MATRIX_HOMESERVER_URL: "http://127.0.0.1:8008",
        MATRIX_USER_ID: "@jura:x",
        MATRIX_PASSWORD: "p",
      }),
    ).toEqual([]);
  });

  it("GIVEN incomplete or wrong Matrix settings THEN start-up lists each problem", () => {
    expect(problemsOf({ MATRIX_HOMESERVER_URL: "https://m.example.org" })).toEqual([
      "MATRIX_ACCESS_TOKEN: is required, or else both MATRIX_USER_ID and MATRIX_PASSWORD",
    ]);
    expect(problemsOf({ MATRIX_ACCESS_TOKEN: "t" })).toEqual([
      "MATRIX_HOMESERVER_URL: is required when other MATRIX_ settings are set",
    ]);
    expect(
      problemsOf({
        MATRIX_HOMESERVER_URL: "ftp://x",
        MATRIX_USER_ID: "jura",
        MATRIX_ALLOWED_INVITERS: "alice",
        MATRIX_E2EE: "maybe",
      }).map((p) => p.split(":")[0]),
    ).toEqual(["MATRIX_HOMESERVER_URL", "MATRIX_USER_ID", "MATRIX_ALLOWED_INVITERS", "MATRIX_E2EE"]);
  });
});

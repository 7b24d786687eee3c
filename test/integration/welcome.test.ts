import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends, type TestDatabase } from "../support/databases.js";
import { harness } from "../support/harness.js";

describe.each(backends())("the welcome where Jura arrives, on $name", (backend) => {
  let database: TestDatabase;
  let h: ReturnType<typeof harness>;

  beforeAll(async () => {
    database = await backend.open();
    h = harness(database.db);
  });
  afterAll(() => database?.close());

  it("GIVEN Jura joins a room twice THEN the room hears the first three things to do once", async () => {
    expect(await h.jura.welcome("matrix:!room:example.org", "matrix-room:!room:example.org")).toBe(true);
    expect(await h.jura.welcome("matrix:!room:example.org", "matrix-room:!room:example.org")).toBe(false);
    // Once per server, whichever channel it would be said in.
    expect(await h.jura.welcome("discord:1/2", "discord-guild:1")).toBe(true);
    expect(await h.jura.welcome("discord:1/3", "discord-guild:1")).toBe(false);
    const rows = await database.db
      .selectFrom("outbox")
      .select(["place", "text"])
      .where("key", "like", "welcome:%")
      .orderBy("id")
      .execute();
    expect(rows.map((r) => r.place)).toEqual(["matrix:!room:example.org", "discord:1/2"]);
    const text = rows[0]?.text ?? "";
    expect(text.split("\n").filter((line) => /^\d\. /.test(line))).toHaveLength(3);
    expect(text).toContain("/circle create <name>");
    expect(text).toContain("/circle join <name>");
    expect(text).toContain("/help");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PendingReplies } from "../../src/adapters/matrix/pending-replies.js";
import { PostgresStorageProvider } from "../../src/adapters/matrix/storage.js";
import { backends, type TestDatabase } from "../support/databases.js";

describe.each(backends().map((b) => [b.name, b] as const))("Matrix storage on %s", (_name, backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await backend.open();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("GIVEN a fresh account THEN it has no sync token and no filter (so the first sync replays no history)", async () => {
    const storage = new PostgresStorageProvider(database.db, "@fresh:example.org");
    expect(await storage.getSyncToken()).toBeNull();
    expect(await storage.getFilter()).toBeNull();
    expect(await storage.readValue("anything")).toBeUndefined();
  });

  it("keeps the sync token, filter and values per account, surviving a new provider (a restart)", async () => {
    const a = new PostgresStorageProvider(database.db, "@a:example.org");
    await a.setSyncToken("s1_2_3");
    await a.setSyncToken("s4_5_6");
    await a.setFilter({ id: 7, filter: { room: { timeline: { limit: 100 } } } });
    await a.storeValue("k", "v");
    await a.writeOwn("space:1", "!space:example.org");
    const restarted = new PostgresStorageProvider(database.db, "@a:example.org");
    expect(await restarted.getSyncToken()).toBe("s4_5_6");
    expect(await restarted.getFilter()).toEqual({ id: 7, filter: { room: { timeline: { limit: 100 } } } });
    expect(await restarted.readValue("k")).toBe("v");
    expect(await restarted.readOwn("space:1")).toBe("!space:example.org");
    expect(await restarted.readValue("space:1")).toBeUndefined();
    const other = new PostgresStorageProvider(database.db, "@b:example.org");
    expect(await other.getSyncToken()).toBeNull();
    await restarted.setSyncToken(null);
    expect(await restarted.getSyncToken()).toBeNull();
  });

  it("GIVEN a reply written down before sending THEN a restart finds it until it is forgotten", async () => {
    const storage = new PostgresStorageProvider(database.db, "@replies:example.org");
    const pending = new PendingReplies(storage);
    const reply = { roomId: "!r:example.org", events: [{ type: "m.room.message", content: { body: "hi" } }] };
    await pending.remember("$e1", reply);
    expect(
      await new PendingReplies(new PostgresStorageProvider(database.db, "@replies:example.org")).recall(
        "$e1",
      ),
    ).toEqual(reply);
    await pending.forget("$e1");
    expect(await pending.recall("$e1")).toBeUndefined();
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends, type TestDatabase } from "../support/databases.js";
import { harness } from "../support/harness.js";

describe.each(backends())("a proposal's arguments on $name", (backend) => {
  let database: TestDatabase;
  let h: ReturnType<typeof harness>;

  beforeAll(async () => {
    database = await backend.open();
    h = harness(database.db);
    await h.ok("ana", "#g", "circle create G open:yes");
    await h.ok("ben", "#g", "circle join");
  });
  afterAll(() => database?.close());

  it("GIVEN a decided command with snake_case arguments THEN it is carried out with them", async () => {
    const { status } = await h.decide("ana", "#g", "circle set recall_quorum:30% recall_threshold:40%", [
      "ben",
    ]);
    expect(status).toBe("passed");
    const circle = await database.db
      .selectFrom("circle")
      .select(["recallQuorum", "recallThreshold"])
      .where("name", "=", "G")
      .executeTakeFirstOrThrow();
    expect([Number(circle.recallQuorum), Number(circle.recallThreshold)]).toEqual([0.3, 0.4]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shellPerson, shellPlace } from "../../src/adapters/shell/identity.js";
import type { PlaceGuard } from "../../src/core/commands/execute.js";
import { UserError } from "../../src/core/errors.js";
import { backends, type TestDatabase } from "../support/databases.js";
import { harness, snapshot } from "../support/harness.js";

describe.each(backends())("a platform's place guard on $name", (backend) => {
  let database: TestDatabase;
  let h: ReturnType<typeof harness>;
  const seen: Array<{ command: string; places: readonly string[] }> = [];
  const recording: PlaceGuard = async (places, command) => {
    seen.push({ command: `${command.group} ${command.name}`, places });
  };
  const run = (text: string, place: string, guardPlaces: PlaceGuard = recording) =>
    h.jura.handle({
      actor: "shell:alice",
      place,
      text,
      resolveMention: shellPerson,
      resolvePlace: shellPlace,
      guardPlaces,
    });

  beforeAll(async () => {
    database = await backend.open();
    h = harness(database.db);
    await h.ok("alice", "#garden", "circle create Green Valley");
  });
  afterAll(() => database?.close());

  it("GIVEN circle set naming a circle, typed elsewhere (a DM) THEN the guard sees the circle's home too", async () => {
    seen.length = 0;
    const outcome = await run('circle set Green Valley purpose:"seeds"', "shell:#dm");
    expect(outcome.kind).toBe("reply");
    expect(seen).toEqual([{ command: "circle set", places: ["shell:#dm", "shell:#garden"] }]);
  });

  it("GIVEN circle create with a place argument THEN the guard sees that place", async () => {
    seen.length = 0;
    await run("circle create Orchard place:#orchard", "shell:#dm");
    expect(seen).toEqual([{ command: "circle create", places: ["shell:#dm", "shell:#orchard"] }]);
  });

  it("GIVEN a guard that refuses THEN the command is an error and nothing is written", async () => {
    const before = await snapshot(database.db);
    const outcome = await run('circle set Green Valley purpose:"taken over"', "shell:#dm", async () => {
      throw new UserError("matrix.room_not_joined", { room: "!x:y" });
    });
    expect(outcome).toEqual({
      kind: "error",
      text: "I am not in the room !x:y: invite me there first, then try again.",
    });
    expect(await snapshot(database.db)).toBe(before);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shellPerson, shellPlace } from "../../src/adapters/shell/identity.js";
import type { Outcome } from "../../src/app/jura.js";
import { runDue } from "../../src/core/due.js";
import { unitOfWork } from "../../src/store/store.js";
import { backends, type TestDatabase } from "../support/databases.js";
import { harness } from "../support/harness.js";

const GARDEN = "discord:1200000000000000001/1200000000000000002";
const DAY = 86_400_000;

describe.each(backends())("role-sync rows follow mandate changes on $name", (backend) => {
  let database: TestDatabase;
  let h: ReturnType<typeof harness>;
  const run = (person: string, place: string, text: string): Promise<Outcome> =>
    h.jura.handle({
      actor: `discord:${person}`,
      place,
      text,
      resolveMention: shellPerson,
      resolvePlace: shellPlace,
    });
  const ok = async (person: string, place: string, text: string) => {
    const outcome = await run(person, place, text);
    if (outcome.kind !== "reply") throw new Error(`${text}: ${outcome.text}`);
    return outcome.text;
  };
  const roleSyncs = async () =>
    (
      await database.db
        .selectFrom("outbox")
        .select(["key", "place", "text", "payload"])
        .where("key", "like", "role-sync:%")
        .orderBy("id")
        .execute()
    ).map((r) => ({ key: r.key, place: r.place, text: r.text, payload: r.payload }));
  const sweep = () => unitOfWork(database.db).run((store) => runDue(store, h.clock.now(), 100));
  /** Opens the circle's proposal for each command, has `agree` accept it, and lets the window pass. */
  const decide = async (proposer: string, place: string, commands: ReadonlyArray<[string, string]>) => {
    for (const [text, agree] of commands) {
      const id = (await ok(proposer, place, text)).match(/Proposal #(\d+)/)?.[1];
      await ok(agree, place, `proposal agree ${id}`);
    }
    await h.advance(2 * DAY);
  };
  beforeAll(async () => {
    database = await backend.open();
    h = harness(database.db);
    await ok("1", GARDEN, "circle create Green Valley open:yes");
    for (const person of ["2", "3", "4"]) await ok(person, GARDEN, "circle join");
    await h.ok("alice", "#shed", "circle create Tool Shed open:yes");
    await h.ok("bob", "#shed", "circle join");
  });
  afterAll(() => database?.close());

  it("GIVEN a circle at home on Discord WHEN a mandate is granted and renounced THEN each writes one role-sync row there, with no text", async () => {
    await decide("1", GARDEN, [["mandate grant @discord:2 speak at the assembly until:30d", "2"]]);
    await ok("2", GARDEN, "mandate renounce 1");
    expect(await roleSyncs()).toEqual([
      {
        key: "role-sync:1:mandate:1:granted",
        place: GARDEN,
        text: "",
        payload: { type: "role-sync", circleId: 1 },
      },
      {
        key: "role-sync:1:mandate:1:renounced",
        place: GARDEN,
        text: "",
        payload: { type: "role-sync", circleId: 1 },
      },
    ]);
  });

  it("GIVEN a circle at home in the shell (no roles) THEN mandate changes write no role-sync row", async () => {
    const before = (await roleSyncs()).length;
    await h.passes("alice", "#shed", "mandate grant @bob mind the tools until:30d", ["bob"]);
    await h.ok("bob", "#shed", "mandate renounce 2");
    expect(await roleSyncs()).toHaveLength(before);
  });

  it("GIVEN mandates that expire, a recall that passes and a delegate who leaves THEN each writes its row once, even when swept again", async () => {
    await decide("1", GARDEN, [
      ["mandate grant @discord:3 carry the seeds until:2d", "3"],
      ["mandate grant @discord:4 keep the keys until:2d", "4"],
      ["mandate grant @discord:2 talk to the press until:60d", "2"],
      ["mandate grant @discord:1 count the money until:60d", "2"],
    ]);
    h.clock.advance(2 * DAY + 60_000);
    await sweep();
    await sweep();
    await ok("1", GARDEN, "recall @discord:2 closes:1d");
    for (const person of ["1", "3", "4"]) await ok(person, GARDEN, "poll vote 1 1");
    h.clock.advance(DAY + 60_000);
    await sweep();
    await ok("1", GARDEN, "circle leave");
    const keys = (await roleSyncs()).map((r) => r.key);
    expect(keys.filter((k) => k.endsWith(":expired"))).toEqual(["role-sync:1:mandate:3:expired"]);
    expect(keys.filter((k) => k.endsWith(":recalled"))).toEqual(["role-sync:1:mandate:5:recalled"]);
    expect(keys.filter((k) => k.endsWith(":left"))).toEqual(["role-sync:1:mandate:6:left"]);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

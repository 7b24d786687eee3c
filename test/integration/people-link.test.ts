import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shellPerson } from "../../src/adapters/shell/identity.js";
import { peopleDirectory } from "../../src/core/people-directory.js";
import { withDirectory } from "../../src/core/people-resolve.js";
import { renderPlain } from "../../src/core/people-text.js";
import { backends, type TestDatabase } from "../support/databases.js";
import { harness } from "../support/harness.js";

const MINUTE = 60_000;

describe.each(backends())("me link on $name: one person across a Matrix and a Discord account", (backend) => {
  let database: TestDatabase;
  let h: ReturnType<typeof harness>;
  /** `actor` (a platform account) runs `text` in the shell place `#place`; what they read. */
  const as = async (actor: string, text: string, place = "#garden") => {
    const outcome = await h.jura.handle({
      actor,
      place: `shell:${place}`,
      text,
      resolveMention: withDirectory(shellPerson),
    });
    return { ...outcome, text: renderPlain(outcome.text, peopleDirectory, "shell") };
  };
  const codeOf = (text: string) => {
    const code = /Your link code: ([A-Z0-9]{8})\./.exec(text)?.[1];
    if (!code) throw new Error(`no code in: ${text}`);
    return code;
  };
  const members = async (circle: string) =>
    (
      await database.db
        .selectFrom("membership")
        .innerJoin("circle", "circle.id", "membership.circleId")
        .select("membership.person")
        .where("circle.name", "=", circle)
        .orderBy("membership.person")
        .execute()
    ).map((r) => r.person);

  beforeAll(async () => {
    database = await backend.open();
    h = harness(database.db);
    await h.ok("ana", "#garden", "circle create Garden open:yes");
    await h.ok("ana", "#orchard", "circle create Orchard open:yes");
  });
  afterAll(() => database?.close());

  it("GIVEN a code WHEN it is entered from the other platform THEN the accounts are one member, and the code works once", async () => {
    await as("matrix:@mira:example.org", "circle join", "#orchard");
    const asked = await as("discord:1300000000000000011", "me link");
    expect(asked.private).toBe(true);
    const code = codeOf(asked.text);
    const linked = await as("matrix:@mira:example.org", `me link ${code}`);
    expect(linked.kind, linked.text).toBe("reply");
    expect(await members("Orchard")).toContain("discord:1300000000000000011");
    expect(await members("Orchard")).not.toContain("matrix:@mira:example.org");
    // From either account, the person acts: already a member of Orchard.
    expect((await as("matrix:@mira:example.org", "circle join", "#orchard")).text).toMatch(/already/i);
    expect((await as("discord:1300000000000000011", "circle join", "#orchard")).text).toMatch(/already/i);
    const reused = await as("matrix:@max:example.org", `me link ${code}`);
    expect(reused.text).toContain("That code is not valid");
  });

  it("GIVEN hostile tries THEN codes expire, wrong codes are rate-limited, and nobody links twice, on one platform or into a shared circle", async () => {
    const old = codeOf((await as("discord:1300000000000000012", "me link")).text);
    h.clock.advance(11 * MINUTE);
    expect((await as("matrix:@nell:example.org", `me link ${old}`)).text).toContain("not valid");
    for (let i = 0; i < 4; i++) await as("matrix:@nell:example.org", "me link ZZZZZZZZ");
    expect((await as("matrix:@nell:example.org", "me link ZZZZZZZZ")).text).toMatch(/Too many wrong codes/);

    const sameSide = codeOf((await as("discord:1300000000000000013", "me link")).text);
    expect((await as("discord:1300000000000000014", `me link ${sameSide}`)).text).toMatch(
      /Both accounts are on Discord/,
    );
    // The code survived the refusal (the command was rolled back): the person can still use it.
    const taken = await as("matrix:@mira:example.org", `me link ${sameSide}`);
    expect(taken.text).toMatch(/is already one person with/);

    await as("matrix:@olga:example.org", "circle join");
    await as("discord:1300000000000000015", "circle join");
    const shared = codeOf((await as("discord:1300000000000000015", "me link")).text);
    const refused = await as("matrix:@olga:example.org", `me link ${shared}`);
    expect(refused.kind).toBe("error");
    expect(refused.text).toContain("Both accounts are members of “Garden”");
    expect(await members("Garden")).toEqual(
      expect.arrayContaining(["discord:1300000000000000015", "matrix:@olga:example.org"]),
    );
  });

  it("GIVEN a linked account WHEN it unlinks THEN it is itself again and the person keeps what was theirs", async () => {
    const unlinked = await as("matrix:@mira:example.org", "me unlink");
    expect(unlinked.text).toContain("is an account on its own again");
    expect(await members("Orchard")).toContain("discord:1300000000000000011");
    const joined = await as("matrix:@mira:example.org", "circle join", "#orchard");
    expect(joined.text).toMatch(/Welcome/);
    const history = await database.db
      .selectFrom("auditLog")
      .select(["actor", "action"])
      .where("action", "in", ["me.link", "me.unlink"])
      .orderBy("id")
      .execute();
    expect(history).toEqual([
      { actor: "matrix:@mira:example.org", action: "me.link" },
      { actor: "matrix:@mira:example.org", action: "me.unlink" },
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends, type TestDatabase } from "../support/databases.js";
import { advance, DAY } from "../support/due.js";
import { harness } from "../support/harness.js";

const MEMBERS = ["ana", "ben", "cleo", "dev", "eli", "fay"];

describe.each(backends())("polls and recall on $name", (backend) => {
  let database: TestDatabase;
  let h: ReturnType<typeof harness>;
  const mandate = async () =>
    database.db.selectFrom("mandate").selectAll().orderBy("id", "desc").executeTakeFirstOrThrow();

  beforeAll(async () => {
    database = await backend.open();
    h = harness(database.db);
    await h.ok("ana", "#jura", "federation create Jura");
    await h.ok("ana", "#garden", "circle create Garden open:yes");
    for (const p of MEMBERS.slice(1)) await h.ok(p, "#garden", "circle join");
    await h.passes("ana", "#garden", "federation join Jura", ["ben"]);
    await h.ok("zoe", "#other", "circle create Other");
  });
  afterAll(() => database?.close());

  it("GIVEN a poll THEN members vote, change their mind, outsiders are refused, and the result comes at close", async () => {
    const started = await h.ok(
      "ana",
      "#garden",
      'poll start Join the strike? options:"yes|no|later" closes:2d',
    );
    const id = started.match(/Poll #(\d+)/)?.[1];
    await h.ok("ben", "#garden", `poll vote ${id} no`);
    expect(await h.ok("ben", "#garden", `poll vote ${id} 1`)).toContain("Your vote “yes”");
    await h.ok("cleo", "#garden", `poll vote ${id} Yes`);
    await h.ok("dev", "#garden", `poll vote ${id} later`);
    expect(await h.fails("zoe", "#garden", `poll vote ${id} no`)).toContain("Only members of “Garden”");
    expect(await h.fails("ana", "#garden", `poll vote ${id} maybe`)).toContain(
      "Options: 1. yes, 2. no, 3. later",
    );
    expect(await h.ok("x", "#x", `poll show ${id}`)).toContain(
      "yes: 2 (@ben, @cleo) · no: 0 · later: 1 (@dev)",
    );
    expect(await h.ok("dev", "#garden", `poll unvote ${id}`)).toContain("withdrawn");
    expect(await h.fails("dev", "#garden", `poll unvote ${id}`)).toContain("no vote");
    await h.ok("dev", "#garden", `poll vote ${id} later`);
    expect(await h.fails("dev", "#garden", `poll unvote ${id} yes`)).toContain("no vote for “yes”");
    await h.ok("gus", "#garden", "circle join");
    expect(await h.fails("gus", "#garden", `poll vote ${id} yes`)).toContain("not one of them");
    const sent = await advance(database.db, h.clock, 2 * DAY + 1000);
    const result = sent.find((m) => m.key.startsWith(`poll:${id}:closed`));
    expect(result?.text).toContain("yes: 2 (@ben, @cleo) · no: 0 · later: 1 (@dev)");
    expect(result?.text).toContain("3 of 6 voted (50 %), quorum 50 % met");
    expect(result?.text).toContain("Result: yes.");
    expect(await h.fails("eli", "#garden", `poll vote ${id} yes`)).toContain("already closed");
    await h.ok("gus", "#garden", "circle leave");
  });

  it("GIVEN a secret ballot THEN votes are cast privately, nothing moves while it is open, and only totals come at close", async () => {
    const id = (await h.ok("ana", "#garden", "poll start Buy a van? secret:yes quorum:10%")).match(
      /#(\d+)/,
    )?.[1];
    expect(await h.fails("ben", "#garden", `poll vote ${id} yes`)).toContain("secret ballot");
    const before = await h.ok("x", "#x", `poll show ${id}`);
    const ack = await h.run("ben", "@ben", `poll vote ${id} yes`);
    expect(ack).toMatchObject({ kind: "reply", private: true });
    expect(ack.text).toContain("Your secret vote");
    expect(await h.ok("x", "#x", `poll show ${id}`)).toBe(before);
    expect(before).toContain("results are shown when it closes");
    expect(before).not.toMatch(/yes: \d/);
    expect(await h.fails("ben", "#garden", `poll close ${id}`)).toContain("Only @ana");
    await h.ok("ana", "#garden", `poll close ${id}`);
    expect(await h.ok("x", "#x", `poll show ${id}`)).toContain("yes: 1 · no: 0");
    const audit = await database.db
      .selectFrom("auditLog")
      .select("details")
      .where("action", "=", "poll.vote")
      .execute();
    expect(audit.filter((a) => (a.details as { pollId?: number }).pollId === Number(id))).toEqual([
      { details: { pollId: Number(id), secret: true } },
    ]);
  });

  it("GIVEN a recall that reaches quorum and threshold THEN the mandate ends at once and the federation hears", async () => {
    await h.passes("ana", "#garden", "mandate grant @ben speak for us at the assembly until:60d", ["ben"]);
    expect(await h.fails("ben", "#garden", "recall @ben")).toContain("cannot start a recall of your own");
    const started = await h.ok("cleo", "#garden", "recall @ben");
    const id = started.match(/Recall poll #(\d+)/)?.[1];
    expect(await h.fails("dev", "#garden", "recall @ben")).toContain(`already open: poll #${id}`);
    expect(await h.fails("zoe", "#other", "recall @ben")).toContain("Only members of “Garden”");
    for (const p of ["ana", "cleo", "dev", "eli"]) await h.ok(p, "#garden", `poll vote ${id} recall`);
    await h.ok("ben", "#garden", `poll vote ${id} keep`);
    expect(await h.fails("zoe", "#garden", `poll vote ${id} recall`)).toContain("Only members of “Garden”");
    const sent = await advance(database.db, h.clock, 3 * DAY + 1000);
    const toFederation = sent.find((m) => m.key === `poll:${id}:closed:shell:#jura`);
    expect(toFederation?.text).toContain("“Garden” recalled @ben: mandate #");
    expect(await mandate()).toMatchObject({
      status: "ended",
      endReason: "recalled",
      endDecision: `poll:${id}`,
    });
  });

  it("GIVEN a recall that misses quorum THEN the mandate stands", async () => {
    await h.passes("ana", "#garden", "mandate grant @cleo keep the accounts until:60d", ["cleo"]);
    const id = (await h.ok("ben", "#garden", "recall @cleo closes:1d")).match(/Recall poll #(\d+)/)?.[1];
    await h.ok("ben", "#garden", `poll vote ${id} recall`);
    await h.ok("dev", "#garden", `poll vote ${id} recall`);
    const sent = await advance(database.db, h.clock, DAY + 1000);
    expect(sent.find((m) => m.key === `poll:${id}:closed:shell:#garden`)?.text).toContain(
      "The recall did not pass (quorum not met)",
    );
    expect(await mandate()).toMatchObject({ status: "active" });
  });

  it("GIVEN a recall where most vote to keep THEN the mandate stands", async () => {
    expect(await h.fails("ana", "#garden", "circle set recall_threshold:66%")).toContain(
      "recall rules can make recall easier, never harder",
    );
    const id = (await h.ok("ben", "#garden", "recall @cleo")).match(/Recall poll #(\d+)/)?.[1];
    for (const p of ["ben", "dev"]) await h.ok(p, "#garden", `poll vote ${id} recall`);
    for (const p of ["ana", "eli", "fay"]) await h.ok(p, "#garden", `poll vote ${id} keep`);
    const sent = await advance(database.db, h.clock, 3 * DAY + 1000);
    expect(sent.find((m) => m.key === `poll:${id}:closed:shell:#garden`)?.text).toContain(
      "did not pass: mandate #",
    );
    expect(await mandate()).toMatchObject({ status: "active" });
  });

  it("GIVEN a mandate nearing its end THEN the circle is asked to renew it, and a renewal moves the end", async () => {
    const m = await mandate();
    const sent = await advance(
      database.db,
      h.clock,
      m.expiresAt.getTime() - h.clock.now().getTime() - 6 * DAY,
    );
    expect(sent.find((x) => x.key.startsWith(`mandate:${m.id}:renewal:`))?.text).toContain(
      `/mandate renew ${m.id} until:90d`,
    );
    await h.passes("dev", "#garden", `mandate renew ${m.id} until:30d`, ["cleo"]);
    const after = await advance(database.db, h.clock, 10 * DAY);
    expect(after.find((x) => x.key.startsWith(`mandate:${m.id}:expired`))).toBeUndefined();
    expect(await mandate()).toMatchObject({ status: "active" });
  });

  it("refuses malformed polls with clear messages", async () => {
    expect(await h.fails("ana", "#garden", "poll start Q options:only")).toContain(
      "give 2 to 20 different options",
    );
    expect(await h.fails("ana", "#garden", 'poll start Q options:"a|A"')).toContain("different options");
    expect(await h.fails("ana", "#garden", "poll start Q closes:40d")).toContain("at most 32 days");
    expect(await h.fails("ana", "#garden", "poll start Q quorum:150%")).toContain("a share such as 50%");
    expect(await h.fails("ana", "#garden", "poll vote 999 yes")).toContain("no poll #999");
    expect(await h.fails("ana", "#garden", "recall @eli")).toContain("@eli holds no active mandate");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { announce, audit, circleSubject } from "../../src/core/commands/lookups.js";
import { COMMANDS } from "../../src/core/commands/registry.js";
import { defineCommand } from "../../src/core/commands/spec.js";
import { expireMandates } from "../../src/core/expire-mandates.js";
import { storeOn, unitOfWork } from "../../src/store/store.js";
import { backends, type TestDatabase } from "../support/databases.js";
import { harness, snapshot } from "../support/harness.js";

const DAY = 86_400_000;

/** A command that changes state, announces, then fails: none of it may survive. */
const failsHalfway = defineCommand({
  group: "test",
  name: "halfway",
  summary: "writes, then fails",
  args: z.object({ boom: z.enum(["user", "internal"]) }),
  positional: ["boom"],
  policy: "member",
  subject: (ctx) => circleSubject(ctx, undefined),
  examples: [],
  async handler(ctx, args) {
    const { circle } = ctx.subject;
    await ctx.store.circles.update(circle.id, { purpose: "half-written" });
    const id = await audit(ctx, { action: "test.halfway", circleId: circle.id });
    await announce(ctx, id, "shell:#anywhere", "should never be sent");
    if (args.boom === "internal") throw new Error("disk on fire");
    await ctx.store.federations.create({
      name: "x",
      timezone: "UTC",
      announcePlace: "shell:#x",
      councilPlace: "shell:#x",
      createdBy: ctx.actor,
      createdAt: ctx.now,
    });
    const { UserError } = await import("../../src/core/errors.js");
    throw new UserError("circle.nothing_to_change");
  },
});

describe.each(backends())("state changes on $name", (backend) => {
  let database: TestDatabase;
  let h: ReturnType<typeof harness>;

  beforeAll(async () => {
    database = await backend.open();
    h = harness(database.db, [...COMMANDS, failsHalfway]);
    await h.ok("alice", "#garden", "federation create Jura");
    await h.ok("alice", "#garden", "circle create Garden open:yes");
    await h.ok("bob", "#garden", "circle join");
    await h.passes("alice", "#garden", "federation join Jura", ["bob"]);
  });
  afterAll(() => database?.close());

  it("GIVEN a command that fails halfway, for the user's reason or ours, THEN nothing it wrote remains", async () => {
    const before = await snapshot(database.db);
    expect(await h.fails("alice", "#garden", "test halfway user")).toContain("Nothing to change");
    const internal = await h.run("alice", "#garden", "test halfway internal");
    expect(internal).toMatchObject({ kind: "error", internal: true });
    expect(internal.text).toMatch(/Sorry, something went wrong on my side \(reference [0-9a-f]{8}\)/);
    expect(internal.text).not.toContain("disk on fire");
    expect(await snapshot(database.db)).toBe(before);
  });

  it("GIVEN a mandate WHEN its time is up THEN it expires once, announced to circle and federation once", async () => {
    await h.passes("alice", "#garden", "mandate grant @bob speak at the assembly until:3d", ["bob"]);
    const uow = unitOfWork(database.db);
    const at = (days: number) => new Date(h.clock.now().getTime() + days * DAY);
    expect(await uow.run((store) => expireMandates(store, at(2)))).toBe(0);
    expect(await uow.run((store) => expireMandates(store, at(4)))).toBe(1);
    expect(await uow.run((store) => expireMandates(store, at(5)))).toBe(0);
    const mandate = await database.db.selectFrom("mandate").selectAll().executeTakeFirstOrThrow();
    expect(mandate).toMatchObject({ status: "expired", endReason: "expired", endDecision: null });
    const notices = await database.db
      .selectFrom("outbox")
      .selectAll()
      .where("key", "like", `mandate:${mandate.id}:expired:%`)
      .execute();
    expect(notices.map((n) => n.place)).toEqual(["shell:#garden"]);
    expect(notices[0]?.text).toContain("ended");
    const audits = await database.db
      .selectFrom("auditLog")
      .selectAll()
      .where("action", "=", "mandate.expire")
      .execute();
    expect(audits).toMatchObject([{ actor: "system", circleId: mandate.circleId }]);
  });

  it("GIVEN two sweeps racing on the same due mandates THEN each expires exactly once", async () => {
    // Five mandates ending at the same moment, as granted earlier by the circle.
    const store = storeOn(database.db);
    const circle = await store.circles.byName("garden");
    for (let i = 0; i < 5; i++) {
      await store.mandates.create({
        circleId: circle?.id ?? 0,
        delegate: "shell:bob",
        scope: `task ${i}`,
        startsAt: h.clock.now(),
        expiresAt: new Date(h.clock.now().getTime() + DAY),
        grantedBy: "shell:alice",
      });
    }
    const due = new Date(h.clock.now().getTime() + 2 * DAY);
    const uow = unitOfWork(database.db);
    const counts = await Promise.all([
      uow.run((store) => expireMandates(store, due)),
      uow.run((store) => expireMandates(store, due)),
    ]);
    expect(counts[0] + counts[1]).toBe(5);
    const active = await storeOn(database.db).mandates.list({ includeEnded: false });
    expect(active).toHaveLength(0);
    const announced = await database.db
      .selectFrom("outbox")
      .select("key")
      .where("key", "like", "mandate:%")
      .execute();
    expect(announced).toHaveLength(6);
  });
});

describe.each(backends())("redelivered events on $name", (backend) => {
  let database: TestDatabase;
  let h: ReturnType<typeof harness>;
  beforeAll(async () => {
    database = await backend.open();
    h = harness(database.db);
  });
  afterAll(() => database?.close());

  const send = (eventId: string, text: string) =>
    h.jura.handle({
      actor: "matrix:@a:x.org",
      place: "matrix:!r:x.org",
      text,
      eventId,
      resolveMention: () => undefined,
    });

  it("GIVEN the same event twice THEN the command runs once and the second is a silent duplicate", async () => {
    expect(await send("$e1", "circle create Echo")).toMatchObject({ kind: "reply" });
    expect(await send("$e1", "circle create Echo")).toEqual({ kind: "duplicate", text: "" });
    const circles = await database.db.selectFrom("circle").select("name").execute();
    expect(circles).toEqual([{ name: "Echo" }]);
  });

  it("GIVEN a failed or help event twice THEN its answer is not repeated either", async () => {
    expect(await send("$e2", "circle create Echo")).toMatchObject({ kind: "error" });
    expect(await send("$e2", "circle create Echo")).toMatchObject({ kind: "duplicate" });
    expect(await send("$e3", "help")).toMatchObject({ kind: "reply" });
    expect(await send("$e3", "help")).toMatchObject({ kind: "duplicate" });
  });
});

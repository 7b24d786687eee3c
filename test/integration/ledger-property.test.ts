import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isUserError } from "../../src/core/errors.js";
import { keyId, reversalEntry } from "../../src/core/ledger.js";
import { type Booking, balanceOf, postBooking } from "../../src/core/treasury.js";
import { unitOfWork } from "../../src/store/store.js";
import { backends, type TestDatabase } from "../support/databases.js";
import {
  draftFor,
  levyKeys,
  limitsArb,
  type Op,
  opArb,
  WORLD,
  type WorldIds,
} from "../support/ledger-ops.js";

/**
 * The same random sequences as the pure property test, written through the real service
 * (`postBooking`: locks, floors, the entry) into PostgreSQL, whose triggers check every entry again
 * at commit. After each sequence the database itself is asked: does every entry balance, does
 * every account's balance equal the sum of its lines, does credit sum to zero, is anything below
 * its floor or limit?
 */
describe.each(backends())("the journal's invariants in PostgreSQL ($name)", (backend) => {
  let database: TestDatabase;
  let world = 0;

  beforeAll(async () => {
    database = await backend.open();
  });
  afterAll(() => database?.close());

  /** A fresh federation with its circles, funds, levy rule and credit pool. */
  async function newWorld(limits: readonly bigint[]): Promise<WorldIds> {
    world += 1;
    return unitOfWork(database.db).run(async (store) => {
      const at = new Date("2026-03-01T00:00:00Z");
      const base = { timezone: "UTC", createdBy: "shell:t", createdAt: at };
      const federation = await store.federations.create({
        ...base,
        name: `Federation ${world}`,
        announcePlace: `shell:#f${world}`,
        councilPlace: `shell:#f${world}`,
      });
      const circleIds: number[] = [];
      for (let i = 0; i < WORLD.circles; i++) {
        const circle = await store.circles.create({
          ...base,
          name: `W${world} circle ${i}`,
          purpose: "",
          homePlace: null,
          open: true,
        });
        await store.circles.update(circle.id, { federationId: federation.id });
        circleIds.push(circle.id);
      }
      const fund = async (name: string, unit: string) =>
        (
          await store.funds.create({
            federationId: federation.id,
            name,
            nameKey: name.toLowerCase(),
            unit,
            purpose: "",
            createdBy: "shell:t",
            createdAt: at,
            proposalId: null,
          })
        ).id;
      const funds = { EUR: await fund("Strike support", "EUR"), hours: await fund("Time bank", "hours") };
      const levy = await store.funds.setLevy({
        federationId: federation.id,
        fundId: funds.EUR,
        unit: "EUR",
        rateBp: 500,
        threshold: 100_000n,
        createdBy: "shell:t",
        createdAt: at,
        proposalId: null,
      });
      if (!levy) throw new Error("no levy rule");
      await store.credit.setPool({ federationId: federation.id, unit: "credits", defaultLimit: 0n }, at);
      for (const [i, id] of circleIds.entries())
        await store.credit.setLimit(federation.id, id, limits[i] ?? 0n);
      return { federationId: federation.id, circleIds, funds, levy, creditUnit: "credits" };
    });
  }

  /** One operation in its own transaction, as a command would; refusals are expected, anything else is not. */
  async function apply(ids: WorldIds, op: Op, written: number[]): Promise<"written" | "refused" | "skipped"> {
    return unitOfWork(database.db).run(async (store) => {
      let booking: Booking;
      if (op.kind === "reverse") {
        const entries = await store.ledger.entries(written);
        const candidates = [];
        for (const e of entries) {
          if (e.kind === "reversal" || e.kind === "credit") continue;
          if ((await store.ledger.reversalOf(e.id)) === undefined) candidates.push(e);
        }
        const entry = candidates[op.pick % Math.max(1, candidates.length)];
        if (!entry) return "skipped";
        booking = { keys: entry.lines.map((l) => l.account), build: () => reversalEntry(entry, "undo") };
      } else {
        const probe = draftFor(op, ids, () => 0n);
        booking = {
          keys: [...probe.lines.map((l) => l.account), ...levyKeys(op, ids)],
          build: (accounts) =>
            draftFor(op, ids, (circleId, unit) => balanceOf(accounts, { kind: "cash", circleId, unit })),
        };
      }
      try {
        const id = await store.attempt(() =>
          postBooking(store, booking, { at: new Date(), recordedBy: "shell:t", proposalId: null }),
        );
        if (id === undefined) throw new Error("an entry without a key was not written");
        written.push(id);
        return "written";
      } catch (error) {
        if (isUserError(error)) return "refused";
        throw error;
      }
    });
  }

  it("PROPERTY: any sequence of valid operations keeps every journal balanced, credit summing to exactly zero, and no limit breached", async () => {
    let refused = 0;
    let writtenTotal = 0;
    await fc.assert(
      fc.asyncProperty(limitsArb, fc.array(opArb, { minLength: 10, maxLength: 50 }), async (limits, ops) => {
        const ids = await newWorld(limits);
        const written: number[] = [];
        for (const op of ops) {
          const outcome = await apply(ids, op, written);
          if (outcome === "refused") refused += 1;
        }
        writtenTotal += written.length;
        const db = database.db;
        const unbalanced = await sql<{ entryId: number }>`
          select entry_id from journal_line group by entry_id, unit having sum(amount) <> 0`.execute(db);
        expect(unbalanced.rows).toEqual([]);
        const drift = await sql<{ id: number }>`
          select a.id from account a left join journal_line l on l.account_id = a.id
          group by a.id, a.balance having a.balance <> coalesce(sum(l.amount), 0)`.execute(db);
        expect(drift.rows).toEqual([]);
        const credit = await sql<{ total: string | null }>`
          select sum(balance) as total from account where kind = 'credit' and federation_id = ${ids.federationId}`.execute(
          db,
        );
        expect(credit.rows[0]?.total).toBe("0");
        const below = await sql<{ id: number }>`
          select a.id from account a left join credit_pool p on p.federation_id = a.federation_id
          where (a.kind in ('cash', 'fund') and a.balance < 0)
             or (a.kind = 'credit' and a.balance < -coalesce(a.credit_limit, p.default_limit))`.execute(db);
        expect(below.rows).toEqual([]);
        for (const [i, circleId] of ids.circleIds.entries()) {
          const row = await db
            .selectFrom("account")
            .select("balance")
            .where("kind", "=", "credit")
            .where("circleId", "=", circleId)
            .executeTakeFirstOrThrow();
          expect(
            BigInt(row.balance) >= -(limits[i] ?? 0n),
            keyId({ kind: "credit", federationId: ids.federationId, circleId, unit: "credits" }),
          ).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
    // The runs exercised both sides: entries written and entries refused at a floor or limit.
    console.info(`ledger property on ${backend.name}: ${writtenTotal} entries written, ${refused} refused`);
    expect(writtenTotal).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(10);
  }, 120_000);
});

import { type RawBuilder, sql } from "kysely";
import { type Account, type AccountKey, floorOf, type JournalEntry, keyId } from "../core/ledger.js";
import type { BookLine, BookOwner, LedgerRepo } from "../core/treasury-ports.js";
import type { Db } from "./db.js";

/** An account row with the pool's default limit, as the lock query returns it. */
interface AccountRow {
  id: number;
  kind: Account["key"]["kind"];
  unit: string;
  circleId: number | null;
  fundId: number | null;
  federationId: number | null;
  balance: string;
  creditLimit: string | null;
  defaultLimit: string | null;
}

export function keyOf(
  row: Pick<AccountRow, "kind" | "unit" | "circleId" | "fundId" | "federationId">,
): AccountKey {
  switch (row.kind) {
    case "fund":
      return { kind: "fund", fundId: row.fundId ?? 0, federationId: row.federationId ?? 0, unit: row.unit };
    case "credit":
      return {
        kind: "credit",
        federationId: row.federationId ?? 0,
        circleId: row.circleId ?? 0,
        unit: row.unit,
      };
    default:
      return { kind: row.kind, circleId: row.circleId ?? 0, unit: row.unit };
  }
}

function accountOf(row: AccountRow): Account {
  const limit = row.creditLimit ?? row.defaultLimit;
  return {
    id: row.id,
    key: keyOf(row),
    balance: BigInt(row.balance),
    floor: floorOf(row.kind, limit === null ? null : BigInt(limit)),
  };
}

/** The SQL condition that finds one account by its key (on the table aliased `a`). */
function matches(key: AccountKey): RawBuilder<unknown> {
  switch (key.kind) {
    case "fund":
      return sql`(a.kind = 'fund' and a.fund_id = ${key.fundId})`;
    case "credit":
      return sql`(a.kind = 'credit' and a.federation_id = ${key.federationId} and a.circle_id = ${key.circleId})`;
    default:
      return sql`(a.kind = ${key.kind} and a.circle_id = ${key.circleId} and a.unit = ${key.unit})`;
  }
}

function ownerCondition(owner: BookOwner): RawBuilder<unknown> {
  if ("circleId" in owner) return sql`a.circle_id = ${owner.circleId}`;
  if ("fundId" in owner) return sql`(a.kind = 'fund' and a.fund_id = ${owner.fundId})`;
  return sql`(a.kind = 'fund' and a.federation_id = ${owner.federationId})`;
}

export function ledgerRepo(db: Db): LedgerRepo {
  const select = async (keys: readonly AccountKey[], lock: boolean): Promise<AccountRow[]> => {
    const { rows } = await sql<AccountRow>`
      select a.id, a.kind, a.unit, a.circle_id, a.fund_id, a.federation_id, a.balance, a.credit_limit,
             p.default_limit
      from account a left join credit_pool p on a.kind = 'credit' and p.federation_id = a.federation_id
      where ${sql.join(keys.map(matches), sql` or `)}
      order by a.id
      ${lock ? sql`for update of a` : sql``}`.execute(db);
    return rows;
  };
  const open = async (key: AccountKey) => {
    await db
      .insertInto("account")
      .values({
        kind: key.kind,
        unit: key.unit,
        circleId: key.kind === "fund" ? null : key.circleId,
        fundId: key.kind === "fund" ? key.fundId : null,
        federationId: key.kind === "fund" || key.kind === "credit" ? key.federationId : null,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
  };
  const inOrder = (keys: readonly AccountKey[], rows: AccountRow[]): Account[] => {
    const byKey = new Map(rows.map((row) => [keyId(keyOf(row)), accountOf(row)]));
    return keys.map((key) => {
      const found = byKey.get(keyId(key));
      if (!found) throw new Error(`account ${keyId(key)} could not be opened`);
      return found;
    });
  };
  const entries = async (ids: readonly number[]): Promise<JournalEntry[]> => {
    if (ids.length === 0) return [];
    const rows = await db
      .selectFrom("journalEntry")
      .select([
        "id",
        "kind",
        "memo",
        "receipt",
        "circleId",
        "federationId",
        "reverses",
        "recordedBy",
        "recordedAt",
        "proposalId",
      ])
      .where("id", "in", [...ids])
      .execute();
    const lines = await db
      .selectFrom("journalLine as l")
      .innerJoin("account as a", "a.id", "l.accountId")
      .select([
        "l.entryId",
        "l.accountId",
        "l.amount",
        "l.budgetLineId",
        "l.levyRuleId",
        "a.kind",
        "a.unit",
        "a.circleId",
        "a.fundId",
        "a.federationId",
      ])
      .where("l.entryId", "in", [...ids])
      .orderBy("l.id")
      .execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      return [
        {
          ...row,
          lines: lines
            .filter((l) => l.entryId === id)
            .map((l) => ({
              accountId: l.accountId,
              account: keyOf(l),
              amount: BigInt(l.amount),
              budgetLineId: l.budgetLineId,
              levyRuleId: l.levyRuleId,
            })),
        },
      ];
    });
  };
  return {
    async lock(keys) {
      const unique = [...new Map(keys.map((k) => [keyId(k), k])).values()].sort((a, b) =>
        keyId(a) < keyId(b) ? -1 : 1,
      );
      let rows = await select(unique, true);
      if (rows.length < unique.length) {
        const have = new Set(rows.map((row) => keyId(keyOf(row))));
        for (const key of unique) if (!have.has(keyId(key))) await open(key);
        rows = await select(unique, true);
      }
      return inOrder(keys, rows);
    },
    async peek(keys) {
      const unique = [...new Map(keys.map((k) => [keyId(k), k])).values()];
      const rows = await select(unique, false);
      const byKey = new Map(rows.map((row) => [keyId(keyOf(row)), accountOf(row)]));
      const pools = new Map<number, bigint | null>();
      const result: Account[] = [];
      for (const key of keys) {
        const found = byKey.get(keyId(key));
        if (found) {
          result.push(found);
          continue;
        }
        let limit: bigint | null = null;
        if (key.kind === "credit") {
          if (!pools.has(key.federationId)) {
            const pool = await db
              .selectFrom("creditPool")
              .select("defaultLimit")
              .where("federationId", "=", key.federationId)
              .executeTakeFirst();
            pools.set(key.federationId, pool ? BigInt(pool.defaultLimit) : null);
          }
          limit = pools.get(key.federationId) ?? null;
        }
        result.push({ id: 0, key, balance: 0n, floor: floorOf(key.kind, limit) });
      }
      return result;
    },
    async post(draft, accounts, meta) {
      const ids = new Map(accounts.map((a) => [keyId(a.key), a.id]));
      const entry = await db
        .insertInto("journalEntry")
        .values({
          kind: draft.kind,
          circleId: draft.circleId,
          federationId: draft.federationId,
          memo: draft.memo,
          receipt: draft.receipt,
          reverses: draft.reverses,
          recordedBy: meta.recordedBy,
          recordedAt: meta.at,
          proposalId: meta.proposalId,
          key: meta.key ?? null,
        })
        .onConflict((oc) => oc.column("key").doNothing())
        .returning("id")
        .executeTakeFirst();
      if (!entry) return undefined;
      await db
        .insertInto("journalLine")
        .values(
          draft.lines.map((line) => {
            const accountId = ids.get(keyId(line.account));
            if (accountId === undefined) throw new Error(`account ${keyId(line.account)} was not locked`);
            return {
              entryId: entry.id,
              accountId,
              unit: line.account.unit,
              amount: line.amount,
              budgetLineId: line.budgetLineId ?? null,
              levyRuleId: line.levyRuleId ?? null,
            };
          }),
        )
        .execute();
      return entry.id;
    },
    async entry(id) {
      return (await entries([id]))[0];
    },
    entries,
    async byKey(key) {
      const row = await db.selectFrom("journalEntry").select("id").where("key", "=", key).executeTakeFirst();
      return row?.id;
    },
    async reversalOf(id) {
      const row = await db
        .selectFrom("journalEntry")
        .select("id")
        .where("reverses", "=", id)
        .executeTakeFirst();
      return row?.id;
    },
    async accounts(owner) {
      const { rows } = await sql<AccountRow>`
        select a.id, a.kind, a.unit, a.circle_id, a.fund_id, a.federation_id, a.balance, a.credit_limit,
               p.default_limit
        from account a left join credit_pool p on a.kind = 'credit' and p.federation_id = a.federation_id
        where ${ownerCondition(owner)}
        order by a.unit, a.kind, a.id`.execute(db);
      return rows.map(accountOf);
    },
    async lines(owner, filter) {
      const { rows } = await sql<{
        entryId: number;
        kind: JournalEntry["kind"];
        memo: string;
        receipt: string | null;
        recordedBy: string;
        recordedAt: Date;
        proposalId: number | null;
        reverses: number | null;
        reversedBy: number | null;
        entryCircleId: number | null;
        accountId: number;
        accountKind: Account["key"]["kind"];
        unit: string;
        circleId: number | null;
        fundId: number | null;
        federationId: number | null;
        amount: string;
        budgetLineId: number | null;
        levyRuleId: number | null;
      }>`
        select e.id as entry_id, e.kind, e.memo, e.receipt, e.recorded_by, e.recorded_at, e.proposal_id,
               e.reverses, r.id as reversed_by, e.circle_id as entry_circle_id,
               l.account_id, a.kind as account_kind, a.unit, a.circle_id, a.fund_id, a.federation_id,
               l.amount, l.budget_line_id, l.levy_rule_id
        from journal_line l
          join account a on a.id = l.account_id
          join journal_entry e on e.id = l.entry_id
          left join journal_entry r on r.reverses = e.id
        where ${ownerCondition(owner)}
          ${filter.from ? sql`and e.recorded_at >= ${filter.from}` : sql``}
          ${filter.until ? sql`and e.recorded_at < ${filter.until}` : sql``}
        order by e.id desc, l.id
        limit ${filter.limit}`.execute(db);
      return rows.map(
        (row): BookLine => ({
          entryId: row.entryId,
          kind: row.kind,
          memo: row.memo,
          receipt: row.receipt,
          recordedBy: row.recordedBy,
          recordedAt: new Date(row.recordedAt),
          proposalId: row.proposalId,
          reverses: row.reverses,
          reversedBy: row.reversedBy,
          entryCircleId: row.entryCircleId,
          accountId: row.accountId,
          account: keyOf({ ...row, kind: row.accountKind }),
          amount: BigInt(row.amount),
          budgetLineId: row.budgetLineId,
          levyRuleId: row.levyRuleId,
        }),
      );
    },
    async settings(circleId) {
      const setting = await db
        .selectFrom("bookSetting")
        .select("memosInternal")
        .where("circleId", "=", circleId)
        .executeTakeFirst();
      const thresholds = await db
        .selectFrom("bookThreshold")
        .select(["unit", "amount"])
        .where("circleId", "=", circleId)
        .execute();
      return {
        memosInternal: setting?.memosInternal ?? false,
        thresholds: new Map(thresholds.map((t) => [t.unit, BigInt(t.amount)])),
      };
    },
    async setMemosInternal(circleId, internal) {
      await db
        .insertInto("bookSetting")
        .values({ circleId, memosInternal: internal })
        .onConflict((oc) => oc.column("circleId").doUpdateSet({ memosInternal: internal }))
        .execute();
    },
    async setThreshold(circleId, unit, amount) {
      await db
        .insertInto("bookThreshold")
        .values({ circleId, unit, amount })
        .onConflict((oc) => oc.columns(["circleId", "unit"]).doUpdateSet({ amount }))
        .execute();
    },
  };
}

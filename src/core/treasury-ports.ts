import type { PersonId } from "./ids.js";
import type { Account, AccountKey, EntryDraft, JournalEntry, LevyRule } from "./ledger.js";

/** How a written entry is attributed. */
export interface EntryMeta {
  at: Date;
  recordedBy: PersonId;
  /** The proposal that decided it, when a decision did. */
  proposalId: number | null;
  /** An idempotency key: an entry with the same key is never written twice. */
  key?: string;
}

/** One line of a book as people read it, with its entry. */
export interface BookLine {
  entryId: number;
  kind: JournalEntry["kind"];
  memo: string;
  receipt: string | null;
  recordedBy: PersonId;
  recordedAt: Date;
  proposalId: number | null;
  reverses: number | null;
  /** The entry that reversed this one, if any. */
  reversedBy: number | null;
  /** The circle that recorded the entry (null: the federation). */
  entryCircleId: number | null;
  accountId: number;
  account: AccountKey;
  amount: bigint;
  budgetLineId: number | null;
  levyRuleId: number | null;
}

/** Whose books: a circle's accounts, a federation's funds, or one fund. */
export type BookOwner = { circleId: number } | { federationId: number } | { fundId: number };

/** A circle's book settings: which memos stay internal, and what its treasurer may spend alone. */
export interface BookSettings {
  memosInternal: boolean;
  /** Per unit: the largest expense the current treasurer records without a circle decision. */
  thresholds: Map<string, bigint>;
}

/**
 * The journal and its accounts. Every write happens in the command's transaction; `lock` takes
 * the accounts' row locks in id order, so two entries touching the same accounts wait for each
 * other instead of deadlocking, and `post` writes an entry whose lines the database checks again
 * (balanced per unit, append-only, floors).
 */
export interface LedgerRepo {
  /**
   * Opens the accounts that do not exist yet, then locks all of them (FOR UPDATE, in id order)
   * and returns them in the order of `keys`, with balances and floors as of the lock.
   */
  lock(keys: readonly AccountKey[]): Promise<Account[]>;
  /**
   * The accounts as they are now, without locking or opening any (one not opened yet reads as
   * empty, id 0): for checking a proposal before it is decided, without writing.
   */
  peek(keys: readonly AccountKey[]): Promise<Account[]>;
  /**
   * Writes a balanced entry on accounts `lock` returned; returns its number. With a `key` already
   * used, writes nothing and returns undefined.
   */
  post(draft: EntryDraft, accounts: readonly Account[], meta: EntryMeta): Promise<number | undefined>;
  entry(id: number): Promise<JournalEntry | undefined>;
  /** The entry written with this idempotency key, if one was. */
  byKey(key: string): Promise<number | undefined>;
  /** Several entries with their lines, in the order of `ids` (unknown ones left out). */
  entries(ids: readonly number[]): Promise<JournalEntry[]>;
  /** The entry that reversed entry `id`, if one did. */
  reversalOf(id: number): Promise<number | undefined>;
  /** Accounts of an owner with their balances (none opened yet: empty). */
  accounts(owner: BookOwner): Promise<Account[]>;
  /** Lines of an owner's accounts, newest first, at most `limit`, optionally in a time range. */
  lines(owner: BookOwner, filter: { limit: number; from?: Date; until?: Date }): Promise<BookLine[]>;
  settings(circleId: number): Promise<BookSettings>;
  setMemosInternal(circleId: number, internal: boolean): Promise<void>;
  setThreshold(circleId: number, unit: string, amount: bigint): Promise<void>;
}

/** A federation's common fund. */
export interface Fund {
  id: number;
  federationId: number;
  name: string;
  unit: string;
  purpose: string;
  createdBy: PersonId;
  createdAt: Date;
}

export interface LevyRuleRecord extends LevyRule {
  createdAt: Date;
  endedAt: Date | null;
}

export interface FundRepo {
  create(input: Omit<Fund, "id"> & { nameKey: string; proposalId: number | null }): Promise<Fund>;
  byName(federationId: number, nameKey: string): Promise<Fund | undefined>;
  byId(id: number): Promise<Fund | undefined>;
  list(federationId: number): Promise<Fund[]>;
  /** The federation's levy rule in force for a unit. */
  activeLevy(federationId: number, unit: string): Promise<LevyRuleRecord | undefined>;
  levyById(id: number): Promise<LevyRuleRecord | undefined>;
  /** Levy rules in force, by unit. */
  levies(federationId: number): Promise<LevyRuleRecord[]>;
  /** Ends the rule in force for that unit (if any) and, unless `rateBp` is 0, starts a new one. */
  setLevy(
    input: Omit<LevyRule, "id"> & { createdBy: PersonId; createdAt: Date; proposalId: number | null },
  ): Promise<LevyRuleRecord | undefined>;
}

/** A federation's mutual-credit pool: its unit and the limit each circle has unless set otherwise. */
export interface CreditPool {
  federationId: number;
  unit: string;
  defaultLimit: bigint;
}

export interface CreditStanding {
  circleId: number;
  accountId: number;
  balance: bigint;
  /** The circle's own limit, or null when the pool's default applies. */
  ownLimit: bigint | null;
}

export interface CreditRepo {
  pool(federationId: number): Promise<CreditPool | undefined>;
  /** Creates the pool or changes its default limit (its unit is fixed once payments exist). */
  setPool(pool: CreditPool, at: Date): Promise<void>;
  /** Sets (or with null, clears) one circle's own limit. */
  setLimit(federationId: number, circleId: number, limit: bigint | null): Promise<void>;
  /** Every credit account of the pool. */
  standings(federationId: number): Promise<CreditStanding[]>;
  /** Whether any payment was made in the pool. */
  hasPayments(federationId: number): Promise<boolean>;
}

export interface Budget {
  id: number;
  circleId: number;
  name: string;
  unit: string;
  lines: BudgetLine[];
}

export interface BudgetLine {
  id: number;
  budgetId: number;
  name: string;
  planned: bigint;
  /** What expenses counted against it, net of reversals. */
  spent: bigint;
}

export interface BudgetRepo {
  /** Creates the budget or, when it exists, sets the planned amounts of the lines named (adding new ones). */
  upsert(input: {
    circleId: number;
    name: string;
    nameKey: string;
    unit: string;
    lines: Array<{ name: string; nameKey: string; planned: bigint }>;
    createdBy: PersonId;
    createdAt: Date;
  }): Promise<Budget>;
  byName(circleId: number, nameKey: string): Promise<Budget | undefined>;
  /** A circle's budgets, newest first, with what each line has spent. */
  list(circleId: number): Promise<Budget[]>;
}

/**
 * One delivery of an aid offer: what arrived, in the offer's unit, and the entry if it was money
 * in the books (a delivery whose entry was reversed no longer counts, see AidRepo.deliveries).
 */
export interface AidDelivery {
  id: number;
  offerId: number;
  requestId: number | null;
  /** Millionths of the unit (exact); null when the offer had no amount. */
  amount: bigint | null;
  unit: string;
  recordedBy: PersonId;
  recordedAt: Date;
  entryId: number | null;
}

import { UserError } from "./errors.js";
import type { PersonId } from "./ids.js";
import {
  type Account,
  type AccountKey,
  assertBalanced,
  type EntryDraft,
  keyId,
  type Overdraft,
  overdrafts,
} from "./ledger.js";
import type { Circle } from "./model.js";
import { formatMoney, type Unit, unitOfCode } from "./money.js";
import type { Store } from "./ports.js";
import type { EntryMeta } from "./treasury-ports.js";

/** The circle role whose current holder keeps the books (see rotations). */
export const TREASURER_ROLE = "treasurer";

/** The person holding a circle's treasurer role now (the latest term handed over), if it has one. */
export async function currentTreasurer(store: Store, circleId: number): Promise<PersonId | undefined> {
  const rotation = await store.rotations.find({ circleId }, TREASURER_ROLE, "");
  if (rotation?.kind !== "members") return undefined;
  const terms = await store.rotations.terms(rotation.id);
  return terms.filter((term) => term.announcedAt !== null).at(-1)?.holder;
}

/**
 * Whether `actor` may record this for the circle alone, within what the circle delegated: they
 * hold its treasurer role now and, for money going out, the amount is at most the circle's
 * threshold in that unit (no threshold set: nothing goes out without a circle decision).
 */
export async function treasurerMay(
  store: Store,
  circle: Circle,
  actor: PersonId,
  outgoing?: { unit: string; amount: bigint },
): Promise<boolean> {
  if ((await currentTreasurer(store, circle.id)) !== actor) return false;
  if (!outgoing) return true;
  const { thresholds } = await store.ledger.settings(circle.id);
  return outgoing.amount <= (thresholds.get(outgoing.unit) ?? 0n);
}

/**
 * An entry to write, built from the accounts it touches as they are when locked (a levy depends
 * on the circle's cash before the donation). `keys` must name every account its lines use.
 */
export interface Booking {
  keys: AccountKey[];
  build(accounts: ReadonlyMap<string, Account>): EntryDraft;
}

/**
 * Checks a booking without writing anything (for a proposal, before it is decided): built on the
 * balances as they are now, balanced, and taking no account below its floor. Throws a UserError
 * with the numbers when it would.
 */
export async function checkBooking(store: Store, booking: Booking): Promise<EntryDraft> {
  const accounts = await store.ledger.peek(booking.keys);
  return validate(store, booking, accounts);
}

/**
 * Writes a booking: locks its accounts (in id order, so concurrent bookings wait rather than
 * deadlock), builds the entry on the locked balances, refuses it with the numbers if it would take
 * an account below its floor, and writes it. Returns the entry's number (undefined when an entry
 * with `meta.key` was already written).
 */
export async function postBooking(
  store: Store,
  booking: Booking,
  meta: EntryMeta,
): Promise<number | undefined> {
  const accounts = await store.ledger.lock(booking.keys);
  const draft = await validate(store, booking, accounts);
  return store.ledger.post(draft, accounts, meta);
}

/** {@link postBooking} for a command: no idempotency key, so the entry is always written. */
export async function record(store: Store, booking: Booking, meta: Omit<EntryMeta, "key">): Promise<number> {
  const id = await postBooking(store, booking, meta);
  if (id === undefined) throw new Error("an entry without a key was not written");
  return id;
}

async function validate(store: Store, booking: Booking, accounts: Account[]): Promise<EntryDraft> {
  const byKey = new Map(accounts.map((a) => [keyId(a.key), a]));
  const draft = booking.build(byKey);
  assertBalanced(draft);
  for (const line of draft.lines) {
    if (!byKey.has(keyId(line.account)))
      throw new Error(`booking uses ${keyId(line.account)} without its key`);
  }
  const [first] = overdrafts(accounts, draft.lines);
  if (first) throw await overdraftError(store, first);
  return draft;
}

/** Says which account would go too low, by how much, in the account's own words. */
async function overdraftError(store: Store, overdraft: Overdraft): Promise<UserError> {
  const { account, after, floor } = overdraft;
  const unit = unitOfCode(account.key.unit);
  const money = (minor: bigint) => formatMoney(minor, unit);
  const key = account.key;
  if (key.kind === "fund") {
    const fund = await store.funds.byId(key.fundId);
    return new UserError("treasury.overdraft_fund", {
      fund: fund?.name ?? "?",
      balance: money(account.balance),
      amount: money(account.balance - after),
    });
  }
  const circle = await store.circles.byId(key.circleId);
  if (key.kind === "credit") {
    return new UserError("treasury.overdraft_credit", {
      circle: circle?.name ?? "?",
      balance: signed(account.balance, unit),
      limit: money(-floor),
      amount: money(account.balance - after),
      after: signed(after, unit),
      over: money(floor - after),
    });
  }
  return new UserError("treasury.overdraft_cash", {
    circle: circle?.name ?? "?",
    balance: money(account.balance),
    amount: money(account.balance - after),
  });
}

/** `−12.00 credits`, `+80.00 credits`, `0.00 credits`: a balance that may be below zero. */
export function signed(minor: bigint, unit: Unit): string {
  if (minor < 0n) return `−${formatMoney(-minor, unit)}`;
  if (minor > 0n) return `+${formatMoney(minor, unit)}`;
  return formatMoney(0n, unit);
}

/** The balance of one account key among accounts (0 when it has none yet). */
export function balanceOf(accounts: ReadonlyMap<string, Account>, key: AccountKey): bigint {
  return accounts.get(keyId(key))?.balance ?? 0n;
}

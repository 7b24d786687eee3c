import { t } from "./i18n.js";
import { creditEntry, deepInDeficit } from "./ledger.js";
import { formatMoney, unitOfCode } from "./money.js";
import type { Store } from "./ports.js";
import { type Booking, signed } from "./treasury.js";

/**
 * A mutual-credit payment between two circles of a federation's pool, as a booking: the payer's
 * credit account goes down (at most to minus its limit), the payee's up, so the pool's balances
 * always sum to zero. Written with `postBooking`, which locks both accounts in id order, so any
 * number of concurrent payments neither deadlock nor lose an update.
 */
export function creditBooking(input: {
  federationId: number;
  payer: number;
  payee: number;
  unit: string;
  amount: bigint;
  memo: string;
}): Booking {
  const draft = creditEntry(input);
  return { keys: draft.lines.map((line) => line.account), build: () => draft };
}

/**
 * The circles of a federation's pool deep in deficit (three quarters of their limit or more
 * used), named gently for the digest: a nudge to buy from them, never a penalty.
 */
export async function deficitLines(store: Store, federationId: number): Promise<string[]> {
  const pool = await store.credit.pool(federationId);
  if (!pool) return [];
  const unit = unitOfCode(pool.unit);
  const deep = (await store.credit.standings(federationId)).filter((s) =>
    deepInDeficit(s.balance, s.ownLimit ?? pool.defaultLimit),
  );
  if (deep.length === 0) return [];
  const names = new Map((await store.circles.byIds(deep.map((s) => s.circleId))).map((c) => [c.id, c.name]));
  return [
    t("credit.digest_title"),
    ...deep.map((s) =>
      t("credit.digest_row", {
        circle: names.get(s.circleId) ?? "?",
        balance: signed(s.balance, unit),
        limit: formatMoney(s.ownLimit ?? pool.defaultLimit, unit),
      }),
    ),
  ];
}

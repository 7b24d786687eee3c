import { requestProgress } from "./aid-delivery.js";
import { t } from "./i18n.js";
import type { Rotation } from "./model.js";
import { formatMoney, unitOfCode } from "./money.js";
import type { Store } from "./ports.js";
import { signed } from "./treasury.js";
import { circleTotals } from "./treasury-text.js";

/** Roles whose holder keeps money or the means to reach it: their handover includes the books. */
const BOOK_ROLES = new Set(["treasurer", "custodian"]);

/** Command groups whose proposals move money. */
const MONEY_GROUPS = new Set(["ledger", "fund", "credit"]);

export function keepsBooks(rotation: Pick<Rotation, "role">): boolean {
  return BOOK_ROLES.has(rotation.role.trim().toLowerCase());
}

/** The steps both holders confirm at a handover: the rotation's own, and the books for roles that keep them. */
export function handoverChecklist(rotation: Pick<Rotation, "role" | "checklist">): string[] {
  return keepsBooks(rotation) ? [...rotation.checklist, t("treasury.handover_item")] : rotation.checklist;
}

/**
 * The books as they stand at a treasurer's or custodian's handover, for both holders to check
 * and confirm: a circle's balances per unit, its mutual-credit standing, what its budgets have
 * left, and its open items (money proposals not decided yet, aid requests still waiting); for a
 * federation role, its common funds and open fund proposals. Undefined for other roles.
 */
export async function booksAtHandover(store: Store, rotation: Rotation): Promise<string | undefined> {
  if (!keepsBooks(rotation)) return undefined;
  const balances: string[] = [];
  const open: string[] = [];
  if (rotation.circleId !== null) {
    const circleId = rotation.circleId;
    const accounts = await store.ledger.accounts({ circleId });
    for (const totals of circleTotals(accounts))
      balances.push(formatMoney(totals.cash, unitOfCode(totals.unit)));
    for (const account of accounts) {
      if (account.key.kind !== "credit") continue;
      const unit = unitOfCode(account.key.unit);
      balances.push(t("treasury.handover_credit", { balance: signed(account.balance, unit) }));
    }
    for (const budget of await store.budgets.list(circleId)) {
      const unit = unitOfCode(budget.unit);
      const left = budget.lines.reduce((sum, l) => sum + l.planned - l.spent, 0n);
      open.push(t("treasury.handover_budget", { budget: budget.name, left: signed(left, unit) }));
    }
    const proposals = await store.proposals.list({ circleIds: [circleId], openOnly: true });
    for (const p of proposals) {
      if (p.command && (MONEY_GROUPS.has(p.command.group) || p.command.name === "give"))
        open.push(t("treasury.handover_proposal", { id: p.id, title: p.title }));
    }
    const circle = await store.circles.byId(circleId);
    if (circle?.federationId) {
      const requests = await store.aid.requests({ federationId: circle.federationId, activeOnly: true });
      for (const r of requests.filter((r) => r.circleId === circleId)) {
        const progress = requestProgress(r, await store.aid.deliveries({ requestId: r.id }));
        open.push(t("treasury.handover_request", { id: r.id, what: r.what, progress }));
      }
    }
  } else if (rotation.federationId !== null) {
    const federationId = rotation.federationId;
    const funds = await store.funds.list(federationId);
    const accounts = await store.ledger.accounts({ federationId });
    for (const fund of funds) {
      const balance = accounts.find((a) => a.key.kind === "fund" && a.key.fundId === fund.id)?.balance ?? 0n;
      balances.push(
        t("treasury.handover_fund", {
          fund: fund.name,
          balance: formatMoney(balance, unitOfCode(fund.unit)),
        }),
      );
    }
    for (const p of await store.proposals.list({ federationId, openOnly: true })) {
      if (p.command && MONEY_GROUPS.has(p.command.group))
        open.push(t("treasury.handover_proposal", { id: p.id, title: p.title }));
    }
  }
  return t("treasury.handover_books", {
    balances: balances.join(" · ") || "none",
    open: open.join("; ") || "none",
  });
}

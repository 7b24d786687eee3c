import { z } from "zod";
import { t } from "../../i18n.js";
import { displayPerson } from "../../ids.js";
import { remains } from "../../ledger.js";
import type { Circle, Federation } from "../../model.js";
import { formatMoney, unitOfCode } from "../../money.js";
import type { Store } from "../../ports.js";
import { currentTreasurer, signed } from "../../treasury.js";
import { circleTotals, entryRows, hiddenMemos, totalsLine } from "../../treasury-text.js";
import { circleArg, federationArg } from "../args.js";
import { defineCommand } from "../spec.js";
import { readerSubject } from "./shared.js";

const count = z.coerce.number().int().min(1).max(50).default(10);

/** A circle's books: totals per unit, budgets, who keeps them, mutual credit, latest entries. */
async function circleBooks(store: Store, circle: Circle, reader: string, entries: number): Promise<string[]> {
  const settings = await store.ledger.settings(circle.id);
  const accounts = await store.ledger.accounts({ circleId: circle.id });
  const lines = [
    t("ledger.books_title", { circle: circle.name, memos: settings.memosInternal ? "internal" : "open" }),
  ];
  const totals = circleTotals(accounts);
  if (totals.length === 0) lines.push(t("ledger.books_empty"));
  for (const unit of totals) lines.push(totalsLine(unit));
  for (const budget of await store.budgets.list(circle.id)) {
    const unit = unitOfCode(budget.unit);
    const parts = budget.lines.map((line) => {
      const left = remains(line.planned, line.spent);
      return t("budget.line", {
        line: line.name,
        planned: formatMoney(line.planned, unit),
        spent: formatMoney(line.spent, unit),
        left: signed(left, unit),
      });
    });
    lines.push(
      t("budget.summary", { budget: budget.name, unit: budget.unit, lines: parts.join(" · ") || "—" }),
    );
  }
  const treasurer = await currentTreasurer(store, circle.id);
  const limits = [...settings.thresholds].map(([code, amount]) => formatMoney(amount, unitOfCode(code)));
  lines.push(
    t("ledger.keeper", {
      treasurer: treasurer ? displayPerson(treasurer) : "none",
      limits: limits.join(", ") || "none",
    }),
  );
  for (const account of accounts) {
    if (account.key.kind !== "credit") continue;
    const federation = await store.federations.byId(account.key.federationId);
    const unit = unitOfCode(account.key.unit);
    lines.push(
      t("credit.standing", {
        federation: federation?.name ?? "?",
        balance: signed(account.balance, unit),
        limit: formatMoney(-(account.floor ?? 0n), unit),
      }),
    );
  }
  const recent = await store.ledger.lines({ circleId: circle.id }, { limit: entries * 6 });
  const rows = await entryRows(store, { circleId: circle.id }, recent, {
    zone: circle.timezone,
    hidden: await hiddenMemos(
      store,
      reader,
      recent.map((l) => l.entryCircleId),
    ),
  });
  if (rows.length > 0) lines.push(t("ledger.latest"), ...rows.slice(0, entries));
  return lines;
}

/** A federation's books: its common funds, their balances and latest movements. */
async function federationBooks(
  store: Store,
  federation: Federation,
  reader: string,
  entries: number,
): Promise<string[]> {
  const funds = await store.funds.list(federation.id);
  const accounts = await store.ledger.accounts({ federationId: federation.id });
  const lines = [t("fund.federation_title", { federation: federation.name, count: funds.length })];
  for (const fund of funds) {
    const balance = accounts.find((a) => a.key.kind === "fund" && a.key.fundId === fund.id)?.balance ?? 0n;
    lines.push(t("fund.list_row", { fund: fund.name, balance: formatMoney(balance, unitOfCode(fund.unit)) }));
  }
  const recent = await store.ledger.lines({ federationId: federation.id }, { limit: entries * 2 });
  const rows = await entryRows(store, { federationId: federation.id }, recent, {
    zone: federation.timezone,
    hidden: await hiddenMemos(
      store,
      reader,
      recent.map((l) => l.entryCircleId),
    ),
  });
  if (rows.length > 0) lines.push(t("ledger.latest"), ...rows.slice(0, entries));
  return lines;
}

export default defineCommand({
  group: "ledger",
  name: "show",
  summary:
    "Show a circle's books (totals, budgets, latest entries) or, with federation:, its common funds; open to the whole federation.",
  args: z.object({ circle: circleArg.optional(), federation: federationArg.optional(), entries: count }),
  positional: ["circle"],
  rest: true,
  policy: { circle: "member", federation: "federation-member" },
  subject: readerSubject,
  examples: ['ledger show "Green Valley"', "ledger show federation:Jura entries:20"],
  async handler(ctx, input) {
    const { books } = ctx.subject;
    const lines =
      "circle" in books
        ? await circleBooks(ctx.store, books.circle, ctx.actor, input.entries)
        : await federationBooks(ctx.store, books.federation, ctx.actor, input.entries);
    return { text: lines.join("\n") };
  },
});

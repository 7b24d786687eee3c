import { DateTime } from "luxon";
import { z } from "zod";
import { t } from "../../i18n.js";
import type { Store } from "../../ports.js";
import { ledgerCsv } from "../../treasury-csv.js";
import type { BookLine } from "../../treasury-ports.js";
import { hiddenMemos } from "../../treasury-text.js";
import { circleArg, federationArg, momentArg } from "../args.js";
import { moment } from "../scope.js";
import { defineCommand } from "../spec.js";
import { readerSubject } from "./shared.js";

/**
 * At most this many lines per export, so it fits one chat message (a Matrix event holds 64 KiB)
 * and the command's work budget on a busy machine; from:/until: pick a period for more.
 */
export const EXPORT_MAX_LINES = 500;

async function accountNamer(store: Store, lines: readonly BookLine[]) {
  const fundIds = [...new Set(lines.flatMap((l) => (l.account.kind === "fund" ? [l.account.fundId] : [])))];
  const funds = new Map(
    (await Promise.all(fundIds.map((id) => store.funds.byId(id)))).flatMap((f) =>
      f ? [[f.id, f.name] as const] : [],
    ),
  );
  return (line: BookLine) =>
    line.account.kind === "fund"
      ? `fund:${funds.get(line.account.fundId) ?? line.account.fundId}`
      : line.account.kind;
}

export default defineCommand({
  group: "ledger",
  name: "export",
  summary:
    "Export a circle's books (or, with federation:, its common funds) as CSV, one row per journal line.",
  args: z.object({
    circle: circleArg.optional(),
    federation: federationArg.optional(),
    from: momentArg.optional(),
    until: momentArg.optional(),
  }),
  positional: ["circle"],
  rest: true,
  policy: { circle: "member", federation: "federation-member" },
  subject: readerSubject,
  examples: [
    'ledger export "Green Valley" from:2026-01-01 until:2026-12-31',
    "ledger export federation:Jura",
  ],
  async handler(ctx, input) {
    const { books } = ctx.subject;
    const zone = "circle" in books ? books.circle.timezone : books.federation.timezone;
    const owner = "circle" in books ? { circleId: books.circle.id } : { federationId: books.federation.id };
    const from = input.from === undefined ? undefined : dayStart(input.from, zone, ctx.now);
    const until = input.until === undefined ? undefined : moment(input.until, zone, ctx.now, "until");
    const lines = await ctx.store.ledger.lines(owner, {
      limit: EXPORT_MAX_LINES + 1,
      ...(from ? { from } : {}),
      ...(until ? { until } : {}),
    });
    const kept = lines.slice(0, EXPORT_MAX_LINES);
    const hidden = await hiddenMemos(
      ctx.store,
      ctx.actor,
      kept.map((l) => l.entryCircleId),
    );
    const budgets = "circle" in books ? await ctx.store.budgets.list(books.circle.id) : [];
    const csv = ledgerCsv(kept, {
      zone,
      hidden,
      accountName: await accountNamer(ctx.store, kept),
      budgetLines: new Map(
        budgets.flatMap((b) => b.lines.map((l) => [l.id, `${b.name}/${l.name}`] as const)),
      ),
    });
    const note =
      lines.length > EXPORT_MAX_LINES ? `\n${t("ledger.export_truncated", { max: EXPORT_MAX_LINES })}` : "";
    return { text: `${csv.trimEnd()}${note}` };
  },
});

/** `from:` read in the zone; a bare date means from the start of that day (a bare `until:`, to its end). */
function dayStart(text: string, zone: string, now: Date): Date {
  const at = moment(text, zone, now, "from");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) return at;
  return DateTime.fromJSDate(at, { zone }).startOf("day").toJSDate();
}

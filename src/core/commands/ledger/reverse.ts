import { z } from "zod";
import { undoDelivery } from "../../aid-delivery.js";
import { UserError } from "../../errors.js";
import { inLocale, t } from "../../i18n.js";
import { type JournalEntry, reversalEntry } from "../../ledger.js";
import type { Circle, Federation } from "../../model.js";
import { formatMoney, unitOfCode } from "../../money.js";
import type { Store } from "../../ports.js";
import { type Booking, checkBooking, record, treasurerMay } from "../../treasury.js";
import { idArg, textArg } from "../args.js";
import { announceToFederation, audit } from "../lookups.js";
import { defineCommand } from "../spec.js";
import { authority } from "./shared.js";

/** What the entry took out of the circle's cash, per unit (the largest), for the treasurer's threshold. */
function outflow(entry: JournalEntry, circleId: number): { unit: string; amount: bigint } {
  let largest = { unit: "", amount: 0n };
  for (const line of entry.lines) {
    if (line.account.kind === "cash" && line.account.circleId === circleId && -line.amount > largest.amount)
      largest = { unit: line.account.unit, amount: -line.amount };
  }
  return largest;
}

/** Refuses an entry that cannot be reversed: a reversal, a credit payment, or one already reversed. */
async function reversible(store: Store, entry: JournalEntry): Promise<void> {
  if (entry.kind === "reversal")
    throw new UserError("ledger.reverse_reversal", { id: entry.id, of: entry.reverses ?? 0 });
  if (entry.kind === "credit") throw new UserError("ledger.reverse_credit", { id: entry.id });
  const already = await store.ledger.reversalOf(entry.id);
  if (already !== undefined) throw new UserError("ledger.already_reversed", { id: entry.id, by: already });
}

function booking(entry: JournalEntry, memo: string): Booking {
  return { keys: entry.lines.map((l) => l.account), build: () => reversalEntry(entry, memo) };
}

export default defineCommand({
  group: "ledger",
  name: "reverse",
  summary:
    "Undo an entry with a reversing entry (entries are never edited or deleted): the treasurer for what they could record alone, otherwise whoever decided it.",
  args: z.object({
    entry: idArg,
    why: textArg(300),
  }),
  positional: ["entry", "why"],
  rest: true,
  policy: { circle: "circle-decision", federation: "federation-decision" },
  async subject(
    ctx,
    input,
  ): Promise<{ entry: JournalEntry; circle?: Circle; federation?: Federation; delegated?: boolean }> {
    const entry = await ctx.store.ledger.entry(input.entry);
    if (!entry) throw new UserError("ledger.entry_not_found", { id: input.entry });
    if (entry.circleId !== null) {
      const circle = await ctx.store.circles.byId(entry.circleId);
      if (!circle) throw new Error(`circle ${entry.circleId} is missing`);
      const out = outflow(entry, circle.id);
      const delegated =
        entry.kind === "income" || entry.kind === "donation"
          ? await treasurerMay(ctx.store, circle, ctx.actor)
          : await treasurerMay(ctx.store, circle, ctx.actor, out);
      return { entry, circle, delegated };
    }
    const federation = await ctx.store.federations.byId(entry.federationId ?? 0);
    if (!federation) throw new Error(`entry ${entry.id} has no owner`);
    return { entry, federation };
  },
  examples: ["ledger reverse 12 entered twice"],
  async check(ctx, input) {
    await reversible(ctx.store, ctx.subject.entry);
    await checkBooking(ctx.store, booking(ctx.subject.entry, input.why));
  },
  async handler(ctx, input) {
    const { entry, circle, federation } = ctx.subject;
    await reversible(ctx.store, entry);
    const id = await record(ctx.store, booking(entry, input.why), {
      at: ctx.now,
      recordedBy: ctx.actor,
      proposalId: ctx.decision?.proposalId ?? null,
    });
    if (entry.kind === "aid") await undoDelivery(ctx.store, entry.id, ctx.now);
    const auditId = await audit(ctx, {
      action: "ledger.reverse",
      circleId: circle?.id ?? null,
      federationId: federation?.id ?? entry.federationId,
      details: { entryId: id, reverses: entry.id },
    });
    const moved = entry.lines.find((l) => l.amount > 0n) ?? entry.lines[0];
    const say = (): string =>
      t("ledger.reversed", {
        id,
        of: entry.id,
        kind: entry.kind,
        amount: moved
          ? formatMoney(moved.amount < 0n ? -moved.amount : moved.amount, unitOfCode(moved.account.unit))
          : "",
        why: input.why,
        authority: authority(ctx, circle),
      });
    const text = say();
    // Reversing a movement of a common fund is told where the fund's movements are public.
    if (entry.lines.some((l) => l.account.kind === "fund")) {
      await announceToFederation(ctx, auditId, federation?.id ?? entry.federationId, inLocale(say));
    }
    return { text };
  },
});

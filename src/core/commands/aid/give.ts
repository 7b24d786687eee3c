import { z } from "zod";
import type { AidOffer, AidRequest } from "../../aid.js";
import { formatQuantity, fromMinor, toMinor } from "../../aid-amounts.js";
import { planDelivery, recordDelivery } from "../../aid-delivery.js";
import { UserError } from "../../errors.js";
import { msg, t } from "../../i18n.js";
import { aidEntry } from "../../ledger.js";
import type { Circle } from "../../model.js";
import { type Unit, unitOf } from "../../money.js";
import { type Booking, checkBooking, record, treasurerMay } from "../../treasury.js";
import { idArg } from "../args.js";
import { amountArg, authority, readAmount } from "../ledger/shared.js";
import { announceToFederation, audit } from "../lookups.js";
import { defineCommand, type SubjectContext } from "../spec.js";
import { circleById, findOffer, findReflection, findRequest } from "./common.js";

interface GiveSubject {
  circle: Circle;
  receiver: Circle;
  offer: AidOffer;
  request: AidRequest | undefined;
  federationId: number;
  unit: Unit;
  /** Minor units of `unit` given now. */
  amount: bigint;
  delegated: boolean;
}

/** The amount given now: as said, or what is left of the offer (which must then be exact in the unit). */
async function givenAmount(ctx: SubjectContext, offer: AidOffer, unit: Unit, text: string | undefined) {
  if (text !== undefined) return readAmount(text, unit);
  if (offer.amount === null)
    throw new UserError("args.field", { field: "amount", problem: t("aid.give_amount", { id: offer.id }) });
  const delivered = (await ctx.store.aid.deliveries({ offerId: offer.id })).reduce(
    (s, d) => s + (d.amount ?? 0n),
    0n,
  );
  const left = toMinor(offer.amount - delivered, unit);
  if (left === undefined || left <= 0n)
    throw new UserError("args.field", { field: "amount", problem: t("aid.give_amount", { id: offer.id }) });
  return left;
}

function booking(s: GiveSubject): Booking {
  const draft = aidEntry({
    from: s.circle.id,
    to: s.receiver.id,
    federationId: s.federationId,
    unit: s.unit.code,
    amount: s.amount,
    memo: t("aid.entry_memo", { offer: s.offer.id, what: s.offer.what, request: s.request?.id ?? 0 }),
  });
  return { keys: draft.lines.map((l) => l.account), build: () => draft };
}

export default defineCommand({
  group: "aid",
  name: "give",
  summary:
    "Record money your circle gave through an aid offer in both circles' books at once, and count it as delivered (the treasurer up to the threshold, else a circle decision).",
  args: z.object({
    id: idArg,
    amount: amountArg.optional(),
  }),
  positional: ["id", "amount"],
  policy: "circle-decision",
  async subject(ctx, args): Promise<GiveSubject> {
    const offer = await findOffer(ctx, args.id);
    const request = offer.requestId === null ? undefined : await findRequest(ctx, offer.requestId);
    const target = request ?? (await findReflection(ctx, offer.reflectionId ?? 0));
    const unit = unitOf(offer.unit || request?.unit || "");
    if (!unit)
      throw new UserError("aid.not_money", { id: offer.id, unit: offer.unit || request?.unit || "" });
    const circle = await circleById(ctx, offer.circleId);
    const receiver = await circleById(ctx, target.circleId);
    const amount = await givenAmount(ctx, offer, unit, args.amount);
    const delegated = await treasurerMay(ctx.store, circle, ctx.actor, { unit: unit.code, amount });
    return { circle, receiver, offer, request, federationId: target.federationId, unit, amount, delegated };
  },
  examples: ["aid give 2", "aid give 2 amount:150"],
  async check(ctx) {
    const s = ctx.subject;
    await planDelivery(ctx.store, s.offer, s.request, fromMinor(s.amount, s.unit));
    await checkBooking(ctx.store, booking(s));
  },
  async handler(ctx) {
    const s = ctx.subject;
    const planned = await planDelivery(ctx.store, s.offer, s.request, fromMinor(s.amount, s.unit));
    const entry = await record(ctx.store, booking(s), {
      at: ctx.now,
      recordedBy: ctx.actor,
      proposalId: ctx.decision?.proposalId ?? null,
    });
    const result = await recordDelivery(ctx.store, {
      offer: s.offer,
      request: s.request,
      planned,
      by: ctx.actor,
      at: ctx.now,
      entryId: entry,
    });
    const auditId = await audit(ctx, {
      action: "aid.give",
      circleId: s.circle.id,
      federationId: s.federationId,
      details: { offerId: s.offer.id, entryId: entry, amount: s.amount.toString(), unit: s.unit.code },
    });
    if (s.request && result.covered) {
      await announceToFederation(
        ctx,
        auditId,
        s.federationId,
        msg("aid.fulfilled_request", {
          request: s.request.id,
          circle: s.receiver.name,
          progress: result.progress,
        }),
      );
    }
    return {
      text: t("aid.delivered", {
        id: s.offer.id,
        amount: formatQuantity(fromMinor(s.amount, s.unit), s.unit.code),
        entry,
        giver: s.circle.name,
        receiver: s.receiver.name,
        authority: authority(ctx, s.circle),
        complete: result.offerComplete ? "yes" : "no",
        request: s.request?.id ?? 0,
        progress: result.covered ? t("aid.now_fulfilled", { progress: result.progress }) : result.progress,
      }),
    };
  },
});

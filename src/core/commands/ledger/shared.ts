import { z } from "zod";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { displayPerson } from "../../ids.js";
import type { Circle, Federation } from "../../model.js";
import { parseMinor, type Unit, unitOf } from "../../money.js";
import { nameKey } from "../../names.js";
import { type Booking, record } from "../../treasury.js";
import type { Fund } from "../../treasury-ports.js";
import { textArg } from "../args.js";
import { audit, findCircle, findFederation } from "../lookups.js";
import { decisionNote } from "../proposals.js";
import type { CommandContext, SubjectContext } from "../spec.js";

/** An amount as typed: read exactly in the unit's minor units by {@link readAmount}. */
export const amountArg = z.string().max(20);
/** A unit as typed: read by {@link readUnit}. */
export const unitArg = z.string().max(12);
/** A memo: what the money was for (described in messages/arguments.ts, as every argument). */
export const memoArg = () => textArg(300);

/** A receipt: a link to it (an uploaded scan, a shared folder). */
export const receiptArg = z
  .string()
  .trim()
  .max(500)
  .refine((text) => /^https?:\/\//i.test(text) && URL.canParse(text), "a link starting with https://");

export function readUnit(text: string, field = "unit"): Unit {
  const unit = unitOf(text);
  if (!unit)
    throw new UserError("args.field", {
      field,
      problem: t("money.unknown_unit", { value: text.slice(0, 20) }),
    });
  return unit;
}

/** A positive amount in `unit`'s minor units, or a UserError naming the field. */
export function readAmount(text: string, unit: Unit, field = "amount"): bigint {
  const parsed = parseMinor(text, unit);
  if (!parsed.ok) throw new UserError("args.field", { field, problem: parsed.problem });
  if (parsed.minor <= 0n) throw new UserError("args.field", { field, problem: t("money.not_positive") });
  return parsed.minor;
}

/**
 * How an entry was authorised, for what Jura says: the decision that carried it (`as decided
 * by “Green Valley” (proposal #7 …)`) or the treasurer who recorded it alone.
 */
export function authority(ctx: CommandContext, circle?: Circle): string {
  if (ctx.decision) return decisionNote(ctx.decision);
  if (circle) return t("treasury.by_treasurer", { person: displayPerson(ctx.actor), circle: circle.name });
  return t("treasury.by_person", { person: displayPerson(ctx.actor) });
}

/** The circle's federation, or a clear refusal (funds, levies and mutual credit are federations'). */
export async function federationOf(ctx: Pick<SubjectContext, "store">, circle: Circle): Promise<Federation> {
  const federation =
    circle.federationId === null ? undefined : await ctx.store.federations.byId(circle.federationId);
  if (!federation) throw new UserError("treasury.no_federation", { circle: circle.name });
  return federation;
}

/** A fund of a federation by name, or a refusal listing the funds it has. */
export async function findFund(
  ctx: Pick<SubjectContext, "store">,
  federation: Federation,
  name: string,
): Promise<Fund> {
  const fund = await ctx.store.funds.byName(federation.id, nameKey(name));
  if (fund) return fund;
  const known = (await ctx.store.funds.list(federation.id)).map((f) => `“${f.name}”`).join(", ");
  throw new UserError("fund.not_found", { name, federation: federation.name, known: known || "none yet" });
}

/**
 * Whose books a reading command shows: a circle's (its members see everything; members of its
 * federation see the totals and, unless the circle keeps them internal, the memos), or a
 * federation's funds. The policy applied follows: `member` for a circle's own members,
 * `federation-member` otherwise.
 */
export async function readerSubject(
  ctx: SubjectContext,
  args: { circle?: string | undefined; federation?: string | undefined },
): Promise<{ circle?: Circle; federation?: Federation; books: Books }> {
  if (args.federation !== undefined && args.circle === undefined) {
    const federation = await findFederation(ctx, args.federation);
    return { federation, books: { federation } };
  }
  const circle = await findCircle(ctx, args.circle);
  const books = { circle };
  if (await ctx.store.members.isMember(circle.id, ctx.actor)) return { circle, books };
  const federation =
    circle.federationId === null ? undefined : await ctx.store.federations.byId(circle.federationId);
  // Outside any federation a circle's books are its members' alone: the member policy refuses others.
  if (!federation) return { circle, books };
  return { federation, books };
}

/** Whose books a reading command shows. */
export type Books = { circle: Circle } | { federation: Federation };

/** Refuses an amount in another unit than the fund's (a fund holds one currency). */
export function fundUnit(fund: Fund, unit: Unit): void {
  if (fund.unit !== unit.code)
    throw new UserError("fund.other_unit", { fund: fund.name, unit: fund.unit, given: unit.code });
}

/** A payment into a common fund or a draw from it, as the command decided it. */
export interface FundMovement {
  action: "fund.pay" | "fund.draw";
  /** The circle that pays in, or receives the draw. */
  circleId: number;
  federationId: number;
  fund: Fund;
  unit: Unit;
  amount: bigint;
  booking: Booking;
}

/**
 * Records a fund movement with its decision, audits it, and reads the fund's balance after it:
 * what `fund pay` and `fund draw` both do before saying so.
 */
export async function recordFundMovement(
  ctx: CommandContext,
  move: FundMovement,
): Promise<{ entry: number; auditId: number; balance: bigint }> {
  const { fund, unit, amount } = move;
  const entry = await record(ctx.store, move.booking, {
    at: ctx.now,
    recordedBy: ctx.actor,
    proposalId: ctx.decision?.proposalId ?? null,
  });
  const auditId = await audit(ctx, {
    action: move.action,
    circleId: move.circleId,
    federationId: move.federationId,
    details: { entryId: entry, fundId: fund.id, amount: amount.toString(), unit: unit.code },
  });
  const [held] = await ctx.store.ledger.peek([
    { kind: "fund", fundId: fund.id, federationId: move.federationId, unit: unit.code },
  ]);
  return { entry, auditId, balance: held?.balance ?? 0n };
}

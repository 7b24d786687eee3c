import type { AidOffer, AidRequest, Reflection } from "../../aid.js";
import { parseQuantity } from "../../aid-amounts.js";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import type { Circle, Federation } from "../../model.js";
import type { CommandContext, SubjectContext } from "../spec.js";

/** The federation a circle acts in for mutual aid; a circle outside any federation has none to ask. */
export async function circleFederation(ctx: CommandContext, circle: Circle): Promise<Federation> {
  const federation =
    circle.federationId === null ? undefined : await ctx.store.federations.byId(circle.federationId);
  if (!federation) throw new UserError("aid.no_federation", { circle: circle.name });
  return federation;
}

export async function findReflection(ctx: Pick<SubjectContext, "store">, id: number): Promise<Reflection> {
  const reflection = await ctx.store.aid.reflection(id);
  if (!reflection) throw new UserError("reflection.not_found", { id });
  return reflection;
}

export async function findRequest(ctx: Pick<SubjectContext, "store">, id: number): Promise<AidRequest> {
  const request = await ctx.store.aid.requestById(id);
  if (!request) throw new UserError("aid.request_not_found", { id });
  return request;
}

export async function findOffer(ctx: Pick<SubjectContext, "store">, id: number): Promise<AidOffer> {
  const offer = await ctx.store.aid.offerById(id);
  if (!offer) throw new UserError("aid.offer_not_found", { id });
  return offer;
}

/** A federation by id, as a command's subject. */
export async function federationById(
  ctx: Pick<SubjectContext, "store">,
  federationId: number,
): Promise<Federation> {
  const federation = await ctx.store.federations.byId(federationId);
  if (!federation) throw new Error(`federation ${federationId} is missing`);
  return federation;
}

/** A circle by id (the one that reflected, requested or offered), as a command's subject. */
export async function circleById(ctx: Pick<SubjectContext, "store">, circleId: number): Promise<Circle> {
  const circle = await ctx.store.circles.byId(circleId);
  if (!circle) throw new Error(`circle ${circleId} is missing`);
  return circle;
}

/** A positive amount in millionths of its unit (exact), or a clear error naming the field. */
export function positiveAmount(text: string, field = "amount"): bigint {
  const value = parseQuantity(text);
  if (value === undefined) {
    throw new UserError("args.field", {
      field,
      problem: t("input.not_an_amount", { value: text.slice(0, 40) }),
    });
  }
  if (value <= 0n) throw new UserError("args.field", { field, problem: "must be a number greater than 0" });
  return value;
}

import { z } from "zod";
import { UserError } from "../../errors.js";
import { inLocale, t } from "../../i18n.js";
import { nameKey } from "../../names.js";
import { federationArg, nameArg, textArg } from "../args.js";
import { authority, readUnit, unitArg } from "../ledger/shared.js";
import { announce, audit, federationSubject } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "fund",
  name: "create",
  summary:
    "Open a common fund of the federation (strike support, prisoner aid, a legal fund…): a federation decision.",
  args: z.object({
    name: nameArg(),
    federation: federationArg,
    unit: unitArg,
    purpose: textArg(300).optional(),
  }),
  positional: ["name"],
  rest: true,
  policy: "federation-decision",
  async subject(ctx, input) {
    return { ...(await federationSubject(ctx, input.federation)), unit: readUnit(input.unit) };
  },
  examples: ['fund create Strike support federation:Jura unit:EUR purpose:"pay for striking members"'],
  async check(ctx, input) {
    if (await ctx.store.funds.byName(ctx.subject.federation.id, nameKey(input.name)))
      throw new UserError("fund.exists", { fund: input.name, federation: ctx.subject.federation.name });
  },
  async handler(ctx, input) {
    const { federation, unit } = ctx.subject;
    if (await ctx.store.funds.byName(federation.id, nameKey(input.name)))
      throw new UserError("fund.exists", { fund: input.name, federation: federation.name });
    const fund = await ctx.store.funds.create({
      federationId: federation.id,
      name: input.name,
      nameKey: nameKey(input.name),
      unit: unit.code,
      purpose: input.purpose ?? "",
      createdBy: ctx.actor,
      createdAt: ctx.now,
      proposalId: ctx.decision?.proposalId ?? null,
    });
    const auditId = await audit(ctx, {
      action: "fund.create",
      federationId: federation.id,
      details: { fundId: fund.id, unit: unit.code },
    });
    const say = (): string =>
      t("fund.created", {
        fund: fund.name,
        federation: federation.name,
        unit: unit.code,
        purpose: fund.purpose || "none",
        authority: authority(ctx),
      });
    const text = say();
    if (federation.announcePlace !== ctx.place)
      await announce(ctx, auditId, federation.announcePlace, inLocale(say));
    return { text };
  },
});

import { z } from "zod";
import { UserError } from "../../errors.js";
import { inLocale, t } from "../../i18n.js";
import { displayPerson } from "../../ids.js";
import { requestRoleSync } from "../../role-sync.js";
import { idArg } from "../args.js";
import { announce, announceToFederation, audit } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "mandate",
  name: "renounce",
  summary: "Give back a mandate you hold; your circle and federation are told.",
  args: z.object({ id: idArg }),
  positional: ["id"],
  policy: "person-concerned",
  async subject(ctx, args) {
    const mandate = await ctx.store.mandates.byId(args.id);
    if (mandate?.status !== "active") throw new UserError("mandate.not_found", { id: args.id });
    const circle = await ctx.store.circles.byId(mandate.circleId);
    const refusal = new UserError("mandate.not_yours", {
      id: args.id,
      person: displayPerson(mandate.delegate),
      circle: circle?.name ?? "?",
    });
    return { mandate, ...(circle ? { circle } : {}), people: [mandate.delegate], refusal };
  },
  examples: ["mandate renounce 1"],
  async handler(ctx) {
    const { mandate, circle } = ctx.subject;
    await ctx.store.mandates.end(mandate.id, "ended", ctx.now, "renounced");
    await requestRoleSync(ctx.store, ctx.now, [mandate], "renounced");
    const auditId = await audit(ctx, {
      action: "mandate.renounce",
      circleId: mandate.circleId,
      federationId: circle?.federationId ?? null,
      details: { mandateId: mandate.id },
    });
    const say = () =>
      t("mandate.renounced", {
        person: displayPerson(ctx.actor),
        id: mandate.id,
        scope: mandate.scope,
        circle: circle?.name ?? "?",
      });
    const text = say();
    if (circle?.homePlace && circle.homePlace !== ctx.place)
      await announce(ctx, auditId, circle.homePlace, inLocale(say));
    await announceToFederation(ctx, auditId, circle?.federationId ?? null, inLocale(say));
    return { text };
  },
});

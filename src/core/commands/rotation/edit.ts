import { z } from "zod";
import { parseCadence } from "../../cadence.js";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { atMostDaily } from "../../limits.js";
import type { RotationPatch } from "../../ports.js";
import { occurrenceAfter } from "../../recurrence.js";
import { headsUpAt, replan, roleLabel } from "../../rotations.js";
import { formatMoment } from "../../time.js";
import { circleArg, federationArg, textArg } from "../args.js";
import { audit } from "../lookups.js";
import { findRotation, leadMinutes } from "../scope.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "rotation",
  name: "edit",
  summary: "Change a rotation's cadence, lead time or checklist; agreed swaps are kept.",
  args: z.object({
    role: textArg(40),
    domain: textArg(40).optional(),
    every: textArg(120).optional(),
    lead: z.string().optional(),
    checklist: textArg(500).optional(),
    circle: circleArg.optional(),
    federation: federationArg.optional(),
  }),
  positional: ["role"],
  rest: true,
  policy: { circle: "circle-decision", federation: "creator-circle" },
  subject: (ctx, args) => findRotation(ctx, args),
  examples: ['rotation edit spokesperson every:"every 3 weeks on friday 17:00" circle:"Green Valley"'],
  async handler(ctx, args) {
    const { rotation, name, zone } = ctx.subject;
    const patch: RotationPatch = {};
    if (args.every !== undefined) {
      const cadence = parseCadence(args.every);
      if ("problem" in cadence) throw new UserError("rotation.bad_cadence", { problem: cadence.problem });
      const next = occurrenceAfter(cadence.rrule, ctx.now, zone, ctx.now, true);
      if (!next) throw new UserError("rotation.no_occurrence", { when: formatMoment(ctx.now, zone) });
      if (!atMostDaily(cadence.rrule, ctx.now, zone, ctx.now))
        throw new UserError("rotation.bad_cadence", {
          problem: t("limit.more_than_daily", { what: "Handoffs" }),
        });
      Object.assign(patch, {
        cadence: args.every,
        rrule: cadence.rrule,
        dtstart: ctx.now,
        nextHandoffAt: next,
      });
    }
    if (args.lead !== undefined) patch.leadMinutes = leadMinutes(args.lead);
    if (args.checklist !== undefined)
      patch.checklist = args.checklist
        .split("|")
        .map((s) => s.trim())
        .filter(Boolean);
    if (Object.keys(patch).length === 0) throw new UserError("rotation.nothing_to_change");
    const handoff = patch.nextHandoffAt ?? rotation.nextHandoffAt;
    if (handoff)
      patch.nextHeadsUpAt = headsUpAt({ leadMinutes: patch.leadMinutes ?? rotation.leadMinutes }, handoff);
    const updated = await replan(ctx.store, await ctx.store.rotations.update(rotation.id, patch));
    await audit(ctx, {
      action: "rotation.edit",
      circleId: rotation.circleId,
      federationId: rotation.federationId,
      details: { rotationId: rotation.id, ...patch },
    });
    const swaps = (await ctx.store.rotations.overrides(rotation.id)).filter(
      (o) => o.kind === "swap" && o.term >= updated.nextTerm,
    );
    const kept = swaps.length
      ? ` Agreed swaps kept for terms ${[...new Set(swaps.map((o) => o.term))].join(", ")}.`
      : "";
    return {
      text: `${roleLabel(updated)} of “${name}” updated. Next handoff: ${updated.nextHandoffAt ? formatMoment(updated.nextHandoffAt, zone) : "none"}.${kept}`,
    };
  },
});

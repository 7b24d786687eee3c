import { z } from "zod";
import { parseCadence } from "../../cadence.js";
import { UserError } from "../../errors.js";
import { msg, t } from "../../i18n.js";
import { atMostDaily, within } from "../../limits.js";
import { occurrenceAfter } from "../../recurrence.js";
import {
  blankTerm,
  headsUpAt,
  holderName,
  openingHolder,
  roleLabel,
  upcomingTerms,
} from "../../rotations.js";
import { formatMoment } from "../../time.js";
import { circleArg, federationArg, momentArg, textArg } from "../args.js";
import { actorCircleIn, announce, audit } from "../lookups.js";
import { decisionNote } from "../proposals.js";
import { leadMinutes, moment, resolveScope } from "../scope.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "rotation",
  name: "create",
  summary: "Rotate a role (spokesperson, treasurer, custodian…) on a schedule, announced automatically.",
  args: z.object({
    role: textArg(40),
    every: textArg(120),
    domain: textArg(40).optional(),
    lead: z.string().default("2d"),
    from: momentArg.optional(),
    checklist: textArg(500).optional(),
    circle: circleArg.optional(),
    federation: federationArg.optional(),
  }),
  positional: ["role"],
  rest: true,
  policy: { circle: "circle-decision", federation: "federation-member" },
  subject: (ctx, args) => resolveScope(ctx, args),
  examples: [
    'rotation create spokesperson every:"every 2 weeks on monday 18:00" circle:"Green Valley"',
    "rotation create spotlight every:monthly federation:Jura",
  ],
  async handler(ctx, args) {
    const where = ctx.subject;
    const domain = args.domain ?? "";
    if (await ctx.store.rotations.find(where.scope, args.role, domain)) {
      throw new UserError("rotation.exists", {
        name: where.name,
        role: roleLabel({ role: args.role, domain }),
      });
    }
    const cadence = parseCadence(args.every);
    if ("problem" in cadence) throw new UserError("rotation.bad_cadence", { problem: cadence.problem });
    const dtstart = args.from ? moment(args.from, where.zone, ctx.now, "from") : ctx.now;
    const lead = leadMinutes(args.lead);
    // The first holder, like every other, hears of it `lead` ahead.
    const earliest = new Date(Math.max(dtstart.getTime(), ctx.now.getTime() + lead * 60_000));
    const first = occurrenceAfter(cadence.rrule, dtstart, where.zone, earliest, true);
    if (!first) throw new UserError("rotation.no_occurrence", { when: formatMoment(earliest, where.zone) });
    if (!atMostDaily(cadence.rrule, dtstart, where.zone, earliest))
      throw new UserError("rotation.bad_cadence", {
        problem: t("limit.more_than_daily", { what: "Handoffs" }),
      });
    within(ctx.limits, "rotationsPerScope", await ctx.store.counts.liveRotations(where.scope));
    const kind = where.federation
      ? args.role.toLowerCase() === "spotlight"
        ? "spotlight"
        : "circles"
      : "members";
    const rotation = await ctx.store.rotations.create({
      circleId: where.circle?.id ?? null,
      federationId: where.federation?.id ?? null,
      kind,
      role: args.role,
      domain,
      cadence: args.every,
      rrule: cadence.rrule,
      timezone: where.zone,
      dtstart,
      leadMinutes: lead,
      checklist: args.checklist
        ? args.checklist
            .split("|")
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
      nextHandoffAt: first,
      nextHeadsUpAt: headsUpAt({ leadMinutes: lead }, first),
      createdBy: ctx.actor,
      createdAt: ctx.now,
      creatorCircleId: where.federation ? await actorCircleIn(ctx, where.federation.id) : null,
    });
    // The role is held from now on, by whoever the plan gives the first term to; the cadence's
    // first date is the first handoff. A new custodian is not left empty for a quarter.
    const opening = { holder: await openingHolder(ctx.store, rotation, ctx.now) };
    let live = rotation;
    if (opening.holder) {
      await ctx.store.rotations.saveTerm({
        ...blankTerm(rotation, opening.holder, ctx.now, 1),
        headsUpAt: ctx.now,
        announcedAt: ctx.now,
      });
      live = await ctx.store.rotations.update(rotation.id, { nextTerm: 2 });
    }
    const auditId = await audit(ctx, {
      action: "rotation.create",
      circleId: where.circle?.id ?? null,
      federationId: where.federation?.id ?? null,
      details: {
        rotationId: rotation.id,
        role: args.role,
        domain,
        rrule: cadence.rrule,
        holder: opening.holder,
      },
    });
    const holder = await holderName(ctx.store, opening.holder);
    if (where.federation && opening.holder?.startsWith("circle:")) {
      const circle = await ctx.store.circles.byId(Number(opening.holder.slice(7)));
      if (circle?.homePlace)
        await announce(
          ctx,
          auditId,
          circle.homePlace,
          msg("rotation.first_circle", {
            role: roleLabel(rotation),
            federation: where.name,
            rotation: args.role,
          }),
        );
    }
    const next = await upcomingTerms(ctx.store, live, 3);
    const rows = await Promise.all(
      next.map(
        async (n) =>
          `  term ${n.term}: ${await holderName(ctx.store, n.holder)} from ${formatMoment(n.startsAt, where.zone)}`,
      ),
    );
    return {
      text: [
        t(opening.holder ? "rotation.created" : "rotation.created_nobody", {
          role: roleLabel(rotation),
          name: where.name,
          holder,
          decision: decisionNote(ctx.decision) || "none",
        }),
        ...rows,
      ].join("\n"),
    };
  },
});

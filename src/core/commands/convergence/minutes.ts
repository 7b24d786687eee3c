import { z } from "zod";
import { lastStart, occurrenceDay, startOn } from "../../convergence-record.js";
import { UserError } from "../../errors.js";
import { inLocale, t } from "../../i18n.js";
import { idArg, textArg } from "../args.js";
import { announce, audit } from "../lookups.js";
import { decisionNote } from "../proposals.js";
import { defineCommand } from "../spec.js";
import { convergenceSubject } from "./shared.js";

const linkArg = z
  .string()
  .max(500)
  .refine((s) => /^https?:\/\/[^\s]+$/.test(s.trim()), t("record.minutes_bad_link"))
  .transform((s) => s.trim());

/** `12 14`, `#12, #14`: proposal numbers. */
const decisionsArg = z
  .string()
  .max(200)
  .transform((s, ctx) => {
    const parts = s.split(/[\s,]+/).filter(Boolean);
    const ids = parts.map((p) => (/^#?\d{1,9}$/.test(p) ? Number(p.replace("#", "")) : Number.NaN));
    if (ids.length === 0 || ids.length > 30 || ids.some((n) => !Number.isInteger(n) || n <= 0)) {
      ctx.addIssue({ code: "custom", message: t("record.minutes_bad_decisions") });
      return z.NEVER;
    }
    return [...new Set(ids)];
  });

export default defineCommand({
  group: "convergence",
  name: "minutes",
  summary:
    "Record the minutes of a convergence that met (text, a link: to them, or both) and the decisions taken there (decisions:12,14).",
  args: z.object({
    id: idArg,
    text: textArg(3000).optional(),
    link: linkArg.optional(),
    on: z.string().max(10).optional(),
    decisions: decisionsArg.optional(),
  }),
  positional: ["id", "text"],
  rest: true,
  policy: "creator-circle",
  subject: (ctx, args) => convergenceSubject(ctx, args.id),
  examples: [
    'convergence minutes 1 We agreed to share the van. link:"https://example.org/minutes" decisions:3',
  ],
  async handler(ctx, args) {
    const { convergence: c, federation } = ctx.subject;
    if (!args.text && !args.link) throw new UserError("record.minutes_empty");
    const start = args.on ? startOn(c, args.on) : lastStart(c, ctx.now);
    if (!start || start > ctx.now)
      throw new UserError("record.minutes_no_date", { id: c.id, day: args.on ?? "none" });
    const decisions = args.decisions ?? [];
    const circleIds = new Set(
      (await ctx.store.circles.list({ federationId: federation.id })).map((x) => x.id),
    );
    const titles: string[] = [];
    for (const id of decisions) {
      const proposal = await ctx.store.proposals.byId(id);
      const ours =
        proposal &&
        (proposal.federationId === federation.id ||
          (proposal.circleId !== null && circleIds.has(proposal.circleId)));
      if (!proposal || !ours)
        throw new UserError("record.minutes_foreign_decision", { id, federation: federation.name });
      titles.push(`#${id}`);
    }
    const { replaced } = await ctx.store.record.saveMinutes({
      convergenceId: c.id,
      occurrenceAt: start,
      text: args.text ?? "",
      link: args.link ?? "",
      recordedBy: ctx.actor,
      recordedAt: ctx.now,
    });
    await ctx.store.record.linkDecisions(c.id, start, decisions);
    const date = occurrenceDay(c, start);
    const auditId = await audit(ctx, {
      action: "convergence.minutes",
      circleId: null,
      federationId: federation.id,
      details: { convergenceId: c.id, occurrenceAt: start.toISOString(), amended: replaced, decisions },
    });
    const say = (): string =>
      t("record.minutes_recorded", {
        amended: replaced ? "yes" : "no",
        id: c.id,
        title: c.title,
        date,
        decision: decisionNote(ctx.decision) || t("record.minutes_by_creator"),
        text: args.text ?? "none",
        link: args.link ?? "none",
        decisions: titles.length ? titles.join(", ") : "none",
      });
    const text = say();
    if (federation.announcePlace !== ctx.place)
      await announce(ctx, auditId, federation.announcePlace, inLocale(say));
    return { text };
  },
});

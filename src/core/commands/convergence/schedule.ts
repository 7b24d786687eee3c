import { z } from "zod";
import { describeCadence } from "../../cadence-words.js";
import { mirrorConvergence } from "../../convergence-events.js";
import {
  convergenceRule,
  DEFAULT_REMINDERS,
  describeStart,
  nextDue,
  parseReminders,
  ruleLives,
} from "../../convergences.js";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { atMostDaily, within } from "../../limits.js";
import { occurrenceAfter, occurrences } from "../../recurrence.js";
import { formatMoment } from "../../time.js";
import { federationArg, textArg, timezoneArg } from "../args.js";
import { actorCircleIn, audit, federationSubject } from "../lookups.js";
import { defineCommand } from "../spec.js";
import { durationMinutes, localMoment } from "./shared.js";

export default defineCommand({
  group: "convergence",
  name: "schedule",
  summary: "Schedule a federation's convergence (assembly, congress, storytelling week), recurring or once.",
  args: z.object({
    title: textArg(120),
    federation: federationArg,
    every: textArg(120).optional(),
    at: z.string().max(40).optional(),
    from: z.string().max(40).optional(),
    tz: timezoneArg.optional(),
    duration: z.string().max(20).default("2h"),
    where: textArg(300).optional(),
    agenda: textArg(1000).optional(),
    story: z.enum(["yes", "no"]).default("no"),
    remind: z.string().max(60).default(DEFAULT_REMINDERS),
  }),
  positional: ["title"],
  rest: true,
  policy: "federation-member",
  subject: (ctx, args) => federationSubject(ctx, args.federation),
  examples: [
    'convergence schedule Seasonal assembly every:"every 3 months on saturday 10:00" duration:3h where:"Saint-Imier" federation:Jura',
    "convergence schedule Storytelling evening at:2027-03-18T19:00 federation:Jura",
  ],
  async handler(ctx, args) {
    const { federation } = ctx.subject;
    within(ctx.limits, "convergencesPerFederation", await ctx.store.counts.liveConvergences(federation.id));
    const zone = args.tz ?? federation.timezone;
    if ((args.every === undefined) === (args.at === undefined))
      throw new UserError("args.field", {
        field: "every/at",
        problem: "give either every:<cadence> or at:<date and time>",
      });
    const reminders = parseReminders(args.remind);
    if ("problem" in reminders)
      throw new UserError("args.field", { field: "remind", problem: reminders.problem });
    const duration = durationMinutes(args.duration);
    let rrule: string | null = null;
    let first: Date;
    if (args.at !== undefined) {
      first = localMoment(args.at, zone, "at");
      if (first <= ctx.now)
        throw new UserError("args.field", {
          field: "at",
          problem: `${formatMoment(first, zone)} is in the past; a convergence is scheduled ahead`,
        });
    } else {
      const rule = convergenceRule(args.every ?? "");
      if ("problem" in rule) throw new UserError("rotation.bad_cadence", { problem: rule.problem });
      rrule = rule.rrule;
      const from = args.from !== undefined ? localMoment(args.from, zone, "from", "start-of-day") : ctx.now;
      if (args.from !== undefined && from.getTime() < ctx.now.getTime() - 86_400_000)
        throw new UserError("args.field", { field: "from", problem: `${args.from} is in the past` });
      const earliest = new Date(Math.max(from.getTime(), ctx.now.getTime()));
      if (!ruleLives(rrule, from, zone, earliest))
        throw new UserError("args.field", {
          field: "every",
          problem: `${describeCadence(rrule)} never falls after ${formatMoment(earliest, zone)}; check the days and months`,
        });
      const found = occurrenceAfter(rrule, from, zone, earliest, true);
      if (!found) throw new UserError("rotation.no_occurrence", { when: formatMoment(earliest, zone) });
      if (!atMostDaily(rrule, from, zone, earliest))
        throw new UserError("args.field", {
          field: "every",
          problem: t("limit.more_than_daily", { what: "Convergences" }),
        });
      first = found;
    }
    const draft = {
      federationId: federation.id,
      title: args.title,
      cadence: args.every ?? null,
      rrule,
      timezone: zone,
      dtstart: first,
      durationMinutes: duration,
      location: args.where ?? "",
      agenda: args.agenda ?? "",
      remindMinutes: reminders.minutes.join(","),
      tellStory: args.story === "yes",
      createdBy: ctx.actor,
      createdAt: ctx.now,
      creatorCircleId: await actorCircleIn(ctx, federation.id),
    };
    const convergence = await ctx.store.convergences.create({ ...draft, ...nextDue(draft, ctx.now) });
    if (convergence.nextAt)
      await mirrorConvergence(ctx.store, convergence, "upsert", convergence.nextAt, ctx.now);
    await audit(ctx, {
      action: "convergence.schedule",
      circleId: null,
      federationId: federation.id,
      details: { convergenceId: convergence.id, title: args.title, rrule, start: first.toISOString() },
    });
    const starts = rrule ? occurrences(rrule, first, zone, first, 4) : [first];
    return {
      text: [
        t("convergence.scheduled", {
          id: convergence.id,
          title: convergence.title,
          federation: federation.name,
          cadence: rrule ? describeCadence(rrule) : "none",
          many: starts.length > 1 ? "yes" : "no",
        }),
        ...starts.map((s) => `  ${describeStart(convergence, s)}`),
        t("convergence.rsvp_how", { id: convergence.id }),
      ].join("\n"),
    };
  },
});

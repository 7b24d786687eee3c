import { z } from "zod";
import { describeCadence } from "../../cadence-words.js";
import { describeStart, offsetLabel, reminderMinutes, upcomingStarts } from "../../convergences.js";
import { t } from "../../i18n.js";
import { displayPerson } from "../../ids.js";
import { formatMoment } from "../../time.js";
import { idArg } from "../args.js";
import { defineCommand } from "../spec.js";
import { convergenceRecordLines } from "./record.js";
import { findConvergence } from "./shared.js";

export default defineCommand({
  group: "convergence",
  name: "show",
  summary: "A convergence: when, where, agenda, reminders and who is coming.",
  args: z.object({ id: idArg }),
  positional: ["id"],
  policy: "anyone",
  examples: ["convergence show 1"],
  async handler(ctx, args) {
    const c = await findConvergence(ctx, args.id);
    const federation = await ctx.store.federations.byId(c.federationId);
    const starts = upcomingStarts(c, ctx.now, 3);
    const answers = c.nextAt ? await ctx.store.convergences.rsvps(c.id, c.nextAt) : [];
    const by = (answer: string) =>
      answers
        .filter((a) => a.answer === answer)
        .map((a) => displayPerson(a.person))
        .join(", ") || "—";
    const reminders = reminderMinutes(c).map(offsetLabel).join(", ") || "none";
    const record = await convergenceRecordLines(ctx.store, c, starts[0]);
    return {
      text: [
        t("convergence.show_title", {
          id: c.id,
          title: c.title,
          federation: federation?.name ?? "?",
          cancelled: c.cancelledAt ? "yes" : "no",
        }),
        c.rrule
          ? t("convergence.show_recurs", { cadence: describeCadence(c.rrule), timezone: c.timezone })
          : t("convergence.show_once", { timezone: c.timezone }),
        ...(c.agenda ? [t("convergence.agenda_label", { agenda: c.agenda })] : []),
        t("convergence.show_reminders", { reminders }),
        t("convergence.show_next", {
          starts: starts.map((s) => describeStart(c, s)).join("; ") || t("convergence.no_more_dates"),
        }),
        t("convergence.show_coming", {
          on: c.nextAt ? formatMoment(c.nextAt, c.timezone) : "none",
          yes: by("yes"),
          maybe: by("maybe"),
          no: by("no"),
        }),
        ...record,
      ].join("\n"),
    };
  },
});

import { z } from "zod";
import { describeCadence } from "../../cadence-words.js";
import { describeStart, offsetLabel, reminderMinutes, upcomingStarts } from "../../convergences.js";
import { displayPerson } from "../../ids.js";
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
        `Convergence #${c.id} “${c.title}” of “${federation?.name ?? "?"}”${c.cancelledAt ? " (cancelled)" : ""}`,
        c.rrule
          ? `Recurs: ${describeCadence(c.rrule)} · timezone ${c.timezone}`
          : `Once · timezone ${c.timezone}`,
        ...(c.agenda ? [`Agenda: ${c.agenda}`] : []),
        `Reminders: ${reminders} before`,
        `Next: ${starts.map((s) => describeStart(c, s)).join("; ") || "no more dates"}`,
        `Coming${c.nextAt ? ` on ${describeStart(c, c.nextAt).split(" until")[0]}` : ""}: ${by("yes")} · maybe: ${by("maybe")} · not coming: ${by("no")}`,
        ...record,
      ].join("\n"),
    };
  },
});

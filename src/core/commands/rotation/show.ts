import { z } from "zod";
import { describeCadence } from "../../cadence-words.js";
import { holderName, roleLabel, upcomingTerms } from "../../rotations.js";
import { formatMoment } from "../../time.js";
import { circleArg, federationArg, textArg } from "../args.js";
import { findRotation } from "../scope.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "rotation",
  name: "show",
  summary: "Who holds a role now, and the next handoffs with their dates.",
  args: z.object({
    role: textArg(40),
    domain: textArg(40).optional(),
    count: z.coerce.number().int().min(1).max(20).default(5),
    circle: circleArg.optional(),
    federation: federationArg.optional(),
  }),
  positional: ["role"],
  rest: true,
  policy: "anyone",
  examples: ['rotation show spokesperson circle:"Green Valley"'],
  async handler(ctx, args) {
    const { rotation, name, zone } = await findRotation(ctx, args);
    const terms = await ctx.store.rotations.terms(rotation.id);
    const current = terms.filter((t) => t.announcedAt).at(-1);
    const lines = [
      `${roleLabel(rotation)} of “${name}” · ${describeCadence(rotation.rrule)} · heads-up ${rotation.leadMinutes / 60} h before`,
    ];
    if (current) {
      const named = current.namedPerson
        ? ` (person: ${await holderName(ctx.store, current.namedPerson)})`
        : "";
      lines.push(
        `Now: ${await holderName(ctx.store, current.holder)}${named} since ${formatMoment(current.startsAt, zone)} (term ${current.term})`,
      );
    } else {
      lines.push("Now: nobody yet (the first handoff is still ahead)");
    }
    const upcoming = await upcomingTerms(ctx.store, rotation, args.count);
    if (upcoming.length === 0) lines.push("No further handoffs: the cadence has ended.");
    for (const term of upcoming) {
      lines.push(
        `  term ${term.term}: ${await holderName(ctx.store, term.holder)} from ${formatMoment(term.startsAt, zone)}`,
      );
    }
    if (rotation.checklist.length) lines.push(`Handover checklist: ${rotation.checklist.join("; ")}`);
    return { text: lines.join("\n") };
  },
});

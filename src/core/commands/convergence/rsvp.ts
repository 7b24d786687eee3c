import { z } from "zod";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { idArg } from "../args.js";
import { defineCommand } from "../spec.js";
import { convergenceSubject } from "./shared.js";

export default defineCommand({
  group: "convergence",
  name: "rsvp",
  summary: "Say whether you are coming to a convergence: yes, maybe or no (your latest answer counts).",
  args: z.object({ id: idArg, answer: z.enum(["yes", "maybe", "no"]) }),
  positional: ["id", "answer"],
  policy: "federation-member",
  subject: (ctx, args) => convergenceSubject(ctx, args.id),
  examples: ["convergence rsvp 1 yes"],
  async handler(ctx, args) {
    const { convergence: c } = ctx.subject;
    if (c.cancelledAt)
      throw new UserError("args.field", { field: "id", problem: `convergence #${c.id} is cancelled` });
    // An answer is for the coming assembly; the next one is asked anew.
    const occurrence = c.nextAt;
    if (!occurrence) throw new UserError("convergence.no_more", { id: c.id });
    await ctx.store.convergences.rsvp(c.id, occurrence, ctx.actor, args.answer, ctx.now);
    const answers = await ctx.store.convergences.rsvps(c.id, occurrence);
    const count = (a: string) => answers.filter((r) => r.answer === a).length;
    return {
      text: t("convergence.rsvp_noted", {
        answer: args.answer,
        title: c.title,
        yes: count("yes"),
        maybe: count("maybe"),
        no: count("no"),
      }),
    };
  },
});

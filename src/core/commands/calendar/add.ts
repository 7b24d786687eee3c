import { z } from "zod";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { describeDay, nextRitualAt, parseMonthDay } from "../../rituals.js";
import { federationArg, textArg } from "../args.js";
import { actorCircleIn, audit, federationSubject } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "calendar",
  name: "add",
  summary:
    "Add a commemoration or ritual to the federation's calendar (announced on the day unless announce:no).",
  args: z.object({
    date: z.string().max(10),
    title: textArg(200),
    federation: federationArg,
    announce: z.enum(["yes", "no"]).default("yes"),
  }),
  positional: ["date", "title"],
  rest: true,
  policy: "federation-member",
  subject: (ctx, args) => federationSubject(ctx, args.federation),
  examples: ['calendar add 11-11 "Haymarket martyrs executed (1887)" federation:Jura'],
  async handler(ctx, args) {
    const { federation } = ctx.subject;
    const day = parseMonthDay(args.date);
    if (!day)
      throw new UserError("args.field", {
        field: "date",
        problem: `“${args.date}” is not a day such as 03-18 (MM-DD)`,
      });
    const announced = args.announce === "yes";
    const ritual = await ctx.store.rituals.add({
      federationId: federation.id,
      ...day,
      title: args.title,
      announced,
      nextDueAt: announced ? (nextRitualAt(day, federation.timezone, ctx.now) ?? null) : null,
      createdBy: ctx.actor,
      createdAt: ctx.now,
      creatorCircleId: await actorCircleIn(ctx, federation.id),
    });
    await audit(ctx, {
      action: "calendar.add",
      circleId: null,
      federationId: federation.id,
      details: { ritualId: ritual.id, ...day, title: args.title },
    });
    return {
      text: t("calendar.added", {
        id: ritual.id,
        federation: federation.name,
        day: describeDay(ritual),
        title: ritual.title,
        announced: announced ? "yes" : "no",
      }),
    };
  },
});

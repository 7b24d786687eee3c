import { z } from "zod";
import { nextStart, occurrenceDay } from "../../convergence-record.js";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { circleArg, idArg, textArg } from "../args.js";
import { audit } from "../lookups.js";
import { defineCommand } from "../spec.js";
import { convergenceSubject } from "./shared.js";

/** Items one circle may put on one occurrence's agenda: enough to be heard, not to flood it. */
export const AGENDA_ITEMS_PER_CIRCLE = 5;

export default defineCommand({
  group: "convergence",
  name: "agenda",
  summary:
    "Put an item on the agenda of a convergence's next meeting, for your circle (any member of the federation's circles).",
  args: z.object({
    id: idArg,
    item: textArg(300),
    circle: circleArg.optional(),
  }),
  positional: ["id", "item"],
  rest: true,
  policy: "federation-member",
  subject: (ctx, args) => convergenceSubject(ctx, args.id),
  examples: ['convergence agenda 1 who pays the insurance of the shared van? circle:"Green Valley"'],
  async handler(ctx, args) {
    const { convergence: c, federation } = ctx.subject;
    const mine = await ctx.store.members.circlesOf(ctx.actor, federation.id);
    const circle = args.circle
      ? mine.find((m) => m.name.toLowerCase() === args.circle?.toLowerCase())
      : mine[0];
    if (!circle) throw new UserError("policy.federation_member", { federation: federation.name });
    const start = c.cancelledAt ? undefined : nextStart(c, ctx.now);
    if (!start) throw new UserError("record.agenda_none_next", { id: c.id });
    const items = await ctx.store.record.agenda(c.id, start);
    const date = occurrenceDay(c, start);
    if (items.filter((i) => i.circleId === circle.id).length >= AGENDA_ITEMS_PER_CIRCLE)
      throw new UserError("record.agenda_full", { circle: circle.name, max: AGENDA_ITEMS_PER_CIRCLE, date });
    const item = await ctx.store.record.addAgendaItem({
      convergenceId: c.id,
      occurrenceAt: start,
      circleId: circle.id,
      text: args.item,
      addedBy: ctx.actor,
      addedAt: ctx.now,
    });
    await audit(ctx, {
      action: "convergence.agenda",
      circleId: circle.id,
      federationId: federation.id,
      details: { convergenceId: c.id, occurrenceAt: start.toISOString(), itemId: item.id, text: args.item },
    });
    return {
      text: t("record.agenda_added", {
        id: c.id,
        title: c.title,
        date,
        circle: circle.name,
        text: args.item,
        count: items.length + 1,
      }),
    };
  },
});

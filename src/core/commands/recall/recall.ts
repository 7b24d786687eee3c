import { z } from "zod";
import { RECALL } from "../../decisions.js";
import { UserError } from "../../errors.js";
import { inLocale, t } from "../../i18n.js";
import { displayPerson } from "../../ids.js";
import { formatMoment } from "../../time.js";
import { idArg, momentArg, personArg } from "../args.js";
import { announceToFederation, audit } from "../lookups.js";
import { openPoll, publishPoll } from "../poll/publish.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "recall",
  name: "",
  summary:
    "Start a recall poll of a delegate's circle (closing within 7 days); if it passes, the mandate ends at once.",
  args: z.object({
    person: personArg,
    mandate: idArg.optional(),
    closes: momentArg.default("3d"),
  }),
  positional: ["person"],
  policy: "member",
  async subject(ctx, args) {
    const who = displayPerson(args.person);
    const active = (await ctx.store.mandates.list({})).filter(
      (m) =>
        m.status === "active" &&
        m.delegate === args.person &&
        (args.mandate === undefined || m.id === args.mandate),
    );
    const [mandate] = active;
    if (!mandate) {
      throw new UserError("recall.no_mandate", {
        person: who,
        where: args.mandate ? ` #${args.mandate}` : "",
      });
    }
    if (active.length > 1) {
      throw new UserError("recall.which", {
        person: who,
        list: active.map((m) => `#${m.id} (${m.scope})`).join(", "),
      });
    }
    const circle = await ctx.store.circles.byId(mandate.circleId);
    if (!circle) throw new Error(`circle ${mandate.circleId} of mandate #${mandate.id} is missing`);
    return { circle, mandate };
  },
  examples: ["recall @bob", "recall @bob mandate:1 closes:2d"],
  async handler(ctx, args) {
    const { circle, mandate } = ctx.subject;
    const who = displayPerson(mandate.delegate);
    if (mandate.delegate === ctx.actor) throw new UserError("recall.self");
    const open = await ctx.store.polls.openRecall(mandate.id);
    if (open) throw new UserError("recall.open", { mandate: mandate.id, poll: open.id });
    // The rules in force are those of this moment, kept within the bounds recall always has.
    const quorum = Math.min(circle.recallQuorum, RECALL.maxQuorum);
    const threshold = Math.min(circle.recallThreshold, RECALL.maxThreshold);
    const { poll } = await openPoll(
      ctx,
      circle,
      {
        kind: "recall",
        question: `Recall ${who} from mandate #${mandate.id} (${mandate.scope})?`,
        options: ["Recall", "Keep"],
        quorum,
        threshold,
        secret: false,
        place: circle.homePlace ?? ctx.place,
        mandateId: mandate.id,
      },
      args.closes,
      RECALL.maxDays,
    );
    const auditId = await audit(ctx, {
      action: "recall.start",
      circleId: circle.id,
      federationId: circle.federationId,
      details: { pollId: poll.id, mandateId: mandate.id },
    });
    await publishPoll(
      ctx,
      poll,
      () =>
        t("recall.poll_title", {
          id: poll.id,
          circle: circle.name,
          person: who,
          mandate: mandate.id,
          scope: mandate.scope,
        }),
      circle.timezone,
    );
    await announceToFederation(
      ctx,
      auditId,
      circle.federationId,
      inLocale(() =>
        t("recall.federation_notice", {
          circle: circle.name,
          person: who,
          mandate: mandate.id,
          closes: formatMoment(poll.closesAt, circle.timezone),
        }),
      ),
    );
    return {
      text: t("recall.opened", {
        id: poll.id,
        person: who,
        closes: formatMoment(poll.closesAt, circle.timezone),
        quorum: Math.round(quorum * 100),
        threshold: Math.round(threshold * 100),
      }),
    };
  },
});

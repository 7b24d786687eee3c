import { z } from "zod";
import { federationArg } from "../args.js";
import { historyArgs, historyReply, quotedName } from "../history.js";
import { federationSubject } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "federation",
  name: "history",
  summary:
    "What happened in a federation and its circles, in plain sentences, newest first: filter by kind:, person:, from:, until:; before: pages back.",
  args: z.object({ federation: federationArg, ...historyArgs }),
  positional: ["federation"],
  rest: true,
  policy: "federation-member",
  subject: (ctx, args) => federationSubject(ctx, args.federation),
  examples: ["federation history Jura", "federation history Jura kind:proposal person:@alice"],
  async handler(ctx, args) {
    const { federation } = ctx.subject;
    const circles = await ctx.store.circles.list({ federationId: federation.id });
    const text = await historyReply(
      ctx,
      { federationId: federation.id, circleIds: circles.map((c) => c.id) },
      args,
      {
        name: federation.name,
        zone: federation.timezone,
        command: `/federation history ${quotedName(federation.name)}`,
      },
    );
    return { text };
  },
});

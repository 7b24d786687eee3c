import { z } from "zod";
import { federationArg } from "../args.js";
import { exportArgs, exportReply } from "../export.js";
import { federationSubject } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "federation",
  name: "export",
  summary:
    "A federation's record as CSV and JSON (circles, members who agreed to be named, decisions, polls, mandates, rotations, aid, calendar, stories): download links, or table: in the message.",
  args: z.object({ federation: federationArg, ...exportArgs }),
  positional: ["federation"],
  rest: true,
  policy: "federation-member",
  subject: (ctx, args) => federationSubject(ctx, args.federation),
  examples: ["federation export Jura", "federation export Jura table:mandates"],
  async handler(ctx, args) {
    return { text: await exportReply(ctx, { federation: ctx.subject.federation }, args), private: true };
  },
});

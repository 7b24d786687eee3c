import { z } from "zod";
import type { Circle } from "../../model.js";
import { circleArg } from "../args.js";
import { exportArgs, exportReply } from "../export.js";
import { findCircle } from "../lookups.js";
import { defineCommand, type Subject } from "../spec.js";

interface ExportSubject extends Subject {
  target: Circle;
}

export default defineCommand({
  group: "circle",
  name: "export",
  summary:
    "A circle's record as CSV and JSON (decisions, polls, mandates, rotations, aid…): download links, or table: in the message.",
  args: z.object({ circle: circleArg.optional(), ...exportArgs }),
  positional: ["circle"],
  rest: true,
  // Like its history: its members, and every member of its federation when it has one.
  policy: { circle: "member", federation: "federation-member" },
  async subject(ctx, args): Promise<ExportSubject> {
    const target = await findCircle(ctx, args.circle);
    const federation = target.federationId
      ? await ctx.store.federations.byId(target.federationId)
      : undefined;
    return federation ? { target, federation } : { target, circle: target };
  },
  examples: ['circle export "Green Valley" table:decisions'],
  async handler(ctx, args) {
    const { target, federation } = ctx.subject;
    return { text: await exportReply(ctx, { circle: target, federation }, args), private: true };
  },
});
